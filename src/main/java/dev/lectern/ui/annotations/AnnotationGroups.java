package dev.lectern.ui.annotations;

import dev.lectern.model.Annotation;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Groups the library panel's annotations by article, by highlight tag (one group per tag) or by colour. */
public final class AnnotationGroups {

    /** How the panel groups. */
    public enum By { ARTICLE, TAG, COLOUR }

    /** The key of the group of annotations without a tag or colour (bookmarks, untagged highlights). */
    public static final String NONE = "";

    private AnnotationGroups() {
    }

    /** Group key (an ArticleId, a tag, a HighlightColor, or {@link #NONE}) to annotations, in the panel's order. */
    public static Map<Object, List<Annotation>> group(List<Annotation> annotations, By by) {
        Map<Object, List<Annotation>> groups = new LinkedHashMap<>();
        switch (by) {
            case ARTICLE -> annotations.forEach(a -> groups.computeIfAbsent(a.article(), k -> new ArrayList<>()).add(a));
            case TAG -> {
                TreeMap<String, List<Annotation>> byTag = new TreeMap<>(Comparator.comparing(
                        (String t) -> t.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder()));
                List<Annotation> untagged = new ArrayList<>();
                for (Annotation a : annotations) {
                    List<String> tags = a instanceof Highlight h ? h.tags() : List.of();
                    tags.forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(a));
                    if (tags.isEmpty()) {
                        untagged.add(a);
                    }
                }
                groups.putAll(byTag);
                if (!untagged.isEmpty()) {
                    groups.put(NONE, untagged);
                }
            }
            case COLOUR -> {
                for (HighlightColor color : HighlightColor.values()) {
                    annotations.stream().filter(a -> a instanceof Highlight h && h.color() == color)
                            .forEach(a -> groups.computeIfAbsent(color, k -> new ArrayList<>()).add(a));
                }
                List<Annotation> rest = annotations.stream().filter(a -> !(a instanceof Highlight)).toList();
                if (!rest.isEmpty()) {
                    groups.put(NONE, rest);
                }
            }
        }
        return groups;
    }
}
