package dev.lectern.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tags a vault's notes write among their words ({@code #reading}, {@code #project/lectern}), as Obsidian reads them:
 * a {@code #} at a line's start or after a blank (or a CJK punctuation mark), then letters, digits, {@code _},
 * {@code -} and {@code /} (not digits only), outside code. One definition for the library, which lists a note under them, and the page, which makes them
 * links; both only in a vault ({@link NoteVault#isVault}), since elsewhere {@code #1}, {@code C#} and {@code #fff} are text.
 */
public final class InlineTags {

    /** The most characters of a tag. */
    public static final int MAX_LENGTH = 100;
    /**
     * The most characters of one line looked at for tags: a code span's end is looked for along the line, so a hostile
     * line of backtick runs of every length costs its length times their number.
     */
    static final int MAX_LINE = 10_000;
    /** The most tags one note adds. */
    public static final int MOST_TAGS = 100;
    private InlineTags() {
    }

    /** The tags of a note's markdown (its body), each once (the first spelling of tags equal but for case), in order. */
    public static List<String> of(String markdown) {
        Map<String, String> tags = new LinkedHashMap<>();
        boolean fenced = false;
        IndentedCode indented = new IndentedCode();
        int start = 0;
        int nextPageTag = markdown.indexOf("#[[");
        while (start < markdown.length() && tags.size() < MOST_TAGS) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            if (nextPageTag >= 0 && nextPageTag < start) {
                nextPageTag = markdown.indexOf("#[[", start); // each stretch of the text looked through once
            }
            if (fence(markdown, start, end)) {
                fenced = !fenced;
            } else if (!fenced && !indented.isCode(markdown, start, end)) {
                for (int[] tag : in(markdown, start, end, true)) {
                    String text = markdown.substring(tag[0] + 1, tag[1]);
                    tags.putIfAbsent(text.toLowerCase(Locale.ROOT), text);
                }
                if (nextPageTag >= 0 && nextPageTag < end) {
                    pageTags(markdown, start, end, tags);
                }
            }
            start = end + 1;
        }
        return new ArrayList<>(tags.values()).subList(0, Math.min(tags.size(), MOST_TAGS));
    }

    /**
     * The tags of one line of text (or of a text node, lineStart telling whether its start is a line's), outside code
     * spans and HTML tags, in its first {@link #MAX_LINE} characters, as {start, end} offsets: start at the {@code #}, end after the tag's last character.
     */
    public static List<int[]> in(String text, int from, int until, boolean lineStart) {
        List<int[]> found = new ArrayList<>();
        int to = Math.min(until, from + MAX_LINE);
        int lastClose = to - 1;
        while (lastClose >= from && text.charAt(lastClose) != '>') {
            lastClose--;
        }
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '`') {
                int run = i;
                while (run < to && text.charAt(run) == '`') {
                    run++;
                }
                int close = closingRun(text, run, to, run - i);
                i = close < 0 ? run : close;
                continue;
            }
            if (c == '<' && i < lastClose && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/')) {
                i = text.indexOf('>', i) + 1; // a tag's attributes (style="color: #f00") hold no tags; the skip is linear
                continue;
            }
            if (c == '#' && (i > from ? boundary(text.charAt(i - 1)) : lineStart)) {
                int end = i + 1;
                boolean letter = false;
                while (end < to && end - i <= MAX_LENGTH && tagChar(text.charAt(end))) {
                    letter |= !Character.isDigit(text.charAt(end));
                    end++;
                }
                boolean whole = end == to || !tagChar(text.charAt(end));
                int last = end;
                while (last > i + 1 && text.charAt(last - 1) == '/') {
                    last--;
                }
                if (letter && whole && last > i + 1 && last - i <= MAX_LENGTH) {
                    found.add(new int[] {i, last});
                }
                i = Math.max(end, i + 1);
                continue;
            }
            i++;
        }
        return found;
    }

    /**
     * A Logseq tag of several words ({@code #[[thread pools]]}), at a line's start or after a blank, within the line's
     * first {@link #MAX_LINE} characters; its page's name is the tag.
     */
    private static void pageTags(String text, int from, int until, Map<String, String> tags) {
        int to = Math.min(until, from + MAX_LINE);
        int at = from;
        int open;
        while (tags.size() < MOST_TAGS && (open = text.indexOf("#[[", at)) >= 0 && open < to) {
            int close = -1;
            for (int i = open + 3; i + 1 < Math.min(to, open + 3 + MAX_LENGTH + 2) && close < 0; i++) {
                close = text.charAt(i) == ']' && text.charAt(i + 1) == ']' ? i : -1;
            }
            at = open + 3;
            if (close < 0 || open > from && !boundary(text.charAt(open - 1))) {
                continue;
            }
            String name = text.substring(open + 3, close).strip();
            if (!name.isEmpty() && name.indexOf('[') < 0 && name.indexOf(']') < 0) {
                tags.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
            at = close + 2;
        }
    }

    /**
     * What may stand before a tag's {@code #}: a blank, or punctuation outside ASCII (Chinese and Japanese notes write
     * {@code 。#并发} without a space); never a letter, a digit or ASCII punctuation ({@code C#}, {@code a#b}, {@code /#x}).
     */
    private static boolean boundary(char c) {
        if (Character.isWhitespace(c) || c == '\u3000') {
            return true;
        }
        if (c < 0x80 || Character.isLetterOrDigit(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
    }

    private static boolean tagChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '/';
    }

    /** Where a code span opened by a run of length backticks closes (after the closing run), -1 when it does not. */
    private static int closingRun(String text, int from, int to, int length) {
        int i = from;
        while (i < to) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = i;
            while (run < to && text.charAt(run) == '`') {
                run++;
            }
            if (run - i == length) {
                return run;
            }
            i = run;
        }
        return -1;
    }

    /**
     * Which lines are an indented code block, read line by line as CommonMark reads them, near enough: indented four
     * columns or more after a blank line (or after such a line), outside a list, whose items' own lines and
     * paragraphs are indented as much ({@code \t- a nested item #tag}).
     */
    private static final class IndentedCode {

        private boolean blankBefore = true;
        private boolean code;
        private boolean inList;

        boolean isCode(String text, int start, int end) {
            int i = start;
            int columns = 0;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                columns += text.charAt(i) == '\t' ? 4 - columns % 4 : 1;
                i++;
            }
            if (i == end || i == end - 1 && text.charAt(i) == '\r') {
                blankBefore = true;
                return code;
            }
            code = columns >= 4 && !inList && (blankBefore || code);
            if (!code) {
                boolean item = listItem(text, i, end);
                inList = item || inList && !(columns == 0 && blankBefore);
            }
            blankBefore = false;
            return code;
        }

        private static boolean listItem(String text, int i, int end) {
            char c = text.charAt(i);
            if ((c == '-' || c == '*' || c == '+') && (i + 1 == end || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                return true;
            }
            int digits = i;
            while (digits < end && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            return digits > i && digits < end && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                    && (digits + 1 == end || text.charAt(digits + 1) == ' ');
        }
    }

    /** Whether the line from start to end opens or closes a fenced code block (three backticks or tildes, indented at most 3). */
    private static boolean fence(String text, int start, int end) {
        int i = start;
        while (i < end && i - start < 4 && text.charAt(i) == ' ') {
            i++;
        }
        return i - start < 4 && i + 3 <= end && (text.startsWith("```", i) || text.startsWith("~~~", i));
    }
}
