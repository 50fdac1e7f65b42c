package dev.lectern.library;

import dev.lectern.model.Article;
import java.util.List;

/** Receives scan results as they stream in; called from worker threads. */
public interface ScanListener {

    /** No-op listener. */
    ScanListener NONE = a -> { };

    /**
     * Called at most once, before the file walk ends, with what the metadata cache holds (in display order, not yet
     * checked against the files), so that a list can be shown at once; the calls and the result that follow are
     * what counts.
     */
    default void cached(List<Article> articles) {
    }

    /** Called once after the file walk, before any file is read. */
    default void discovered(int fileCount) {
    }

    /** Called once per article, in any order, from any thread. */
    void loaded(Article article);

    /** Called for files that are not text or cannot be read. */
    default void skipped(SkippedFile file) {
    }
}
