package dev.lectern.app;

import dev.lectern.library.ArticleHome;
import dev.lectern.library.ArticleReader;
import dev.lectern.store.Preferences;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the window opens: the folder given on the command line, or the library read last, or the bundled samples. An
 * article file given instead of a folder ({@code lectern notes/post.md}, or a file manager's "Open with") opens with
 * that article first in the library it belongs to ({@link ArticleHome}): the last or a recent library holding it, else
 * its folder of posts, as a reader opening a file expects.
 *
 * @param library     the folder to list; null when there is none to open yet
 * @param preferences the saved preferences, with that article as the one to show first when a file was given
 * @param notOpened   an article given that was not opened, lying loose in the home folder or the disk's top folder
 *                    (which would list and watch every note of the disk), to be told why while the usual library
 *                    opens; else null
 */
record StartPlace(Path library, Preferences preferences, Path notOpened) {

    StartPlace(Path library, Preferences preferences) {
        this(library, preferences, null);
    }

    static StartPlace of(Path given, Preferences saved, Path fallback, Path home) {
        if (given != null && Files.isRegularFile(given) && ArticleReader.isArticleFile(given)) {
            Path file = given.toAbsolutePath().normalize();
            Path folder = ArticleHome.libraryOf(file, saved.lastLibrary(), saved.recentLibraries(), home);
            if (folder == null) {
                return new StartPlace(of(null, saved, fallback, home).library(), saved, file); // the usual library
            }
            String relative = folder.relativize(file).toString().replace(File.separatorChar, '/');
            return new StartPlace(folder, saved.withLibraryOpened(folder).withLastArticle(relative, 0));
        }
        if (given != null) {
            return new StartPlace(given, saved);
        }
        Path last = saved.lastLibrary();
        // a home folder saved as the last library by an earlier Lectern is not opened again whole
        boolean usable = last != null && Files.isDirectory(last) && !ArticleHome.tooWide(last, home);
        return new StartPlace(usable ? last : fallback, saved);
    }
}
