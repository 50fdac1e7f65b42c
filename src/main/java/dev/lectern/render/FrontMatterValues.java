package dev.lectern.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The plain values of an article's front matter, found by the dotted path a template names them by: Chrome docs'
 * {@code [registration page]({{origin_trial.url}})} reads {@code url} under {@code origin_trial}. Only block mappings
 * and one-line scalars are read (quoted or not); lists, block texts, anchors and flow collections stand for no value.
 * A lookup walks at most the front matter's lines, which the renderer bounds, and each path is looked up once.
 */
final class FrontMatterValues {

    static final FrontMatterValues NONE = new FrontMatterValues(List.of());

    /** A path of at most six keys: what a template expression names a value by. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][\\w-]{0,100}(?:\\.[A-Za-z_][\\w-]{0,100}){0,5}");

    private final List<String> lines;
    private final Map<String, String> found = new HashMap<>();

    private FrontMatterValues(List<String> lines) {
        this.lines = lines;
    }

    /** The values of this front matter text (without its fences). */
    static FrontMatterValues of(String yaml) {
        return yaml.isBlank() ? NONE : new FrontMatterValues(List.of(yaml.replace("\r", "").split("\n")));
    }

    /**
     * The value a template expression stands for ({@code origin_trial.url}, {@code title | safe}: filters are left
     * out), or null when it is no path or the front matter has no plain value there.
     */
    String valueOf(String expression) {
        int filter = expression.indexOf('|');
        String path = (filter < 0 ? expression : expression.substring(0, filter)).strip();
        if (lines.isEmpty() || !PATH.matcher(path).matches()) {
            return null;
        }
        if (!found.containsKey(path)) {
            found.put(path, lookUp(path.split("\\."))); // a miss too (computeIfAbsent keeps no null)
        }
        return found.get(path);
    }

    private String lookUp(String[] keys) {
        int parentIndent = -1;
        int line = 0;
        for (int k = 0; k < keys.length; k++) {
            int at = find(keys[k], line, parentIndent);
            if (at < 0) {
                return null;
            }
            String text = lines.get(at);
            int indent = indentOf(text);
            String value = text.substring(indent + keys[k].length() + 1).strip();
            if (k == keys.length - 1) {
                return scalar(value);
            }
            if (!value.isEmpty() && !value.startsWith("#")) {
                return null; // a value where a mapping was looked for
            }
            parentIndent = indent;
            line = at + 1;
        }
        return null;
    }

    /** The line of {@code key:} among the entries under the parent (all lines from {@code from} indented deeper). */
    private int find(String key, int from, int parentIndent) {
        int childIndent = -1;
        for (int i = from; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            int indent = indentOf(text);
            if (indent <= parentIndent) {
                return -1;
            }
            if (childIndent < 0) {
                childIndent = indent;
            }
            if (indent == childIndent && text.startsWith(key + ":", indent)
                    && (text.length() == indent + key.length() + 1 || text.charAt(indent + key.length() + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static int indentOf(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A one-line scalar as YAML reads it, or null for anything else. */
    private static String scalar(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '\'' || value.charAt(0) == '"')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            String inside = value.substring(1, value.length() - 1);
            return value.charAt(0) == '\'' ? inside.replace("''", "'") : inside;
        }
        if (value.isEmpty() || "|>[{&*!'\"%@`".indexOf(value.charAt(0)) >= 0) {
            return null;
        }
        int comment = value.indexOf(" #");
        return (comment < 0 ? value : value.substring(0, comment)).strip();
    }
}
