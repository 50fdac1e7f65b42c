package dev.lectern.search;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.ArticleSource;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an article's file as it is now. The index keeps no copy of the texts it covers: snippets are cut from the
 * files, and an article is re-read when its notes change.
 */
@FunctionalInterface
public interface SourceFiles {

    /** The decoded text of the article's file. */
    ArticleSource read(ArticleId id) throws IOException;

    /** The files of the library at root, read as the scanner reads them. */
    static SourceFiles under(Path root, ArticleReader reader) {
        return id -> reader.readSource(root, id);
    }
}
