package dev.lectern.search;

import dev.lectern.library.ArticleSource;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files of one search, each read at most once: an article found only inside its words is read to check it, then
 * again for its snippet. Kept only for the search that made it (a file may change between two searches), and only up
 * to a budget of characters, beyond which files are read again rather than kept.
 */
final class ReadOnce implements SourceFiles {

    /** Characters kept in all: about 64 MB of heap at most, for a page of hits and the files checked to fill it. */
    static final long BUDGET_CHARS = 32L * 1024 * 1024;

    private final SourceFiles files;
    private final long budget;
    private final Map<ArticleId, ArticleSource> read = new ConcurrentHashMap<>();
    private final AtomicLong kept = new AtomicLong();

    ReadOnce(SourceFiles files, long budgetChars) {
        this.files = files;
        this.budget = budgetChars;
    }

    @Override
    public ArticleSource read(ArticleId id) throws IOException {
        ArticleSource source = read.get(id);
        if (source != null) {
            return source;
        }
        source = files.read(id);
        if (source != null) {
            long chars = (long) source.frontMatter().length() + source.body().length();
            if (kept.addAndGet(chars) <= budget) {
                read.put(id, source);
            } else {
                kept.addAndGet(-chars);
            }
        }
        return source;
    }
}
