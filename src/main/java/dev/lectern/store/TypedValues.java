package dev.lectern.store;

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
    final List<String> problems = new ArrayList<>();

    TypedValues(Map<?, ?> map) {
        this.map = map;
    }

    <T> T get(String key, Class<T> type, T fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (!type.isInstance(value)) {
            problems.add(key + ": " + describe(value));
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
            problems.add(key + ": " + describe(s));
            return fallback;
        }
        return s == null ? fallback : s;
    }

    Path path(String key) {
        String s = get(key, String.class, null);
        try {
            return s == null ? null : Path.of(s);
        } catch (InvalidPathException e) {
            problems.add(key + ": " + describe(s));
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
            problems.add(key + ": " + describe(items));
            return List.of();
        }
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return "“" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "” is not understood";
    }
}
