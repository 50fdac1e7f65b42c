package dev.lectern.library;

/** The two kinds of labels an article carries: free tags and categories. */
public enum Facet {
    TAG,
    CATEGORY
}
