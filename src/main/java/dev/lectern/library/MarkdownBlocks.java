package dev.lectern.library;

/**
 * CommonMark's tests for the lines that open and close blocks, for passes that walk a body line by line without parsing
 * it (a link card's opening words, the section a link names, the table of contents marker): ATX and setext headings,
 * code fences, indented code. Each looks at one line, in time linear in its length.
 */
final class MarkdownBlocks {

    private MarkdownBlocks() {
    }

    /** The blanks a line starts with, counting a tab as four: four or more make indented code (outside a list). */
    static int indent(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                return columns;
            }
        }
        return columns;
    }

    /**
     * The fence a line opens a code block with ({@code ```}, {@code ~~~~}: three or more of one mark, indented three
     * spaces at most, a backtick fence's info string holding no backtick), or null.
     */
    static String fenceOpening(String line) {
        if (indent(line) > 3) {
            return null;
        }
        String text = line.stripLeading();
        char mark = text.isEmpty() ? 0 : text.charAt(0);
        if (mark != '`' && mark != '~') {
            return null;
        }
        int run = 0;
        while (run < text.length() && text.charAt(run) == mark) {
            run++;
        }
        if (run < 3 || mark == '`' && text.indexOf('`', run) >= 0) {
            return null;
        }
        return text.substring(0, run);
    }

    /** Whether the line closes the code block the fence opened: as many of its mark or more, and blanks only. */
    static boolean closesFence(String line, String fence) {
        if (indent(line) > 3) {
            return false;
        }
        String text = line.strip();
        char mark = fence.charAt(0);
        int run = 0;
        while (run < text.length() && text.charAt(run) == mark) {
            run++;
        }
        return run >= fence.length() && run == text.length();
    }

    /** An ATX heading's level (1 to 6: one to six # then a blank or the line's end, indented three spaces at most), else 0. */
    static int atxLevel(String line) {
        if (indent(line) > 3) {
            return 0;
        }
        String text = line.stripLeading();
        int hashes = 0;
        while (hashes < text.length() && text.charAt(hashes) == '#') {
            hashes++;
        }
        boolean ends = hashes == text.length() || text.charAt(hashes) == ' ' || text.charAt(hashes) == '\t';
        return hashes >= 1 && hashes <= 6 && ends ? hashes : 0;
    }

    /** An ATX heading's words as written: without its opening hashes, a closing run of hashes and the blanks around. */
    static String atxText(String line) {
        String text = line.strip();
        int start = 0;
        while (start < text.length() && text.charAt(start) == '#') {
            start++;
        }
        text = text.substring(start).strip();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        // closing hashes count only after a blank (## C# keeps its #)
        return end == 0 ? "" : end < text.length() && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')
                ? text.substring(0, end).strip() : text;
    }

    /** A setext underline's level: 1 for {@code ===}, 2 for {@code ---} (three or more, blanks after), else 0. */
    static int setextLevel(String line) {
        if (line == null || indent(line) > 3) {
            return 0;
        }
        String text = line.strip();
        char mark = text.length() < 3 ? 0 : text.charAt(0);
        if (mark != '=' && mark != '-') {
            return 0;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != mark) {
                return 0;
            }
        }
        return mark == '=' ? 1 : 2;
    }

    /** The level of the heading a line opens, ATX or setext (next: the line after it, null at the end), else 0. */
    static int headingLevel(String line, String next) {
        int atx = atxLevel(line);
        return atx > 0 ? atx : mayBeSetextText(line) ? setextLevel(next) : 0;
    }

    /** A thematic break: three or more of one of {@code - * _}, blanks between them allowed, indented three at most. */
    static boolean isThematicBreak(String line) {
        if (indent(line) > 3) {
            return false;
        }
        String text = line.strip();
        char mark = text.isEmpty() ? 0 : text.charAt(0);
        if (mark != '-' && mark != '*' && mark != '_') {
            return false;
        }
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == mark) {
                marks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return marks >= 3;
    }

    /**
     * Whether a line can be a setext heading's words when an underline follows: a paragraph's line, not blank,
     * indented code, a list item, a quote, an ATX heading, a fence, a rule or a table row.
     */
    static boolean mayBeSetextText(String line) {
        if (line.isBlank() || indent(line) > 3 || atxLevel(line) > 0 || fenceOpening(line) != null
                || isThematicBreak(line) || setextLevel(line) > 0) {
            return false;
        }
        String text = line.stripLeading();
        char first = text.charAt(0);
        if (first == '>' || first == '|' || (first == '-' || first == '*' || first == '+')
                && (text.length() == 1 || text.charAt(1) == ' ' || text.charAt(1) == '\t')) {
            return false;
        }
        int digits = 0;
        while (digits < text.length() && digits < 10 && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        return !(digits > 0 && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                && (digits + 1 == text.length() || text.charAt(digits + 1) == ' '));
    }
}
