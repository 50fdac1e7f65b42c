package dev.lectern.ui.search;

import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The reader's own words per article (highlighted quotes, notes, bookmark labels), and which articles' words changed. */
public final class AnnotationTexts {

    private Map<ArticleId, List<String>> fed = new HashMap<>();

    /** Quotes, notes and labels of the live annotations, grouped by article. */
    static Map<ArticleId, List<String>> of(List<Annotation> annotations) {
        Map<ArticleId, List<String>> texts = new HashMap<>();
        for (Annotation a : annotations) {
            if (a.isDeleted()) {
                continue;
            }
            List<String> words = texts.computeIfAbsent(a.article(), id -> new ArrayList<>());
            if (a.anchor() != null) {
                words.add(a.anchor().quote());
            }
            if (a instanceof Highlight h && !h.note().isBlank()) {
                words.add(h.note());
            } else if (a instanceof Bookmark b && b.label() != null && !b.label().isBlank()) {
                words.add(b.label());
            }
        }
        return texts;
    }

    /** The articles whose texts differ from the last call (removed ones map to an empty list); remembers these. */
    public Map<ArticleId, List<String>> changes(List<Annotation> annotations) {
        Map<ArticleId, List<String>> now = of(annotations);
        Map<ArticleId, List<String>> changed = new HashMap<>();
        Set<ArticleId> ids = new HashSet<>(fed.keySet());
        ids.addAll(now.keySet());
        for (ArticleId id : ids) {
            List<String> texts = now.getOrDefault(id, List.of());
            if (!texts.equals(fed.getOrDefault(id, List.of()))) {
                changed.put(id, texts);
            }
        }
        fed = now;
        return changed;
    }

    /** Forgets what was fed, so that an index opened anew is given every article's words. */
    public void reset() {
        fed = new HashMap<>();
    }
}
