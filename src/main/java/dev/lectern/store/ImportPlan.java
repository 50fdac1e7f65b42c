package dev.lectern.store;

import dev.lectern.model.Annotation;
import dev.lectern.model.ColorNames;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import would do, before anything is stored: the caller asks about the duplicates, then stores
 * {@link #fresh()} and, if the reader agrees, {@link #duplicates()}.
 *
 * @param fresh      annotations whose ids the file does not hold yet
 * @param duplicates annotations whose ids the file holds with other content (importing them overwrites)
 * @param unchanged  how many were already there exactly as imported
 * @param problems   items that were skipped, as problems for the caller to word
 * @param colorNames the colour names the file gives (lectern:colorName)
 * @param found      sources no article has any more (renamed since the export) whose annotations go to the one article
 *                   whose text holds their passages, as {@link Problem.Kind#IMPORT_SOURCE_FOUND_BY_TEXT} to tell
 */
public record ImportPlan(List<Annotation> fresh, List<Annotation> duplicates, int unchanged, List<Problem> problems,
                         Map<HighlightColor, String> colorNames, List<Problem> found) {

    public ImportPlan {
        found = List.copyOf(found);
        fresh = List.copyOf(fresh);
        duplicates = List.copyOf(duplicates);
        problems = List.copyOf(problems);
        colorNames = Map.copyOf(colorNames);
    }

    /**
     * Stores the plan: the fresh annotations, the duplicates too when overwrite, and the colour names the file gives
     * for colours the library has not named.
     */
    public void applyTo(AnnotationStore store, boolean overwrite) {
        store.importAll(fresh);
        if (overwrite) {
            store.importAll(duplicates);
        }
        ColorNames current = store.colorNames();
        Map<HighlightColor, String> names = new EnumMap<>(HighlightColor.class);
        names.putAll(current.names());
        colorNames.forEach(names::putIfAbsent);
        if (!names.equals(current.names())) {
            store.nameColors(names);
        }
    }
}
