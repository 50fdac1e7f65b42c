package dev.lectern.library;

/** The kinds of labels an article carries: free tags, categories, and the language of a translated library's articles. */
public enum Facet {
    TAG(false),
    CATEGORY(false),
    LANGUAGE(true);

    private final boolean oneEach;

    Facet(boolean oneEach) {
        this.oneEach = oneEach;
    }

    /**
     * Whether an article has at most one label of this facet (one language): its checked labels then add to each
     * other whatever the match mode, as "all of English and 日本語" would show nothing.
     */
    public boolean oneEach() {
        return oneEach;
    }
}
