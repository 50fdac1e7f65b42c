package dev.lectern.model;

import java.util.Locale;

/**
 * The note of an article's highlights that {@code lectern note --write} keeps beside the article: its name
 * ({@code NAME.notes.md}) and the front matter key that marks it as Lectern's ({@code lectern-notes-for:} naming the
 * article). The library leaves such a file out by that key, not by its name alone: a user's own {@code x.notes.md}
 * is an article like any other.
 */
public final class NotesFile {

    /** How the name of a note beside its article ends. */
    public static final String SUFFIX = ".notes.md";
    /** The front matter key Lectern writes into the note, with the article's file name as its value. */
    public static final String KEY = "lectern-notes-for";

    private NotesFile() {
    }

    /** The name of the note of the article with this file name: {@code post.md} → {@code post.notes.md}. */
    public static String nameFor(String articleFileName) {
        return articleFileName.replaceFirst("\\.[^.]*$", "") + SUFFIX;
    }

    /** Whether a file of this name may be such a note (whether it is one, only its front matter says). */
    public static boolean hasTheName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(SUFFIX) && fileName.length() > SUFFIX.length();
    }
}
