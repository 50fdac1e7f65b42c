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

    /**
     * Tags typed in one field, separated by commas ({@code ,} {@code ，} {@code 、}): a tag of several words is one tag
     * ({@code to read} is {@code to-read}), and {@code C#} keeps its {@code #}; words each written as a hashtag
     * ({@code #todo #later}) are a tag each. (Spaces and every {@code #} split them before, against what the README says.)
     */
    public static List<String> parse(String typed) {
        if (typed == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (String piece : typed.split("[,，、]+")) {
            String words = piece.strip();
            if (HASHTAGS.matcher(words).matches()) {
                tags.addAll(List.of(words.split("\\s+")));
            } else {
                tags.add(words);
            }
        }
        return clean(tags);
    }

    /** Two or more words each starting with '#': the two classes never overlap, so matching is linear. */
    private static final java.util.regex.Pattern HASHTAGS = java.util.regex.Pattern.compile("#\\S+(?:\\s+#\\S+)+");
}
