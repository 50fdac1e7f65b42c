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
        PREFERENCES_DAMAGED_LEFT
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
