package dev.lectern.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The metadata of one article: what the library lists, filters and shows in a header.
 * It never holds the body, so a library of 100,000 articles stays small in memory.
 *
 * @param id          path relative to the library root
 * @param title       never blank: front matter, first heading, first line or file name
 * @param subtitle    or null
 * @param date        or null when the article has no usable date
 * @param authors     possibly empty
 * @param tags        as written (trimmed); nesting with '/'
 * @param categories  as written; Hexo's nested lists joined with '/'
 * @param description or null
 * @param draft       {@code published: false} or {@code draft: true}
 * @param lang        language from front matter ("zh", "ja", ...) or null
 * @param warnings    problems met while reading (typed, worded by the interface); empty when clean
 * @param size        file size in bytes
 * @param modified    file modification time in milliseconds
 */
public record Article(
        ArticleId id,
        String title,
        String subtitle,
        LocalDate date,
        List<String> authors,
        List<String> tags,
        List<String> categories,
        String description,
        boolean draft,
        String lang,
        List<Problem> warnings,
        long size,
        long modified) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        warnings = List.copyOf(warnings);
    }

    /** Authors joined for display, or an empty string. */
    public String authorLine() {
        return String.join(", ", authors);
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
