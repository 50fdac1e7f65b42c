package dev.lectern.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints scan rows as a readable, column-aligned table (CJK characters count as two columns). */
final class ScanTable {

    private static final int TITLE_WIDTH = 48;
    private final PrintStream out;

    ScanTable(PrintStream out) {
        this.out = out;
    }

    void print(List<Map<String, Object>> rows) {
        out.println(pad("DATE", 10) + "  " + pad("TITLE", TITLE_WIDTH) + "  " + pad("TAGS", 30) + "  PATH");
        for (Map<String, Object> row : rows) {
            Object date = row.get("date");
            Object title = row.get("title");
            List<?> warnings = (List<?>) row.get("warnings");
            String mark = warnings.isEmpty() ? "" : "  ! " + String.join("; ", warnings.stream().map(String::valueOf).toList());
            out.println(pad(date == null ? "-" : date.toString(), 10) + "  "
                    + pad(title == null ? "-" : title.toString(), TITLE_WIDTH) + "  "
                    + pad(String.join(", ", ((List<?>) row.get("tags")).stream().map(String::valueOf).toList()), 30) + "  "
                    + row.get("path") + mark);
        }
    }

    /** Cuts (with an ellipsis) or pads to a display width, counting wide (CJK) characters as two columns. */
    static String pad(String text, int width) {
        boolean fits = width(text) <= width;
        int room = fits ? width : width - 1;
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            int w = isWide(cp) ? 2 : 1;
            if (used + w > room) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
        }
        if (!fits) {
            out.append('…');
            used++;
        }
        return out + " ".repeat(Math.max(0, width - used));
    }

    private static int width(String text) {
        return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
