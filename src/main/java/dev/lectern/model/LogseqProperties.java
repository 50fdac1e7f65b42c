package dev.lectern.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Logseq's properties ({@code key:: value} lines: a page's at its start, a block's under its first line), as the
 * library's front matter reader, the renderer's blocks, the snippets and the vault's aliases read them.
 */
public final class LogseqProperties {

    /** A property line without its indentation: the key, and the value when there is one. */
    public static final Pattern LINE = Pattern.compile("([A-Za-z][\\w.-]{0,63})::(?:[ \\t](.*))?");
    /** The longest line read as a property (a longer one is text). */
    public static final int MAX_LINE = 4_000;
    /**
     * The properties Logseq keeps for itself and never shows: a block's id and folding, its heading mark, its times,
     * its colour, a PDF highlight's place, a flash card's schedule.
     */
    private static final Set<String> HIDDEN = Set.of("id", "collapsed", "heading", "created-at", "updated-at",
            "background-color", "ls-type", "hl-type", "hl-color", "hl-page", "hl-stamp", "hl-value");

    private LogseqProperties() {
    }

    /** Whether a line, not indented, is a property: one of those a page starts with. */
    public static boolean isPageProperty(String line) {
        return line.length() <= MAX_LINE && LINE.matcher(line).matches();
    }

    /** Whether a line, its indentation aside, is a property. */
    public static boolean isProperty(String line) {
        return line.length() <= MAX_LINE && LINE.matcher(line.stripLeading()).matches();
    }

    /** Whether Logseq hides a property of this key ({@code id}, {@code collapsed}, {@code logseq.order-list-type}, …). */
    public static boolean hidden(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return HIDDEN.contains(lower) || lower.startsWith("logseq.") || lower.startsWith("card-");
    }

    /**
     * A list value's items ({@code tags:: java, [[thread pools]], #concurrency}, or {@code [[a]] [[b]]}), in order:
     * split at commas outside {@code [[ ]]}, and between page references, each without its brackets or {@code #},
     * blank ones left out; linear in the value.
     */
    public static List<String> items(String value) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == ',' && depth == 0) {
                references(value.substring(start, i).strip(), items);
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

    /** One comma-separated item: its page references when it is nothing else ({@code [[a]] [[b]]}), else itself. */
    private static void references(String item, List<String> items) {
        List<String> found = new ArrayList<>();
        int at = 0;
        while (at < item.length()) {
            int open = item.indexOf("[[", at);
            int close = open < 0 ? -1 : item.indexOf("]]", open + 2);
            boolean between = open >= 0 && item.substring(at, open).replace("#", "").isBlank();
            if (close < 0 || !between) {
                found = null;
                break;
            }
            found.add(item.substring(open + 2, close).strip());
            at = close + 2;
            at = item.substring(at).isBlank() ? item.length() : at;
        }
        if (found != null && !found.isEmpty()) {
            found.stream().filter(name -> !name.isEmpty()).forEach(items::add);
            return;
        }
        String text = item.startsWith("#") ? item.substring(1) : item;
        if (!text.isEmpty()) {
            items.add(text);
        }
    }
}
