package dev.lectern.store;

import dev.lectern.model.Problem;
import java.util.List;

/**
 * What could be read from an annotation file.
 *
 * @param set      every annotation that could be read
 * @param library  the library path written in the file, or null
 * @param problems what could not be read (the details of a {@code Problem} of kind ANNOTATIONS_DAMAGED); empty
 *                 when the file was fully read
 */
public record LoadResult(AnnotationSet set, String library, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
