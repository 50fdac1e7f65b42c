package dev.lectern.store;

import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What the annotation file knows about one article besides its annotations.
 *
 * @param article     the article's current path
 * @param key         title, date and content hash when it was last annotated (null when unknown)
 * @param formerPaths paths it had before it was found renamed or moved, sorted
 */
public record ArticleEntry(ArticleId article, ArticleKey key, List<ArticleId> formerPaths) {

    public ArticleEntry {
        Objects.requireNonNull(article, "article");
        formerPaths = List.copyOf(new TreeSet<>(formerPaths));
    }

    /** This entry joined with another for the same article: our key unless we have none, former paths united. */
    ArticleEntry mergedWith(ArticleEntry other) {
        TreeSet<ArticleId> paths = new TreeSet<>(formerPaths);
        paths.addAll(other.formerPaths);
        return new ArticleEntry(article, key != null ? key : other.key, List.copyOf(paths));
    }

    /** This entry under a new path, remembering the old one. */
    ArticleEntry movedTo(ArticleId newPath) {
        TreeSet<ArticleId> paths = new TreeSet<>(formerPaths);
        paths.add(article);
        paths.remove(newPath);
        return new ArticleEntry(newPath, key, List.copyOf(paths));
    }
}
