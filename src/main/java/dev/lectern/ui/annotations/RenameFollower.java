package dev.lectern.ui.annotations;

import dev.lectern.library.ContentHashes;
import dev.lectern.library.MetadataCache;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.ArticleMatcher;
import dev.lectern.store.Relocation;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Files the annotations of renamed or moved articles under their new paths, for the window and the commands alike.
 * Articles are recognised by the hash of their rendered text, kept in the metadata cache so that each unchanged
 * article is rendered and hashed once, not on every load; without a cache the hashes last one call.
 */
public final class RenameFollower {

    private final BiFunction<Path, ArticleId, String> textOf;
    private final MetadataCache cache;

    /**
     * @param textOf the rendered text of an article under a library root (null when unreadable), as {@link ArticleTexts#of}
     * @param cache  where hashes are kept between loads, or null
     */
    public RenameFollower(BiFunction<Path, ArticleId, String> textOf, MetadataCache cache) {
        this.textOf = textOf;
        this.cache = cache;
    }

    /** The rendered text of an article under a library root, as given. */
    BiFunction<Path, ArticleId, String> texts() {
        return textOf;
    }

    /** Moves the store's annotations of paths missing from the library to the articles they now are; returns the moves. */
    public List<Relocation> follow(AnnotationStore store, Path root, List<Article> library) {
        // the cache file is read only when an annotated article is missing and a hash is needed
        ContentHashes[] hashes = new ContentHashes[1];
        List<Relocation> moved = ArticleMatcher.hashing(article -> {
            if (hashes[0] == null) {
                hashes[0] = cache == null ? new ContentHashes() : cache.hashes(root);
            }
            return hashes[0].hashOf(article, a -> {
                String text = textOf.apply(root, a.id());
                return text == null ? "" : ArticleKey.hashOf(text);
            });
        }).relocate(store, library);
        if (cache != null && hashes[0] != null && hashes[0].computed() > 0) {
            cache.saveHashes(root, hashes[0]);
        }
        return moved;
    }
}
