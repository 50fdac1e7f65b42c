package dev.lectern.ui.annotations;

import dev.lectern.model.Annotation;
import dev.lectern.model.Article;
import dev.lectern.model.Highlight;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** The tags a highlight's tag field offers: those used on highlights, then the library's article tags, without repeats. */
public final class KnownTags {

    private KnownTags() {
    }

    public static List<String> of(Collection<Article> articles, Collection<Annotation> annotations) {
        TreeMap<String, String> tags = new TreeMap<>();
        annotations.stream().filter(Highlight.class::isInstance).flatMap(a -> ((Highlight) a).tags().stream())
                .forEach(t -> tags.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
        articles.stream().flatMap(a -> a.tags().stream()).map(t -> t.strip().replaceAll("\\s+", "-"))
                .forEach(t -> tags.putIfAbsent(t.toLowerCase(Locale.ROOT), t));
        return List.copyOf(tags.values());
    }
}
