package dev.lectern.library;

/**
 * The markup passes of {@link PlainText#body} written as loops, each giving exactly what the regex named on it gives
 * with {@code replaceAll}, in time linear in the text. The regexes start with a literal, yet each start that finds no
 * end scans to the end of the line or text again: 40,000 characters of {@code <} took 2 s, 2 MB would take hours.
 * Here a start that finds no end tells that every later start up to the same stop finds none either.
 */
final class MarkupPasses {

    private MarkupPasses() {
    }

    /**
     * Drops kramdown's table of contents marker, a list followed by {@code {:toc}} ({@code * any list} or
     * {@code * TOC}, as Jekyll themes write it): the page shows the article's headings in its place, not the list's
     * words. A marker inside a code block (a Jekyll tutorial showing it) stays. Each line is looked at once or twice.
     */
    static String tableOfContents(String text) {
        String[] lines = text.split("\n", -1);
        boolean[] dropped = new boolean[lines.length];
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            if (fence != null) {
                fence = MarkdownBlocks.closesFence(lines[i], fence) ? null : fence;
            } else if ((fence = MarkdownBlocks.fenceOpening(lines[i])) == null && isTocMarker(lines[i])) {
                dropped[i] = true;
                // the list it replaces: its items and their indented lines, back to a blank line
                for (int j = i - 1; j >= 0 && !dropped[j] && !lines[j].isBlank()
                        && (isListItem(lines[j]) || MarkdownBlocks.indent(lines[j]) > 0); j--) {
                    dropped[j] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            if (!dropped[i]) {
                out.append(lines[i]);
            }
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** {@code {:toc}}, {@code {: toc}}: an attribute list naming toc, alone on its line. */
    private static boolean isTocMarker(String line) {
        String trimmed = line.strip();
        if (!trimmed.startsWith("{:") || !trimmed.endsWith("}") || trimmed.length() > 40) {
            return false;
        }
        return java.util.Arrays.asList(trimmed.substring(2, trimmed.length() - 1).strip().split("\\s+")).contains("toc");
    }

    private static boolean isListItem(String line) {
        String trimmed = line.stripLeading();
        return trimmed.startsWith("* ") || trimmed.startsWith("- ") || trimmed.startsWith("+ ")
                || trimmed.length() > 2 && Character.isDigit(trimmed.charAt(0)) && trimmed.indexOf(". ") > 0
                && trimmed.indexOf(". ") < 4;
    }

    /** {@code (?s)<!--.*?-->} → one space. */
    static String comments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("<!--", i);
            int close = open < 0 ? -1 : text.indexOf("-->", open + 4);
            if (close < 0) {
                break;
            }
            out.append(text, i, open).append(' ');
            i = close + 3;
        }
        return out.append(text, i, text.length()).toString();
    }

    /**
     * {@code open[^stop\n]*close} → one space: a kramdown attribute list ({@code \{:[^}\n]*\}}) or an HTML tag
     * ({@code <[^>\n]*>}), where close is the last character of open's pattern.
     */
    static String enclosed(String text, String open, char close) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int copied = 0;
        while ((i = text.indexOf(open, i)) >= 0) {
            int end = i + open.length();
            while (end < text.length() && text.charAt(end) != close && text.charAt(end) != '\n') {
                end++;
            }
            if (end < text.length() && text.charAt(end) == close) {
                out.append(text, copied, i).append(' ');
                copied = end + 1;
                i = end + 1;
            } else {
                i = end; // every start before end stops at the same place without its close
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** {@code \{%.*?%\}|\{\{.*?\}\}} → one space (a Liquid tag or output, within a line). */
    static String templates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int noTagBefore = -1;
        int noOutputBefore = -1;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) != '{' || (text.charAt(i + 1) != '%' && text.charAt(i + 1) != '{')) {
                continue;
            }
            boolean tag = text.charAt(i + 1) == '%';
            if (i < (tag ? noTagBefore : noOutputBefore)) {
                continue;
            }
            char first = tag ? '%' : '}';
            int end = i + 2;
            while (end < text.length() && !TextPasses.isLineEnd(text.charAt(end))
                    && !(text.charAt(end) == first && end + 1 < text.length() && text.charAt(end + 1) == '}')) {
                end++;
            }
            if (end < text.length() && !TextPasses.isLineEnd(text.charAt(end))) {
                out.append(text, copied, i).append(' ');
                copied = end + 2;
                i = end + 1;
            } else if (tag) {
                noTagBefore = end;
            } else {
                noOutputBefore = end;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * {@code open([^\]]*)]\([^)]*\)} → the text in brackets: an image ({@code !\[}) or a link ({@code \[}) becomes
     * its alt text or link text.
     */
    static String bracketed(String text, String open) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        int noParenAfter = Integer.MAX_VALUE;
        while ((i = text.indexOf(open, i)) >= 0) {
            int bracket = text.indexOf(']', i + open.length());
            if (bracket < 0) {
                break;
            }
            int paren = bracket + 1 < text.length() && text.charAt(bracket + 1) == '(' && bracket + 2 < noParenAfter
                    ? text.indexOf(')', bracket + 2) : -1;
            if (paren >= 0) {
                out.append(text, copied, i).append(text, i + open.length(), bracket);
                copied = paren + 1;
                i = paren + 1;
            } else {
                if (bracket + 1 < text.length() && text.charAt(bracket + 1) == '(') {
                    noParenAfter = Math.min(noParenAfter, bracket + 2);
                }
                i = bracket; // every start before the bracket meets the same bracket
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** A reference link's label or words are looked for no further than this. */
    private static final int MOST_LABEL = 300;

    /**
     * Reference links read as their words, as the page shows them: {@code [the spec][s]} and {@code [the spec][]} (a
     * picture's {@code ![alt][p]} too) become their words wherever their definition is (a stretch made plain often
     * ends before the file's definitions), unless the bracket follows a Latin letter or digit ({@code a[i][j]}); a
     * shortcut {@code [turtles]} only when the text defines the label ({@code [turtles]: https://…}, case and blanks
     * aside), so that other brackets ({@code [x]}, a citation {@code [1]}) stay. Each {@code [} looks ahead at most to
     * the next one or {@link #MOST_LABEL} characters.
     */
    static String referenceLinks(String text) {
        java.util.Set<String> labels = definedLabels(text);
        StringBuilder out = new StringBuilder(text.length());
        String fence = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (i == 0 || text.charAt(i - 1) == '\n') {
                // code blocks are copied as they are: their brackets are code
                int eol = text.indexOf('\n', i);
                String line = text.substring(i, eol < 0 ? text.length() : eol);
                boolean inCode = fence != null;
                fence = fence != null ? (MarkdownBlocks.closesFence(line, fence) ? null : fence) : MarkdownBlocks.fenceOpening(line);
                if (inCode || fence != null) {
                    out.append(line);
                    i += line.length();
                    continue;
                }
            }
            if (c == '`') {
                int end = codeSpanEnd(text, i);
                out.append(text, i, end);
                i = end;
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : '\n';
            boolean afterWord = before < 0x80 && Character.isLetterOrDigit(before) || before == '_' || before == '\\'
                    || before == ']';
            int close = c == '[' && !afterWord ? labelEnd(text, i + 1) : -1;
            if (close > 0) {
                String words = text.substring(i + 1, close);
                boolean full = close + 1 < text.length() && text.charAt(close + 1) == '[';
                int labelClose = full ? labelEnd(text, close + 2) : -1;
                String label = labelClose > 0 ? text.substring(close + 2, labelClose) : words;
                boolean inline = close + 1 < text.length() && (text.charAt(close + 1) == '(' || text.charAt(close + 1) == ':');
                boolean link = full ? labelClose > 0 && !words.isBlank() && fullReference(label.isEmpty() ? words : label, labels)
                        : !inline && labels.contains(label(words));
                if (link) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) == '!') {
                        out.setLength(out.length() - 1);
                    }
                    out.append(words);
                    i = (labelClose > 0 ? labelClose : close) + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * Whether {@code [words][label]} is a link: where the text holds definitions (the whole body), when it defines the
     * label; in a stretch without any (its definitions further on), when the label holds a letter ({@code [1][2]}
     * stays).
     */
    private static boolean fullReference(String label, java.util.Set<String> labels) {
        return labels.isEmpty() ? label.codePoints().anyMatch(Character::isLetter) : labels.contains(label(label));
    }

    /** Where the code span opening at the backtick run at i ends (after its closing run), else after the run itself. */
    private static int codeSpanEnd(String text, int i) {
        int run = i;
        while (run < text.length() && text.charAt(run) == '`') {
            run++;
        }
        int length = run - i;
        for (int j = run; j < text.length() && j < run + MOST_CODE_SPAN; j++) {
            if (text.charAt(j) == '`') {
                int k = j;
                while (k < text.length() && text.charAt(k) == '`') {
                    k++;
                }
                if (k - j == length) {
                    return k;
                }
                j = k - 1;
            } else if (text.charAt(j) == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
                break; // a code span ends with its paragraph
            }
        }
        return run;
    }

    /** A code span is looked for no further than this past its opening backticks. */
    private static final int MOST_CODE_SPAN = 2000;

    /** Where the {@code ]} closing a label that starts at from stands; -1 past a line end, a {@code [} or the bound. */
    private static int labelEnd(String text, int from) {
        for (int i = from; i < text.length() && i < from + MOST_LABEL; i++) {
            char c = text.charAt(i);
            if (c == ']') {
                return i;
            }
            if (c == '[' || c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return -1; // a label holds no bracket and no blank line (a line break of hard-wrapped words is fine)
            }
        }
        return -1;
    }

    /** The labels the text's reference definitions define ({@code [label]: destination} at a line's start). */
    private static java.util.Set<String> definedLabels(String text) {
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (int line = 0; line < text.length(); line = nextLineStart(text, line)) {
            int open = line;
            while (open < text.length() && open < line + 3 && text.charAt(open) == ' ') {
                open++;
            }
            int close = open < text.length() && text.charAt(open) == '[' ? labelEnd(text, open + 1) : -1;
            if (close > open + 1 && close + 1 < text.length() && text.charAt(close + 1) == ':') {
                labels.add(label(text.substring(open + 1, close)));
            }
        }
        return labels;
    }

    /** A label as references match it: case and runs of blanks aside. */
    private static String label(String words) {
        return words.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * {@code (?m)^\s*\[[^\]]+]:\s*\S+.*$} → nothing (a link reference definition, with the blank lines before
     * it). Each search below starts no earlier than the one before it, so each remembers how far it got.
     */
    static String references(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Next nonSpace = new Next(text);
        Next bracket = new Next(text);
        Next afterColon = new Next(text);
        Next space = new Next(text);
        Next lineEnd = new Next(text);
        int copied = 0;
        for (int line = 0; line < text.length(); line = nextLineStart(text, line)) {
            int open = nonSpace.find(line, c -> !isSpace(c));
            if (open >= text.length() || text.charAt(open) != '[') {
                continue;
            }
            int close = bracket.find(open + 1, c -> c == ']');
            if (close >= text.length()) {
                break;
            }
            if (close == open + 1 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
                continue;
            }
            int value = afterColon.find(close + 2, c -> !isSpace(c));
            if (value < text.length()) {
                int end = lineEnd.find(space.find(value, MarkupPasses::isSpace), TextPasses::isLineEnd);
                out.append(text, copied, line);
                copied = end;
                line = end;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Where the line after the one holding position i starts ("\r\n" is one line end), or the text's length. */
    private static int nextLineStart(String text, int i) {
        while (i < text.length() && !TextPasses.isLineEnd(text.charAt(i))) {
            i++;
        }
        boolean crlf = i + 1 < text.length() && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n';
        return i + (crlf ? 2 : 1);
    }

    /** As regex \s: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether a character ends a search. */
    private interface Stop {
        boolean test(char c);
    }

    /** The first position at or after a start where a character stops the search; starts must never go back. */
    private static final class Next {
        private final String text;
        private int from = -1;
        private int at = -1;

        Next(String text) {
            this.text = text;
        }

        int find(int start, Stop stop) {
            if (start >= from && start <= at) {
                return at;
            }
            from = start;
            at = start;
            while (at < text.length() && !stop.test(text.charAt(at))) {
                at++;
            }
            return at;
        }
    }
}
