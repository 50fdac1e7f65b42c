package dev.lectern.library;

import dev.lectern.model.Article;

/** Receives scan results as they stream in; called from worker threads. */
public interface ScanListener {

    /** No-op listener. */
    ScanListener NONE = a -> { };

    /** Called once after the file walk, before any file is read. */
    default void discovered(int fileCount) {
    }

    /** Called once per article, in any order, from any thread. */
    void loaded(Article article);

    /** Called for files that are not text or cannot be read. */
    default void skipped(SkippedFile file) {
    }
}
