package dev.lectern.search;

/** Names of the fields of an article's document in the index. */
final class IndexFields {

    static final String ID = "id";
    static final String VERSION = "version";
    static final String TITLE = "title";
    /** The plain text of the body, stored for snippets and not searched. */
    static final String BODY = "body";
    /** The file's text as grep sees it: front matter values and markdown. */
    static final String SOURCE = "source";
    static final String TAGS = "tags";
    static final String AUTHORS = "authors";
    static final String NOTES = "notes";
    static final String HAS_NOTES = "hasNotes";

    private IndexFields() {
    }
}
