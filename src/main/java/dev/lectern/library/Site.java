package dev.lectern.library;

/** What kind of folder an article comes from, where that changes how its front matter reads. */
enum Site {
    /** A site's archive or a folder of markdown. */
    OTHER,
    /** A vault of notes ({@link dev.lectern.model.NoteVault}): titles from file names, tags among the words. */
    VAULT,
    /** A Hexo site ({@link HexoSites}): a flat list of categories is a category and its sub-categories. */
    HEXO
}
