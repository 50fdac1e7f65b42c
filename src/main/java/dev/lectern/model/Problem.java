package dev.lectern.model;

import java.util.Arrays;
import java.util.List;

/**
 * A problem met with a file, as data: its kind and the values that go with it (a path, a count, a detail), in the
 * order the kind lists them, and for a kind that has {@linkplain Kind#details() details} the first few things found
 * wrong, each a problem of its own. Lower layers make problems; the interface words them in its language.
 */
public record Problem(Kind kind, List<String> values, List<Problem> details) {

    /** What went wrong; each kind names its values. */
    public enum Kind {
        /** A file of the library was left out: it holds binary data, not text. */
        FILE_NOT_TEXT,
        /**
         * A file of the library was left out: it could not be read (why: {@link #PERMISSION_DENIED} or {@link
         * #NO_SUCH_FILE} for the interface to word, else the system's words).
         */
        FILE_UNREADABLE(0),
        /** A folder of the library could not be listed, so its articles are not shown (why, as for FILE_UNREADABLE). */
        FOLDER_UNREADABLE(0),
        /** A symbolic link of the library leads nowhere: where it leads. */
        LINK_BROKEN,
        /** A symbolic link of the library leads, through links, back to itself: where it leads. */
        LINK_LOOP,
        /** A file named as an article is a pipe, socket or device (or a link to one), which is never read. */
        FILE_NOT_REGULAR,
        /** An article's file is empty, or holds only blank lines (listed, titled after its name). */
        FILE_EMPTY,
        /** An article is a copy a sync tool kept of another when two machines changed it: the name of that other file. */
        SYNC_CONFLICT_COPY,
        /** An article's front matter opens with a fence that never closes (a file half written): the fence. */
        FRONT_MATTER_UNCLOSED,
        /** An article's front matter goes on past the lines read without closing: how many lines were read. */
        FRONT_MATTER_TOO_LONG,
        /**
         * The annotation file could not be read completely: file, how many things were wrong (the first few are the
         * details), name it was kept as, annotations recovered.
         */
        ANNOTATIONS_DAMAGED(-1, 1),
        /**
         * As {@link #ANNOTATIONS_DAMAGED}, read by a command that only reads: the file is left where it is: file, how many
         * things were wrong (the first few are the details), annotations read.
         */
        ANNOTATIONS_DAMAGED_LEFT(-1, 1),
        /**
         * The annotation file is missing and a copy kept aside when it could not be read is beside it: nothing was
         * restored from it (it is a version Lectern could not read): file, the newest copy.
         */
        ANNOTATIONS_NOT_RESTORED,
        /**
         * A library opened at a new place (its folder renamed or moved) had no annotation file here; the one it had at
         * its old place was taken in and left as it was: file, the old file, the old library folder, how many
         * highlights and bookmarks.
         */
        ANNOTATIONS_FROM_MOVED_LIBRARY,
        /**
         * A folder opened as a library for the first time lies inside a library with an annotation file that holds
         * annotations of its articles (its {@code _posts} opened on its own): that library, how many, its file, this
         * folder's new file.
         */
        ANNOTATIONS_IN_LIBRARY_ABOVE,
        /**
         * Annotations left unsaved at the last close were found and saved: file, how many were recovered, the copies
         * merged (beside the file or in the temporary folder).
         */
        ANNOTATIONS_RECOVERED,
        /**
         * A sync tool's conflict copy of the annotation file (two machines saved it before they met) was merged and
         * saved, and the copy deleted: file, how many annotations it brought (new or newer), the copy.
         */
        ANNOTATIONS_CONFLICT_MERGED,
        /**
         * As {@link #ANNOTATIONS_CONFLICT_MERGED}, but the copy is left where it is (only read, or the merge could not be
         * saved yet): file, how many annotations it brought, the copy.
         */
        ANNOTATIONS_CONFLICT_READ,
        /**
         * As {@link #ANNOTATIONS_CONFLICT_MERGED}, but some annotations had been changed differently on both machines:
         * the newer change stands and the copy, which holds the other, is left: file, how many it brought, the copy, how
         * many were changed on both.
         */
        ANNOTATIONS_CONFLICT_BOTH_CHANGED,
        /**
         * A sync tool's conflict copy of the annotation file could not be read completely; what could be read was merged
         * and the copy kept: the copy, how many things were wrong (the first few are the details), file, how many
         * annotations it brought.
         */
        ANNOTATIONS_CONFLICT_KEPT(-1, 1),
        /** Annotations left unsaved at the last close could not be saved again: the copies, the error. */
        ANNOTATIONS_STILL_UNSAVED,
        /**
         * A copy of annotations left unsaved at the last close could not be read completely (what could be was merged);
         * the copy is kept: the copy, how many things were wrong (the first few are the details).
         */
        ANNOTATIONS_UNSAVED_KEPT(-1, 1),
        /**
         * Saving the annotations failed (retried quietly; reported once until a save works or the reason changes): file,
         * why.
         */
        ANNOTATIONS_NOT_SAVED,
        /** The preferences file could not be read (defaults used, the file left alone): file, the error. */
        PREFERENCES_UNREADABLE,
        /** Some preferences could not be read (defaults used for them): how many things (the details), where it was kept. */
        PREFERENCES_DAMAGED(-1, 0),
        /** As {@link #PREFERENCES_DAMAGED}, but the file could not be moved aside and is left alone: how many, file. */
        PREFERENCES_DAMAGED_LEFT(-1, 0),
        /** An article's YAML front matter does not parse; its lines were read one by one: the line, the parser's detail. */
        FRONT_MATTER_NOT_YAML_AT,
        /** As {@link #FRONT_MATTER_NOT_YAML_AT} without a line: the parser's detail. */
        FRONT_MATTER_NOT_YAML,
        /** An article's JSON front matter does not parse; its key lines were read one by one: the line, the detail. */
        FRONT_MATTER_NOT_JSON_AT,
        /** YAML front matter with a line longer than the limit was read line by line: the limit in characters. */
        FRONT_MATTER_LINE_TOO_LONG,
        /** YAML front matter with more aliases (*name) than allowed was read line by line: the limit. */
        FRONT_MATTER_TOO_MANY_ALIASES,
        /** YAML front matter that is not a map of keys (a list, a bare value) was ignored. */
        FRONT_MATTER_NOT_A_MAP,
        /** A line of TOML front matter does not parse and was ignored: the line. */
        FRONT_MATTER_NOT_TOML,
        /** The front matter could not be read at all (a parser failed); the article keeps its file name: the error. */
        FRONT_MATTER_FAILED,
        /** The file could not be read fully (a parser failed); the article keeps its file name: the error. */
        FILE_READ_FAILED,
        /** The date is not a date; the date in the file name is used: the value. */
        DATE_INVALID_NAME_USED,
        /** The date is not a date and the file name has none, so the article has no date: the value. */
        DATE_INVALID,
        /** A true/false field holds something else and is read as assumed: the key, the value, true or false. */
        FLAG_NOT_BOOLEAN,
        /** An author item without a name was ignored: the key, its {@linkplain #worded() shape}. */
        AUTHOR_WITHOUT_NAME(1),
        /** A tag or category item that is not text was ignored: the key, its shape. */
        LABEL_NOT_TEXT(1),
        /** A nested tag or category item that is not text was ignored: the key, its shape. */
        LABEL_NESTED_NOT_TEXT(1),
        /** Tags or categories that are neither a list nor text were ignored: the key, the value's shape. */
        LABEL_NOT_A_LIST(1),
        /** An annotation of an imported file was skipped: its number, 1 (the reason is the detail). */
        IMPORT_ITEM_SKIPPED(-1, 1),
        /** An imported file holds more annotations than are read: how many were read. */
        IMPORT_TOO_MANY,
        /**
         * The article an import names is gone, and its annotations went to the one article whose text holds their
         * passages (renamed since the export): the path named, the article's path, how many annotations.
         */
        IMPORT_SOURCE_FOUND_BY_TEXT,

        // What was wrong in a damaged annotation or preferences file (details of the kinds above).

        /** The file is not valid YAML: the line, the parser's detail. */
        YAML_INVALID_AT,
        /** The file is not valid YAML (no line known): the parser's detail. */
        YAML_INVALID,
        /** A line of the file is longer than the limit: the limit in characters. */
        YAML_LINE_TOO_LONG,
        /** The file holds more aliases (*name) than allowed: the limit. */
        YAML_TOO_MANY_ALIASES,
        /** The file is not UTF-8 text. */
        NOT_UTF8,
        /** The annotation file is not a map of keys, so it holds no annotations. */
        ANNOTATIONS_NOT_A_MAP,
        /** The annotation file has no schema number. */
        SCHEMA_MISSING,
        /** The annotation file was written by a newer Lectern: its schema, the schema this one reads. */
        SCHEMA_NEWER,
        /** The annotation file's articles are not a list. */
        ARTICLES_NOT_A_LIST,
        /** The annotation file does not end with its annotation count, so it may have been cut short. */
        COUNT_MISSING,
        /** The annotation file lists more or fewer annotations than could be read: listed, read. */
        COUNT_MISMATCH,
        /** The annotation file's colour names are not a map and were skipped. */
        COLORS_NOT_A_MAP,
        /** A colour name was skipped, it is not understood: the key. */
        COLOR_NAME_SKIPPED,
        /** An article entry has no path and was skipped: its number. */
        ENTRY_WITHOUT_PATH,
        /** An article's highlights are not a list and were skipped: the article. */
        HIGHLIGHTS_NOT_A_LIST,
        /** An article's bookmarks are not a list and were skipped: the article. */
        BOOKMARKS_NOT_A_LIST,
        /** A highlight was skipped: its number, the article, 1 (the reason is the detail). */
        HIGHLIGHT_SKIPPED(-1, 2),
        /** A bookmark was skipped: its number, the article, 1 (the reason is the detail). */
        BOOKMARK_SKIPPED(-1, 2),
        /**
         * A field of a highlight could not be read and was left at its default, the rest kept: its number, the article,
         * 1 (the reason is the detail).
         */
        HIGHLIGHT_FIELD_LEFT(-1, 2),
        /**
         * A field of a highlight is not valid YAML (an unclosed quote) and was read as the text written: its number,
         * the article, the field.
         */
        HIGHLIGHT_FIELD_AS_WRITTEN,
        /**
         * Two highlights or bookmarks have the same id (an entry copied by hand); both were kept, the one read later
         * under a new id: the id, the article of the one read later, its new id.
         */
        DUPLICATE_ID,
        /**
         * Two versions of one highlight or bookmark (one id, one passage) say different things; the one updated later
         * was kept, the older is in the copy kept aside: the id, the article.
         */
        DUPLICATE_ID_OLDER_DROPPED,

        // Why an annotation was skipped (the detail of the three kinds above).

        /** It is not a set of fields. */
        ITEM_NOT_A_MAP,
        /** A highlight without an anchor. */
        ITEM_WITHOUT_ANCHOR,
        /** Its anchor is not a set of fields. */
        ANCHOR_NOT_A_MAP,
        /** Its anchor has no quote, or its start and end are out of order: start, end. */
        ANCHOR_INVALID,
        /** A field it needs is missing: the field. */
        FIELD_MISSING,
        /** A field is not a whole number: the field. */
        FIELD_NOT_A_NUMBER,
        /** A field is not a single value: the field. */
        FIELD_NOT_A_VALUE,
        /** A field's value is not understood: the field, the value (cut to 60 characters). */
        FIELD_INVALID,
        /** A note longer than a note holds: its length, the most kept. */
        NOTE_TOO_LONG,
        /** Its tags are not a list of words. */
        TAGS_NOT_WORDS,
        /** Its review state has no due time. */
        REVIEW_WITHOUT_DUE,
        /** An imported annotation names no source. */
        TARGET_WITHOUT_SOURCE,
        /** No article of the library matches an imported annotation's source: the source. */
        SOURCE_NOT_IN_LIBRARY,
        /** An imported annotation has no time. */
        ITEM_WITHOUT_TIME,
        /** An imported highlight has no TextQuoteSelector. */
        ITEM_WITHOUT_QUOTE,
        /** It could not be read for another reason: the error as Java gave it. */
        ITEM_UNREADABLE,

        // What was wrong in a damaged preferences file (details of PREFERENCES_DAMAGED).

        /** The preferences file is not a map of "key: value" lines. */
        PREFERENCES_NOT_A_MAP,
        /** A preference's value is not understood: the key (window keys as window.height), the value (cut to 60). */
        PREFERENCE_NOT_UNDERSTOOD;

        private final int worded;
        private final int details;

        Kind() {
            this(-1);
        }

        Kind(int worded) {
            this(worded, -1);
        }

        Kind(int worded, int details) {
            this.worded = worded;
            this.details = details;
        }

        /**
         * The place of the value that counts what was found wrong, where the interface puts the worded {@linkplain
         * Problem#details() details} (and how many more there were), or -1 when the kind has no details.
         */
        public int details() {
            return details;
        }

        /**
         * The place of the value that is a word for the interface to translate (a {@link Shape} name, or a Java type
         * name kept as it is), or -1 when every value is shown as it is.
         */
        public int worded() {
            return worded;
        }
    }

    /** Why a file could not be read, as the interface words it (FILE_UNREADABLE, FOLDER_UNREADABLE). */
    public static final String PERMISSION_DENIED = "PERMISSION_DENIED";
    /** The file is gone (deleted between the listing and the reading). */
    public static final String NO_SUCH_FILE = "NO_SUCH_FILE";

    /** The shapes of a front matter value that a problem can name. */
    public enum Shape {
        EMPTY, MAP, LIST;

        /** The shape's name for a value, or the Java type name of a value of another kind. */
        public static String of(Object value) {
            if (value == null) {
                return EMPTY.name();
            }
            return value instanceof java.util.Map ? MAP.name() : value instanceof List ? LIST.name()
                    : value.getClass().getSimpleName();
        }
    }

    public Problem {
        values = List.copyOf(values);
        details = List.copyOf(details);
    }

    /** A problem without details. */
    public Problem(Kind kind, List<String> values) {
        this(kind, values, List.of());
    }

    /** A problem of this kind with its values as text. */
    public static Problem of(Kind kind, Object... values) {
        return new Problem(kind, Arrays.stream(values).map(String::valueOf).toList());
    }

    /** A problem of this kind with one detail (why): the values, with 1 put in at the kind's details place. */
    public static Problem because(Kind kind, Problem why, Object... values) {
        List<String> all = new java.util.ArrayList<>(Arrays.stream(values).map(String::valueOf).toList());
        all.add(Math.max(0, Math.min(kind.details(), all.size())), "1");
        return new Problem(kind, all, List.of(why));
    }

    /** This problem with these details (the value at the kind's details place says how many there were in all). */
    public Problem with(List<Problem> found) {
        return new Problem(kind, values, found);
    }

    /** The value at this place in the kind's list. */
    public String value(int index) {
        return values.get(index);
    }
}
