package dev.lectern.store;

import dev.lectern.model.Anchor;
import dev.lectern.model.ArticleId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the article an imported file's annotations belong to when the path they name is gone (the article was renamed
 * since the export, and an export holds no title or text hash to follow it by): the one article of the library whose
 * text holds every passage, with its context where more than one holds the bare words. Each article's text is asked
 * for once, and only when a source is lost.
 */
final class PassageFinder {

    private final Collection<ArticleId> library;
    private final Function<ArticleId, String> textOf;

    PassageFinder(Collection<ArticleId> library, Function<ArticleId, String> textOf) {
        this.library = library;
        this.textOf = textOf;
    }

    /** For each lost source with passages, the one article that holds them all; a source two or none hold is left out. */
    Map<String, ArticleId> find(Map<String, List<Anchor>> lost) {
        Map<String, List<ArticleId>> bare = new HashMap<>();
        Map<String, List<ArticleId>> withContext = new HashMap<>();
        lost.forEach((source, passages) -> {
            if (!passages.isEmpty()) {
                bare.put(source, new ArrayList<>());
                withContext.put(source, new ArrayList<>());
            }
        });
        if (bare.isEmpty()) {
            return Map.of();
        }
        for (ArticleId article : library) { // each text is read once and let go
            String text = textOf.apply(article);
            if (text == null) {
                continue;
            }
            bare.forEach((source, holding) -> {
                List<Anchor> passages = lost.get(source);
                if (passages.stream().allMatch(p -> text.contains(p.quote()))) {
                    holding.add(article);
                    if (passages.stream().allMatch(p -> text.contains(p.prefix() + p.quote() + p.suffix()))) {
                        withContext.get(source).add(article);
                    }
                }
            });
        }
        Map<String, ArticleId> found = new HashMap<>();
        bare.forEach((source, holding) -> {
            List<ArticleId> one = holding.size() > 1 ? withContext.get(source) : holding;
            if (one.size() == 1) {
                found.put(source, one.get(0));
            }
        });
        return found;
    }
}
