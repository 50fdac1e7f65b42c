package dev.lectern.app;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.ScanListener;
import dev.lectern.model.Article;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link SmallHeapCLocaleTest}: scans a folder of hostile files and renders each one, printing
 * "ok PATH TITLE MS" per article and "done N" at the end; any Throwable escaping would end it without "done".
 */
public final class HostileFilesProbe {

    private HostileFilesProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        ArticleReader reader = new ArticleReader();
        PageRenderer renderer = new PageRenderer();
        List<Article> articles = new LibraryScanner(reader, 2).scan(root, ScanListener.NONE, () -> false).articles();
        for (Article article : articles) {
            long start = System.nanoTime();
            String body = reader.readBody(root, article.id());
            Path file = root.resolve(article.id().path());
            String html = renderer.render(article, body, RenderOptions.defaults(root, file));
            System.out.println("ok " + article.id().path() + " " + article.title().length() + " "
                    + (System.nanoTime() - start) / 1_000_000 + " ms " + html.length());
        }
        System.out.println("done " + articles.size() + " files, heap max " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB, file.encoding " + System.getProperty("file.encoding") + ", locale " + java.util.Locale.getDefault());
        Files.writeString(root.resolve("probe-finished.txt"), "yes");
    }
}
