package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The article a link between a site's posts names when no file lies at its path, found as Hugo's {@code ref} and
 * Hexo's {@code post_link} find it: a path from the site's {@code content/} ({@code posts/tabs.md} written anywhere is
 * {@code content/posts/tabs.md}), a name alone looked up across the site ({@code getting-started-with-go.md} written in
 * {@code posts/2024/}, a page bundle {@code trip-kyoto} that is {@code trip-kyoto/index.md}, Hexo's
 * {@code hello-world}), and then, for Hexo, a post's title ({@code NexT 主题的 note 标签}). Of several, the one
 * sharing most folders with the linking article. Looked up in the library's name index, never by reading files.
 */
public final class SiteRefs {

    private SiteRefs() {
    }

    /**
     * The article a link to wanted (a path of the library with no article, as the link resolves from the linking
     * article) means; empty when none matches.
     */
    public static Optional<ArticleId> resolve(ArticleId wanted, ArticleId from, Collection<Article> articles) {
        if (wanted == null || articles == null || articles.isEmpty()) {
            return Optional.empty();
        }
        String path = wanted.path();
        String folder = from == null || from.path().lastIndexOf('/') < 0 ? ""
                : from.path().substring(0, from.path().lastIndexOf('/') + 1);
        String written = path.startsWith(folder) ? path.substring(folder.length()) : path;
        String page = SiteLinks.pageOf(new ArticleId(written));
        if (page.isEmpty()) {
            return Optional.empty();
        }
        String last = page.substring(page.lastIndexOf('/') + 1);
        SiteLinks.Names names = SiteLinks.Names.of(articles);
        List<Article> named = names.lastNamed(last);
        Optional<ArticleId> bySuffix = nearest(named.stream()
                .filter(a -> ("/" + SiteLinks.pageOf(a.id())).endsWith("/" + page)).toList(), from);
        if (bySuffix.isPresent() || page.indexOf('/') >= 0) {
            return bySuffix;
        }
        Optional<ArticleId> byName = nearest(named, from);
        return byName.isPresent() ? byName : nearest(names.titled(new ArticleId(written).stem().strip()
                .toLowerCase(Locale.ROOT)), from);
    }

    /** Of the articles, the one sharing most leading folders with the linking article, then the shortest path. */
    private static Optional<ArticleId> nearest(List<Article> candidates, ArticleId from) {
        ArticleId best = null;
        int bestShared = -1;
        for (Article article : candidates) {
            int shared = shared(article.id().path(), from == null ? "" : from.path());
            if (shared > bestShared || shared == bestShared && article.id().path().length() < best.path().length()) {
                best = article.id();
                bestShared = shared;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int shared(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        int same = 0;
        while (same < x.length - 1 && same < y.length - 1 && x[same].equals(y[same])) {
            same++;
        }
        return same;
    }
}
