package dev.lectern.render;

import java.util.List;

/**
 * Link and picture addresses written between angle brackets with spaces in them, {@code [the plan](<A Plan.md>)} and
 * {@code ![pic](<my pic.png>)}, as CommonMark allows and Obsidian and GitHub read them: the parser here takes no space
 * inside the brackets, so the link showed as written and {@code <A Plan.md>} became an open {@code <a>} tag that ran to
 * the end of the note. Their spaces are written {@code %20}, which the parser takes and the links' resolution reads
 * back as spaces. One pass over the text; outside code; an address of at most {@link #MAX_ADDRESS} characters on one
 * line, with no other angle bracket in it.
 */
final class AngleDestinations {

    /** The longest address between the brackets that is read (a longer run is left as written). */
    static final int MAX_ADDRESS = 2_000;
    private static final String OPENING = "](<";

    private AngleDestinations() {
    }

    /** Whether the text may hold such an address (a quick check before the parse it costs). */
    static boolean mayHave(String markdown) {
        return markdown.contains(OPENING);
    }

    /** The text with the spaces and tabs of such addresses outside the code ranges (sorted {start, end}) as %20. */
    static String rewrite(String markdown, List<int[]> codeRanges) {
        StringBuilder out = null;
        int copied = 0;
        int code = 0;
        int at = markdown.indexOf(OPENING);
        while (at >= 0) {
            int start = at + OPENING.length();
            while (code < codeRanges.size() && codeRanges.get(code)[1] <= at) {
                code++;
            }
            boolean inCode = code < codeRanges.size() && codeRanges.get(code)[0] <= at;
            int end = inCode ? -1 : closing(markdown, start);
            if (end > start && hasSpace(markdown, start, end)) {
                if (out == null) {
                    out = new StringBuilder(markdown.length() + 16);
                }
                out.append(markdown, copied, start);
                for (int i = start; i < end; i++) {
                    char c = markdown.charAt(i);
                    if (c == ' ' || c == '\t') {
                        out.append("%20");
                    } else {
                        out.append(c);
                    }
                }
                copied = end;
            }
            at = markdown.indexOf(OPENING, Math.max(start, end));
        }
        if (out == null) {
            return markdown;
        }
        return out.append(markdown, copied, markdown.length()).toString();
    }

    /** Where the address's closing bracket is, or -1 when none closes it on its line within the limit. */
    private static int closing(String markdown, int start) {
        int limit = Math.min(markdown.length(), start + MAX_ADDRESS);
        for (int i = start; i < limit; i++) {
            char c = markdown.charAt(i);
            if (c == '>') {
                return markdown.charAt(i - 1) == '\\' ? -1 : i;
            }
            if (c == '<' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasSpace(String markdown, int start, int end) {
        for (int i = start; i < end; i++) {
            if (markdown.charAt(i) == ' ' || markdown.charAt(i) == '\t') {
                return true;
            }
        }
        return false;
    }
}
