package dev.lectern.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The items of a Logseq property's list value ({@code tags:: java, [[thread pools]], #concurrency}): split at commas
 * outside {@code [[ ]]}, each without its brackets or {@code #}. Shared by the library's front matter reader and the
 * renderer's aliases; linear in the value.
 */
public final class PropertyItems {

    private PropertyItems() {
    }

    /** The value's items, in order, blank ones left out. */
    public static List<String> of(String value) {
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
