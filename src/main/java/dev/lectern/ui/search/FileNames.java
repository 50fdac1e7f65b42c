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

    private final List<Article> articles;
    /** The articles' file names in lower case, made once per library: 100,000 of them took 15–40 ms a keystroke. */
    private final String[] names;

    /** The names of a library's articles; articles must not change afterwards. */
    FileNames(List<Article> articles) {
        this.articles = articles;
        names = new String[articles.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = name(articles.get(i).id()).toLowerCase(Locale.ROOT);
        }
    }

    /** Whether these are the names of exactly this list of articles. */
    boolean isFor(List<Article> library) {
        return articles == library;
    }

    /**
     * The articles whose file name (without its folder) holds the text, case aside and a space standing for a
     * hyphen, in library order, at most limit of them and none of those in skip.
     */
    List<Article> matching(String text, int limit, Collection<ArticleId> skip) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        List<Article> found = new ArrayList<>();
        if (typed.length() < MIN_LENGTH || limit <= 0) {
            return found;
        }
        String hyphened = typed.replace(' ', '-');
        for (int i = 0; i < names.length && found.size() < limit; i++) {
            if ((names[i].contains(typed) || names[i].contains(hyphened)) && !skip.contains(articles.get(i).id())) {
                found.add(articles.get(i));
            }
        }
        return found;
    }

    /** The file's name without its folders, or with its folder for a folder's index: {@code floc/index.md}. */
    static String name(ArticleId id) {
        return id.isFolderIndex() ? id.folderName() + "/" + id.fileName() : id.fileName();
    }
}
