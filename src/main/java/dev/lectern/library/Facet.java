package dev.lectern.library;

/** The kinds of labels an article carries: free tags, categories, and the language of a translated library's articles. */
public enum Facet {
    TAG,
    CATEGORY,
    LANGUAGE
}
