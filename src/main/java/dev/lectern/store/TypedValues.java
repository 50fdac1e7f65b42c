package dev.lectern.store;

import dev.lectern.model.Problem;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reads typed values from a YAML mapping, noting each key whose value is of the wrong kind (for hand-edited files). */
final class TypedValues {

    private final Map<?, ?> map;
    private final String prefix;
    final List<Problem> problems = new ArrayList<>();

    TypedValues(Map<?, ?> map) {
        this(map, "");
    }

    /** Values whose keys are named with this prefix in problems ("window." for the keys of the window map). */
    TypedValues(Map<?, ?> map, String prefix) {
        this.map = map;
        this.prefix = prefix;
    }

    <T> T get(String key, Class<T> type, T fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (!type.isInstance(value)) {
            problems.add(notUnderstood(key, value));
            return fallback;
        }
        return type.cast(value);
    }

    double number(String key, double fallback) {
        Number n = get(key, Number.class, null);
        return n == null ? fallback : n.doubleValue();
    }

    String checked(String key, String fallback, Predicate<String> valid) {
        String s = get(key, String.class, null);
        if (s != null && !valid.test(s)) {
            problems.add(notUnderstood(key, s));
            return fallback;
        }
        return s == null ? fallback : s;
    }

    Path path(String key) {
        String s = get(key, String.class, null);
        try {
            return s == null ? null : Path.of(s);
        } catch (InvalidPathException e) {
            problems.add(notUnderstood(key, s));
            return null;
        }
    }

    /** A list whose items are all convertible, else an empty list (the default) and a problem. */
    <T> List<T> list(String key, Class<T> type, Function<Object, T> convert) {
        List<?> items = get(key, List.class, List.of());
        List<T> out = new ArrayList<>();
        try {
            for (Object item : items) {
                out.add(convert.apply(item));
            }
            return out;
        } catch (ClassCastException | NullPointerException | InvalidPathException e) {
            problems.add(notUnderstood(key, items));
            return List.of();
        }
    }

    private Problem notUnderstood(String key, Object value) {
        return Problem.of(Problem.Kind.PREFERENCE_NOT_UNDERSTOOD, prefix + key, EntryReader.cut(value));
    }
}
