package dev.lectern.store;

import dev.lectern.model.ArticleId;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the library article an imported annotation's target names: a path relative to the library (Lectern's own
 * exports), a {@code file:} URI under it, or a web address whose last segment is an article's file name (a Jekyll
 * post {@code /2020/01/05/reinvent-nights/} is {@code 2020-01-05-reinvent-nights.md}).
 */
public final class ImportSources {

    private static final ArticleId AMBIGUOUS = new ArticleId("\u0000ambiguous");

    private final Path root;
    private final List<ArticleId> articles;
    private final Map<String, ArticleId> byPath = new HashMap<>();
    /** Each file name without its extension, and each of its ends after a '-' (a Jekyll post's name past its date). */
    private final Map<String, ArticleId> byStem = new HashMap<>();
    private final Map<String, ArticleId> byStemEnd = new HashMap<>();

    /** The articles of a library, as its scan lists them. */
    public ImportSources(Path root, Collection<ArticleId> articles) {
        this.root = root;
        this.articles = List.copyOf(articles);
        for (ArticleId article : articles) {
            byPath.putIfAbsent(article.path(), article);
            String stem = article.isFolderIndex() ? folderOf(article) : article.stem();
            if (stem.isEmpty()) {
                continue;
            }
            only(byStem, stem, article);
            for (int dash = stem.indexOf('-'); dash >= 0; dash = stem.indexOf('-', dash + 1)) {
                only(byStemEnd, stem.substring(dash + 1), article);
            }
        }
    }

    /** Keeps a name that one article has; one that several have (2,668 index.md in corpus B) names none. */
    private static void only(Map<String, ArticleId> names, String name, ArticleId article) {
        ArticleId before = names.putIfAbsent(name, article);
        if (before != null && !before.equals(article)) {
            names.put(name, AMBIGUOUS);
        }
    }

    private static String folderOf(ArticleId article) {
        String path = article.path();
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(path.lastIndexOf('/', slash - 1) + 1, slash);
    }

    /** The library's articles, as given. */
    public List<ArticleId> articles() {
        return articles;
    }

    /** The article an imported target's source names, if the library has it. */
    public Optional<ArticleId> resolve(String source) {
        try {
            URI uri = URI.create(source.replace(" ", "%20"));
            if ("file".equals(uri.getScheme())) {
                Path file = Path.of(uri).normalize();
                return file.startsWith(root) ? exact(root.relativize(file).toString().replace('\\', '/')) : Optional.empty();
            }
            if (uri.getScheme() != null) {
                return byLastSegment(uri.getPath() == null ? "" : uri.getPath());
            }
        } catch (IllegalArgumentException e) {
            // not a URI: a plain path
        }
        return exact(source);
    }

    private Optional<ArticleId> exact(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    private Optional<ArticleId> byLastSegment(String path) {
        String[] segments = path.replaceAll("/+$", "").split("/");
        String last = segments.length == 0 ? "" : segments[segments.length - 1].replaceFirst("\\.[a-z]+$", "");
        if (last.isEmpty()) {
            return Optional.empty();
        }
        ArticleId found = byStem.getOrDefault(last, byStemEnd.get(last));
        return found == null || found == AMBIGUOUS ? Optional.empty() : Optional.of(found);
    }
}
