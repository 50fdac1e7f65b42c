package dev.lectern.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Logseq's properties ({@code key:: value} lines: a page's at its start, a block's under its first line), as the
 * library's front matter reader, the renderer's blocks and the vault's aliases read them.
 */
public final class LogseqProperties {

    /** A property line without its indentation: the key, and the value when there is one. */
    public static final Pattern LINE = Pattern.compile("([A-Za-z][\\w.-]{0,63})::(?:[ \\t](.*))?");
    /** The longest line read as a property (a longer one is text). */
    public static final int MAX_LINE = 4_000;

    private LogseqProperties() {
    }

    /** Whether a line, its indentation aside, is a property. */
    public static boolean isProperty(String line) {
        return line.length() <= MAX_LINE && LINE.matcher(line.stripLeading()).matches();
    }

    /**
     * A list value's items ({@code tags:: java, [[thread pools]], #concurrency}), in order: split at commas outside
     * {@code [[ ]]}, each without its brackets or {@code #}, blank ones left out; linear in the value.
     */
    public static List<String> items(String value) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == ',' && depth == 0) {
                String item = value.substring(start, i).strip();
                item = item.startsWith("#") ? item.substring(1) : item;
                if (item.startsWith("[[") && item.endsWith("]]") && item.length() > 4) {
                    item = item.substring(2, item.length() - 2).strip();
                }
                if (!item.isEmpty()) {
                    items.add(item);
                }
                start = i + 1;
            } else if (value.startsWith("[[", i)) {
                depth++;
                i++;
            } else if (value.startsWith("]]", i) && depth > 0) {
                depth--;
                i++;
            }
        }
        return items;
    }
}
