package dev.lectern.library;

import dev.lectern.model.LogseqProperties;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A Logseq page's properties, its front matter: {@code key:: value} lines at the very start of the file, before its
 * first block ({@code title:: Thread pools}, {@code tags:: java, [[concurrency]]}, {@code alias:: JCIP}); Obsidian's
 * Dataview writes its fields the same way. Tags, categories and aliases are lists, split at commas outside
 * {@code [[ ]]}, each without its brackets or {@code #} ({@link LogseqProperties}); every other value is kept as
 * written (a {@code [[link]]} in it stays one). Keys are folded to lower case, as the other front matter readers do.
 * At most {@link #MOST_LINES} lines.
 */
final class PageProperties {

    static final int MOST_LINES = 200;
    private static final Set<String> LISTS = Set.of("tags", "tag", "categories", "category", "alias", "aliases");

    private PageProperties() {
    }

    /** The properties block at the start of a text and the body after it; none when its first line is no property. */
    static FrontMatterBlock split(String text) {
        int pos = 0;
        for (int lines = 0; pos < text.length() && lines < MOST_LINES; lines++) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? text.length() : end;
            if (!LogseqProperties.isPageProperty(text.substring(pos, Math.min(end, pos + LogseqProperties.MAX_LINE + 1)))) {
                break;
            }
            pos = end + 1;
        }
        if (pos == 0) {
            return FrontMatterBlock.none(text);
        }
        pos = Math.min(pos, text.length());
        return new FrontMatterBlock(FrontMatterBlock.Kind.PROPERTIES, text.substring(0, pos), 1, text.substring(pos));
    }

    /** The fields of a properties block, keys in lower case, in the order written (the first of a key kept). */
    static Map<String, Object> parse(String block) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            Matcher property = LogseqProperties.LINE.matcher(line);
            if (!property.matches()) {
                continue;
            }
            String key = property.group(1).toLowerCase(Locale.ROOT);
            String value = property.group(2) == null ? "" : property.group(2).strip();
            Object read = LISTS.contains(key) ? LogseqProperties.items(value) : value;
            fields.putIfAbsent(key, read);
        }
        return fields;
    }
}
