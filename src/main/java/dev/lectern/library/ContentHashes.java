package dev.lectern.library;

import dev.lectern.model.Article;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Content hashes of a library's articles, each valid while the file keeps the size and time it had when hashed; kept
 * in the {@link MetadataCache} so that recognising renamed articles hashes each article once, not on every load.
 */
public final class ContentHashes {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger computed = new AtomicInteger();

    /** One hash and the file size and time it belongs to. */
    record Entry(long size, long modified, String hash) {
    }

    /** The article's hash: the kept one when the file is unchanged, else compute's result (kept from then on). */
    public String hashOf(Article article, Function<Article, String> compute) {
        String known = known(article);
        if (known != null) {
            return known;
        }
        String hash = compute.apply(article);
        entries.put(article.id().path(), new Entry(article.size(), article.modified(), hash));
        computed.incrementAndGet();
        return hash;
    }

    /** The kept hash of the article, or null when there is none or the file changed since. */
    public String known(Article article) {
        Entry entry = entries.get(article.id().path());
        return entry != null && entry.size() == article.size() && entry.modified() == article.modified()
                ? entry.hash() : null;
    }

    /** How many hashes were computed (not found kept) since this object was made. */
    public int computed() {
        return computed.get();
    }

    void keep(Article article, String hash) {
        entries.put(article.id().path(), new Entry(article.size(), article.modified(), hash));
    }
}
