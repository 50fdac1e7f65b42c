package dev.lectern.app.cli;

import dev.lectern.library.ArticleHome;
import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code lectern render FILE [--library DIR]}: prints the page the reading pane would load for FILE, in DIR or else in
 * the library the reader opens FILE in when it is given alone ({@link ArticleHome}).
 */
public final class RenderCommand {

    private final ArticleReader reader;
    private final PageRenderer renderer;
    private final PrintStream out;

    public RenderCommand(ArticleReader reader, PageRenderer renderer, PrintStream out) {
        this.reader = reader;
        this.renderer = renderer;
        this.out = out;
    }

    public int run(Path file, Path library) throws IOException {
        Path article = file.toAbsolutePath().normalize();
        if (Files.isDirectory(article)) {
            throw new IOException(file + " is a folder: render takes one article's file (lectern DIR opens a folder)");
        }
        if (!Files.exists(article)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(article)) {
            throw new IOException(file + " is not a plain file (a pipe or a device): Lectern reads only files");
        }
        if (!Files.isReadable(article)) {
            throw new java.nio.file.AccessDeniedException(file.toString(), null, "permission denied");
        }
        if (!ArticleReader.isArticleFile(article)) {
            // render notes.txt printed a page of it while the reader refuses it; a PNG gave a page of garbage
            throw new FileSystemException(file.toString(), null,
                    "not a Markdown article (.md, .markdown, .mdown, .mkd, .mdx)");
        }
        // without --library, the library the reader opens the file in when given alone: a vault's note its vault
        Path found = library != null ? null
                : ArticleHome.libraryOf(article, null, java.util.List.of(), Path.of(System.getProperty("user.home")));
        // a file loose in the home folder renders beside its folder, which is only read for the links it names
        Path root = (library != null ? library : found != null ? found : article.toAbsolutePath().getParent())
                .toAbsolutePath().normalize();
        if (!article.startsWith(root)) {
            throw new IOException(file + " is not inside the library " + root);
        }
        Article meta = reader.read(root, article);
        ArticleReader.Body body = reader.readBody(root, new ArticleId(root.relativize(article).toString()),
                ArticleReader.BODY_BYTES);
        out.print(renderer.renderPage(meta, body.text(), body.properties(), RenderOptions.defaults(root, article)).html());
        out.flush();
        return 0;
    }
}
