package dev.lectern.ui.search;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Finds articles by their file's name, for the go-to box: a post's slug ({@code ds2api-01}) is often what a reader
 * remembers, and the only way in when a copied front matter gave it another article's title.
 */
final class FileNames {

    /** Shorter texts would match most names: the titles and tags answer those. */
    static final int MIN_LENGTH = 2;

    private FileNames() {
    }

    /**
     * The articles whose file name (without its folder) holds the text, case aside and a space standing for a
     * hyphen, in library order, at most limit of them and none of those in skip.
     */
    static List<Article> matching(List<Article> articles, String text, int limit, Collection<ArticleId> skip) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        List<Article> found = new ArrayList<>();
        if (typed.length() < MIN_LENGTH || limit <= 0) {
            return found;
        }
        String hyphened = typed.replace(' ', '-');
        for (Article article : articles) {
            String name = name(article.id()).toLowerCase(Locale.ROOT);
            if ((name.contains(typed) || name.contains(hyphened)) && !skip.contains(article.id())) {
                found.add(article);
                if (found.size() == limit) {
                    break;
                }
            }
        }
        return found;
    }

    /** The file's name without its folders. */
    static String name(ArticleId id) {
        String path = id.path();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
