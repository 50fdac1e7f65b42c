package dev.lectern.ui.reader;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.render.RenderOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The page of the article read last time, read and rendered while the window is still being built, so that it
 * shows before the library is listed and its first showing from the list waits for no render. It is used only for
 * the same file (same metadata, size and time) shown with the same reading choices; otherwise the article is
 * rendered as usual.
 */
final class FirstPage {

    private final ArticleId id;
    private final RenderOptions options;
    private final CompletableFuture<Prepared> prepared = new CompletableFuture<>();

    private record Prepared(Article article, ReaderViewModel.Shown shown) {
    }

    FirstPage(ArticleId id, RenderOptions options) {
        this.id = id;
        this.options = options;
    }

    /** Reads the article and renders it (background thread); a failure only means the page is rendered again later. */
    void prepare(Callable<Article> read, Function<Article, ReaderViewModel.Shown> render) {
        try {
            Article article = read.call();
            prepared.complete(new Prepared(article, render.apply(article)));
        } catch (Exception | Error e) {
            prepared.complete(null);
        }
    }

    boolean isIn(Path libraryRoot) {
        return libraryRoot != null && options.libraryRoot().equals(libraryRoot.toAbsolutePath().normalize());
    }

    boolean isFor(ArticleId shown, RenderOptions wanted) {
        return id.equals(shown) && options.equals(wanted);
    }

    /** Once prepared (and only if that worked), hands over the article read and its page. */
    void whenPrepared(BiConsumer<Article, ReaderViewModel.Shown> ready) {
        prepared.thenAccept(done -> {
            if (done != null) {
                ready.accept(done.article(), done.shown());
            }
        });
    }

    /**
     * Once prepared, hands over the page when it was rendered from the article now shown, else runs the fallback
     * (on the thread that finished the preparation, or at once when it is done).
     */
    void whenReady(Article shown, Consumer<ReaderViewModel.Shown> page, Runnable otherwise) {
        prepared.thenAccept(ready -> {
            if (ready != null && ready.article().equals(shown)) {
                page.accept(ready.shown());
            } else {
                otherwise.run();
            }
        });
    }
}
