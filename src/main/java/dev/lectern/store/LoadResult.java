package dev.lectern.store;

import java.util.List;

/**
 * What could be read from an annotation file.
 *
 * @param set      every annotation that could be read
 * @param library  the library path written in the file, or null
 * @param problems what could not be read (English details, carried as a value of a {@code Problem} of kind
 *                 ANNOTATIONS_DAMAGED); empty when the file was fully read
 */
public record LoadResult(AnnotationSet set, String library, List<String> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
