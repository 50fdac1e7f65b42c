package dev.lectern.search;

/** Names of the fields of an article's document in the index. */
final class IndexFields {

    static final String ID = "id";
    static final String VERSION = "version";
    static final String TITLE = "title";
    /** The file's text as grep sees it: front matter values and markdown. Indexed only: snippets are cut from the file. */
    static final String SOURCE = "source";
    /**
     * The pieces of 1 to 3 characters of the file's text, title, tags, authors and notes outside CJK, and each CJK
     * character of them ({@link Grams}).
     */
    static final String GRAMS = "grams";
    /** Pinyin keys of the title, tags and authors ({@link Pinyin}), looked up by prefix. */
    static final String PINYIN = "pinyin";
    static final String TAGS = "tags";
    static final String AUTHORS = "authors";
    static final String NOTES = "notes";
    static final String HAS_NOTES = "hasNotes";
    /** Binary doc values of the id and the version, read for every article when the index is brought up to date. */
    static final String ID_VALUE = "id.value";
    static final String VERSION_VALUE = "version.value";
    /** Binary doc values of the notes, joined by " · ", for the snippet of a hit found by its notes. */
    static final String NOTES_VALUE = "notes.value";

    private IndexFields() {
    }
}
