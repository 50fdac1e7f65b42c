package dev.lectern.render;

import java.util.regex.Pattern;

/**
 * An MDX page's own code, which its site runs and never shows: {@code import …} and {@code export …} statements at the
 * start of a line (with the lines that continue them, up to a blank line) and JSX comments alone on a line. Fenced code keeps them. The page's components stay, shown as the text they hold.
 */
final class MdxLines {

    private static final Pattern STATEMENT = Pattern.compile("(?:import|export)[\\s{*'\"].*", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("\\s{0,20}\\{\\s{0,20}/\\*.{0,2000}\\*/\\s{0,20}}\\s*");
    /** A statement runs on for at most this many lines without a blank one. */
    private static final int MAX_STATEMENT_LINES = 200;

    private MdxLines() {
    }

    /** Whether the file is an MDX page. */
    static boolean isMdx(java.nio.file.Path file) {
        return file != null && file.getFileName() != null
                && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".mdx");
    }

    static String strip(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length());
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (fence != null) {
                char mark = fence.charAt(0);
                if (stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == mark)) {
                    fence = null;
                }
            } else if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                int n = 0;
                while (n < stripped.length() && stripped.charAt(n) == stripped.charAt(0)) {
                    n++;
                }
                fence = stripped.substring(0, n);
            } else if (STATEMENT.matcher(line).matches()) {
                int end = i;
                while (end + 1 < lines.length && !lines[end + 1].isBlank() && end - i < MAX_STATEMENT_LINES) {
                    end++;
                }
                i = end;
                continue;
            } else if (line.length() < 2100 && COMMENT.matcher(line).matches()) {
                continue;
            }
            out.append(line).append('\n');
        }
        if (out.length() > 0) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
