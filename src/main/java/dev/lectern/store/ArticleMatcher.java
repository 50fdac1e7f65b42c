package dev.lectern.store;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.SyncConflictNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recognises renamed or moved articles: an annotated path that is gone is matched to a library article without
 * annotations by content hash, else by title and date when exactly one such article has both.
 * The text provider is asked lazily, once per article, and must give the same kind of text the keys were made from.
 */
public final class ArticleMatcher {

    private final Hasher hashOf;
    private final Map<ArticleId, String> hashes = new HashMap<>();

    /** A matcher that hashes the text textOf gives (null: unreadable), once per article and matcher. */
    public ArticleMatcher(Function<ArticleId, String> textOf) {
        this((Hasher) article -> {
            String text = textOf.apply(article.id());
            return text == null ? "" : ArticleKey.hashOf(text);
        });
    }

    private ArticleMatcher(Hasher hashOf) {
        this.hashOf = hashOf;
    }

    /** A matcher that asks hashOf for an article's {@link ArticleKey#hashOf content hash} (for example from a cache). */
    public static ArticleMatcher hashing(Hasher hashOf) {
        return new ArticleMatcher(hashOf);
    }

    /** Gives an article's content hash, as {@link ArticleKey#hashOf} of its text ("" when it cannot be read). */
    @FunctionalInterface
    public interface Hasher {
        String hashOf(Article article);
    }

    /**
     * Follows renamed or moved articles after a library scan: the store's annotated paths missing from the library are
     * matched to articles without annotations and their annotations re-filed there (nothing is deleted).
     *
     * @return what moved, for telling the reader
     */
    public List<Relocation> relocate(AnnotationStore store, List<Article> library) {
        Set<ArticleId> present = library.stream().map(Article::id).collect(Collectors.toSet());
        AnnotationSet annotated = store.snapshot();
        Map<ArticleId, ArticleKey> lost = new HashMap<>();
        annotated.articles().stream().filter(a -> !present.contains(a))
                .forEach(a -> lost.put(a, annotated.entry(a).key()));
        Set<ArticleId> known = new HashSet<>(annotated.articles());
        List<Relocation> relocations = new ArrayList<>();
        // a lost path a present article names as its former one was followed before: annotations filed under it again
        // (a merge kept an edit another window made under the old path) go where the others went
        for (ArticleId now : annotated.articles()) {
            if (present.contains(now)) {
                for (ArticleId former : annotated.entry(now).formerPaths()) {
                    if (lost.containsKey(former)) {
                        lost.remove(former);
                        relocations.add(new Relocation(former, now, Relocation.Reason.FOLLOWED_BEFORE));
                    }
                }
            }
        }
        List<Article> candidates = library.stream().filter(a -> !known.contains(a.id())).toList();
        relocations.addAll(lost.isEmpty() ? List.of() : match(lost, candidates));
        relocations.forEach(r -> store.moveArticle(r.from(), r.to()));
        return relocations;
    }

    /**
     * @param lost       keys of annotated paths that no longer exist
     * @param candidates library articles that have no annotations
     */
    public List<Relocation> match(Map<ArticleId, ArticleKey> lost, List<Article> candidates) {
        List<Relocation> found = new ArrayList<>();
        Set<ArticleId> taken = new HashSet<>();
        lost.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            ArticleKey key = entry.getValue();
            List<Article> free = candidates.stream().filter(a -> !taken.contains(a.id())).toList();
            List<Article> originals = free.stream().filter(a -> !isConflictCopy(a)).toList();
            List<Article> copies = free.stream().filter(ArticleMatcher::isConflictCopy).toList();
            Relocation relocation = byText(entry.getKey(), key, originals);
            if (relocation == null) {
                relocation = byTitleAndDate(entry.getKey(), key, originals);
            }
            if (relocation == null) {
                relocation = byText(entry.getKey(), key, copies);
            }
            if (relocation == null) {
                relocation = byTitleAndDate(entry.getKey(), key, copies);
            }
            if (relocation != null) {
                taken.add(relocation.to());
                found.add(relocation);
            }
        });
        return found;
    }

    /**
     * A copy a sync tool kept of an article ({@code post (conflicted copy 2026-12-01).md}) holds the same text, title and
     * date: an article renamed beside such copies had its annotations filed under a copy (the first in the list's
     * order). A copy is taken only when no other article matches (the original deleted, the copy kept).
     */
    private static boolean isConflictCopy(Article article) {
        return SyncConflictNames.originalOf(article.id().fileName()) != null;
    }

    private Relocation byText(ArticleId from, ArticleKey key, List<Article> free) {
        if (key == null || key.contentHash() == null) {
            return null;
        }
        return free.stream().filter(a -> key.contentHash().equals(hash(a))).findFirst()
                .map(a -> new Relocation(from, a.id(), Relocation.Reason.SAME_TEXT)).orElse(null);
    }

    private static Relocation byTitleAndDate(ArticleId from, ArticleKey key, List<Article> free) {
        if (key == null || key.title() == null) {
            return null;
        }
        List<Article> same = free.stream().filter(a -> key.title().equals(a.title())
                && Objects.equals(key.date(), a.date() == null ? null : a.date().toString())).toList();
        return same.size() == 1 ? new Relocation(from, same.get(0).id(), Relocation.Reason.SAME_TITLE_AND_DATE) : null;
    }

    private String hash(Article article) {
        return hashes.computeIfAbsent(article.id(), i -> hashOf.hashOf(article));
    }
}
