package dev.lectern.search;

/** Names of the fields of an article's document in the index. */
final class IndexFields {

    static final String ID = "id";
    static final String VERSION = "version";
    static final String TITLE = "title";
    /** The file's text as grep sees it: front matter values and markdown. */
    static final String SOURCE = "source";
    static final String TAGS = "tags";
    static final String AUTHORS = "authors";
    static final String NOTES = "notes";
    static final String HAS_NOTES = "hasNotes";
    /**
     * Binary doc values of the plain body, for snippets. Hits are read from doc values, not stored fields: those are
     * compressed in blocks, so reading one hit's id and text decompressed many bodies.
     */
    static final String BODY_VALUE = "body.value";
    /** Binary doc values of the id and the version, read for every article when the index is brought up to date. */
    static final String ID_VALUE = "id.value";
    static final String VERSION_VALUE = "version.value";
    /** Binary doc values of the notes, joined by " · ", for the snippet of a hit found by its notes. */
    static final String NOTES_VALUE = "notes.value";

    private IndexFields() {
    }
}
