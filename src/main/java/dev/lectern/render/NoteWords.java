package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The type and title among a callout tag's positional arguments, with what only styles the box left out: Butterfly's
 * {@code {% note blue 'fas fa-bullhorn' simple %}} names a colour (read as the type of that colour), a Font Awesome
 * icon and a style, none of them a type or a title.
 */
final class NoteWords {

    /** Butterfly's and NexT's style words. */
    private static final Set<String> STYLES = Set.of("simple", "flat", "modern", "disabled", "no-icon");
    /** Butterfly's colours, as the callout types of those colours. */
    private static final Map<String, String> COLOURS = Map.of("default", "note", "blue", "info", "red", "danger",
            "orange", "warning", "green", "success", "purple", "important", "pink", "important");

    private NoteWords() {
    }

    /** The positional arguments that are a type (first) or a title, a colour replaced by its type. */
    static List<String> typeAndTitle(Map<String, String> arguments) {
        List<String> words = new ArrayList<>();
        for (int i = 0; arguments.containsKey(Integer.toString(i)); i++) {
            String value = arguments.get(Integer.toString(i)).strip();
            String lower = value.toLowerCase(Locale.ROOT);
            if (value.isEmpty() || STYLES.contains(lower) || isIcon(lower)) {
                continue;
            }
            words.add(words.isEmpty() ? COLOURS.getOrDefault(lower, value) : value);
        }
        return words;
    }

    /** Whether the words are icon classes: Font Awesome's {@code fas fa-bullhorn}, {@code fa-solid fa-x}. */
    private static boolean isIcon(String value) {
        for (String word : value.split(" ")) {
            if (word.startsWith("fa-")) {
                return true;
            }
        }
        return false;
    }
}
