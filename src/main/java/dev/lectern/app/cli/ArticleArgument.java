package dev.lectern.app.cli;

import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The ARTICLE of {@code lectern note --library DIR ARTICLE}: a path from the library ({@code posts/a.md}), or one from
 * the current folder as the shell's completion gives it ({@code blog/posts/a.md}), or an absolute one, of a file
 * inside the library. Where both readings name different articles of the library, it asks for an absolute path
 * rather than pick one.
 */
final class ArticleArgument {

    private ArticleArgument() {
    }

    /** The article's id in the library at root (absolute, normalised); throws with the path and what is wrong. */
    static ArticleId resolve(Path root, Path given, Path workingFolder) throws IOException {
        Path fromLibrary = root.resolve(given).normalize();
        Path fromHere = workingFolder.toAbsolutePath().resolve(given).normalize();
        boolean inLibrary = Files.exists(fromLibrary);
        boolean here = Files.exists(fromHere) && relativeIn(root, fromHere) != null;
        if (inLibrary && here && !Files.isSameFile(fromLibrary, fromHere)) {
            throw new FileSystemException(given.toString(), null, "names two articles of the library, " + fromLibrary
                    + " and " + fromHere + ": give its absolute path");
        }
        if (!inLibrary && !Files.exists(fromHere)) {
            throw new NoSuchFileException(given.toString(), null, given.isAbsolute() ? "no such file"
                    : "no such file in the library " + root + " or the current folder");
        }
        Path file = inLibrary ? fromLibrary : fromHere;
        FileArguments.readableFile(file);
        String id = relativeIn(root, file);
        if (id == null) {
            throw new FileSystemException(given.toString(), null, "not an article of the library " + root);
        }
        return new ArticleId(id);
    }

    /** The file's path from root, '/'-separated, or null when it lies outside (also after following links). */
    private static String relativeIn(Path root, Path file) throws IOException {
        if (file.startsWith(root) && !file.equals(root)) {
            return root.relativize(file).toString().replace('\\', '/');
        }
        Path realRoot = root.toRealPath();
        Path realFile = file.toRealPath();
        return realFile.startsWith(realRoot) && !realFile.equals(realRoot)
                ? realRoot.relativize(realFile).toString().replace('\\', '/') : null;
    }
}
