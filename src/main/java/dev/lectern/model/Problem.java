package dev.lectern.model;

import java.util.Arrays;
import java.util.List;

/**
 * A problem met with a file, as data: its kind and the values that go with it (a path, a count, a detail), in the
 * order the kind lists them. Lower layers make problems; the interface words them in its language.
 */
public record Problem(Kind kind, List<String> values) {

    /** What went wrong; each kind names its values. */
    public enum Kind {
        /** A file of the library was left out: it holds binary data, not text. */
        FILE_NOT_TEXT,
        /** A file of the library was left out: it could not be read (the error). */
        FILE_UNREADABLE,
        /** The annotation file could not be read completely: file, what was wrong, name it was kept as, annotations recovered. */
        ANNOTATIONS_DAMAGED,
        /** Annotations left unsaved at the last close were found and saved: file, how many were recovered. */
        ANNOTATIONS_RECOVERED,
        /** Annotations left unsaved at the last close could not be saved again: the copies, the error. */
        ANNOTATIONS_STILL_UNSAVED,
        /** Saving the annotations failed (retried at the next change and on close): file, the error. */
        ANNOTATIONS_NOT_SAVED,
        /** The preferences file could not be read (defaults used, the file left alone): file, the error. */
        PREFERENCES_UNREADABLE,
        /** Some preferences could not be read (defaults used for them): what was wrong, where the file was kept. */
        PREFERENCES_DAMAGED,
        /** As {@link #PREFERENCES_DAMAGED}, but the file could not be moved aside and is left alone: what, file. */
        PREFERENCES_DAMAGED_LEFT,
        /** An article's YAML front matter does not parse; its lines were read one by one: the line, the parser's detail. */
        FRONT_MATTER_NOT_YAML_AT,
        /** As {@link #FRONT_MATTER_NOT_YAML_AT} without a line: the parser's detail. */
        FRONT_MATTER_NOT_YAML,
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
        /** An annotation of an imported file was skipped: its number, the reason (English, from the reader). */
        IMPORT_ITEM_SKIPPED,
        /** An imported file holds more annotations than are read: how many were read. */
        IMPORT_TOO_MANY;

        private final int worded;

        Kind() {
            this(-1);
        }

        Kind(int worded) {
            this.worded = worded;
        }

        /**
         * The place of the value that is a word for the interface to translate (a {@link Shape} name, or a Java type
         * name kept as it is), or -1 when every value is shown as it is.
         */
        public int worded() {
            return worded;
        }
    }

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
    }

    /** A problem of this kind with its values as text. */
    public static Problem of(Kind kind, Object... values) {
        return new Problem(kind, Arrays.stream(values).map(String::valueOf).toList());
    }

    /** The value at this place in the kind's list. */
    public String value(int index) {
        return values.get(index);
    }
}
