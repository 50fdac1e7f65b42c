package dev.lectern.ui.session;

import dev.lectern.library.LibraryChanges;
import dev.lectern.model.Article;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The article the open one became when its file was renamed or moved while the window shows it: among the articles
 * that came in the same batch of changes, the one with the file's size and time (a rename keeps both), else the only
 * one with its title and date. The reader then shows that one, so what is made on the page is filed under the path
 * that exists (it was filed under the old one, and left there).
 */
final class RenamedArticle {

    private RenamedArticle() {
    }

    static Optional<Article> of(Article open, LibraryChanges changes) {
        if (open == null || !changes.removed().contains(open.id())) {
            return Optional.empty();
        }
        List<Article> came = changes.addedOrChanged().stream().filter(a -> !a.id().equals(open.id())).toList();
        Optional<Article> sameFile = unique(came.stream()
                .filter(a -> a.size() == open.size() && a.modified() == open.modified()).toList());
        return sameFile.isPresent() ? sameFile : unique(came.stream()
                .filter(a -> a.title().equals(open.title()) && Objects.equals(a.date(), open.date())).toList());
    }

    private static Optional<Article> unique(List<Article> found) {
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
