package dev.lectern.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules for a highlight's tags: trimmed, without a leading '#', inner spaces as '-', no duplicates, bounded. */
public final class HighlightTags {

    /** At most this many tags are kept on one highlight. */
    public static final int MAX_TAGS = 32;
    /** At most this many characters are kept of one tag. */
    public static final int MAX_LENGTH = 64;

    private HighlightTags() {
    }

    /** The tags cleaned up, in their given order (case-insensitive duplicates dropped, the first spelling kept). */
    public static List<String> clean(List<String> tags) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String t = tag == null ? "" : tag.strip();
            while (t.startsWith("#")) {
                t = t.substring(1).strip();
            }
            t = t.replaceAll("[\\s,]+", "-");
            if (t.length() > MAX_LENGTH) {
                t = t.substring(0, t.offsetByCodePoints(0, t.codePointCount(0, MAX_LENGTH)));
            }
            if (!t.isEmpty() && seen.add(t.toLowerCase(Locale.ROOT)) && out.size() < MAX_TAGS) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    /** Tags typed in one field, separated by commas, spaces or '#'. */
    public static List<String> parse(String typed) {
        return typed == null ? List.of() : clean(List.of(typed.split("[,\\s#，、]+")));
    }
}
