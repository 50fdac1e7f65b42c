package dev.lectern.library;

import dev.lectern.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares equal values between articles: tags, categories, authors, languages, dates and whole
 * label lists repeat across a library, so one instance of each keeps 100,000 articles small.
 * Thread-safe; meant to live for one scan or one cache load.
 */
final class Interner {

    private final Map<Object, Object> values = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T intern(T value) {
        return value == null ? null : (T) values.computeIfAbsent(value, v -> v);
    }

    List<String> internList(List<String> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<String> shared = new ArrayList<>(list.size());
        for (String item : list) {
            shared.add(intern(item));
        }
        return intern(List.copyOf(shared));
    }

    /** The same article with its repeated parts shared. */
    Article intern(Article a) {
        LocalDate date = intern(a.date());
        return new Article(a.id(), a.title(), a.subtitle(), date, internList(a.authors()), internList(a.tags()),
                internList(a.categories()), a.description(), a.draft(), intern(a.lang()), a.warnings().isEmpty() ? List.of() : intern(a.warnings()),
                a.size(), a.modified());
    }
}
