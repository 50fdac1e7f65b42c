package dev.lectern.library;

import dev.lectern.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads tags or categories from a front matter value: a list, a flow list, or a string split on
 * commas (',' or '，') and '、', otherwise on whitespace as Jekyll does. A list inside the list
 * (Hexo's nested categories) becomes a path "a/b"; {@link #readHierarchy} reads a Hexo post's flat list as one.
 * Items are trimmed (a tag's leading '#' dropped, {@link #readTags}); empty and repeated ones (ignoring case) are dropped; maps and nulls are dropped with a warning.
 */
final class LabelReader {

    private static final Pattern SEPARATORS = Pattern.compile("[,，、]");

    List<String> read(Object value, String key, List<Problem> warnings) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof List<?> nested) {
                    add(labels, path(nested, key, warnings));
                } else if (isScalar(item)) {
                    add(labels, item.toString());
                } else {
                    warnings.add(Problem.of(Problem.Kind.LABEL_NOT_TEXT, key, Problem.Shape.of(item)));
                }
            }
        } else if (value instanceof String text) {
            String[] parts = SEPARATORS.matcher(text).find() ? SEPARATORS.split(text) : text.strip().split("\\s+");
            for (String part : parts) {
                add(labels, part);
            }
        } else if (isScalar(value)) {
            add(labels, value.toString());
        } else if (value != null) {
            warnings.add(Problem.of(Problem.Kind.LABEL_NOT_A_LIST, key, Problem.Shape.of(value)));
        }
        return List.copyOf(labels.values());
    }

    /**
     * Tags, read as {@link #read} reads them, each without one leading '#': {@code tags: ["#idea"]} is the tag idea,
     * as Obsidian reads it (the '#' marks a tag among the words, not part of its name).
     */
    List<String> readTags(Object value, List<Problem> warnings) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String tag : read(value, "tags", warnings)) {
            add(labels, tag.startsWith("#") ? tag.substring(1) : tag);
        }
        return List.copyOf(labels.values());
    }

    /**
     * Hexo's categories: a list of names is one category and its sub-categories ({@code [技术, Java]} is 技术/Java); a
     * list holding lists is several ({@code [[技术, Java], [生活]]}), its names alone each one. Anything else reads as
     * {@link #read} reads it.
     */
    List<String> readHierarchy(Object value, String key, List<Problem> warnings) {
        if (value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(LabelReader::isScalar)) {
            Map<String, String> labels = new LinkedHashMap<>();
            add(labels, path(list, key, warnings));
            return List.copyOf(labels.values());
        }
        return read(value, key, warnings);
    }

    private static String path(List<?> segments, String key, List<Problem> warnings) {
        List<String> parts = new ArrayList<>();
        for (Object segment : segments) {
            if (isScalar(segment)) {
                parts.add(segment.toString().strip());
            } else {
                warnings.add(Problem.of(Problem.Kind.LABEL_NESTED_NOT_TEXT, key, Problem.Shape.of(segment)));
            }
        }
        return String.join("/", parts);
    }

    private static void add(Map<String, String> labels, String label) {
        String trimmed = label.strip();
        if (!trimmed.isEmpty()) {
            labels.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
        }
    }

    static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
}
