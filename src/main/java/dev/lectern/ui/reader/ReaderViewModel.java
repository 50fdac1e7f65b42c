package dev.lectern.ui.reader;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderOptions;
import dev.lectern.render.RenderedPage;
import dev.lectern.render.Theme;
import dev.lectern.store.ReadingMemory;
import dev.lectern.ui.common.OpenArticle;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The article being read: reads and renders it off the FX thread and publishes the page to show,
 * with the reader's theme, text size and per-article choices (line breaks, remote images, position).
 */
public final class ReaderViewModel implements OpenArticle {

    private static final System.Logger LOG = System.getLogger(ReaderViewModel.class.getName());
    static final int MIN_TEXT_SIZE = 70;
    static final int MAX_TEXT_SIZE = 200;

    private final ArticleReader reader;
    private final PageRenderer renderer;
    private final Executor background;
    private final Executor fx;
    private final ReadingMemory memory;
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RenderedPage> page = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final IntegerProperty textSize = new SimpleIntegerProperty(100);
    private final AtomicLong request = new AtomicLong();
    private Path root;

    public ReaderViewModel(ArticleReader reader, PageRenderer renderer, Executor background, Executor fx,
                           ReadingMemory memory) {
        this.reader = reader;
        this.renderer = renderer;
        this.background = background;
        this.fx = fx;
        this.memory = memory;
    }

    /** Shows an article of the library at root; a newer call wins over a slower older one. */
    public void show(Path libraryRoot, Article shown) {
        long id = request.incrementAndGet();
        root = libraryRoot;
        if (libraryRoot != null) {
            memory.setLibrary(libraryRoot);
        }
        article.set(shown);
        if (shown == null) {
            page.set(null);
            return;
        }
        RenderOptions options = options(libraryRoot, shown);
        background.execute(() -> {
            RenderedPage rendered = render(libraryRoot, shown, options);
            fx.execute(() -> {
                if (id == request.get()) {
                    page.set(rendered);
                }
            });
        });
    }

    /** Renders the current article again, keeping the reading position. */
    public void reload() {
        if (article.get() != null) {
            show(root, article.get());
        }
    }

    /** Flips "keep line breaks" for the current article and renders it again. */
    public void toggleLineBreaks() {
        RenderedPage current = page.get();
        if (article.get() != null && current != null) {
            memory.setLineBreaks(article.get().id(), !current.lineBreaksKept());
            reload();
        }
    }

    /** Loads the remote images of the current article, now and whenever it is opened again. */
    public void allowRemoteImages() {
        if (article.get() != null) {
            memory.allowRemoteImages(article.get().id());
            reload();
        }
    }

    public void changeTextSize(int delta) {
        textSize.set(delta == 0 ? 100 : Math.max(MIN_TEXT_SIZE, Math.min(MAX_TEXT_SIZE, textSize.get() + delta)));
    }

    private RenderOptions options(Path libraryRoot, Article shown) {
        Path file = libraryRoot.resolve(shown.id().path());
        return new RenderOptions(libraryRoot, file, theme.get(), textSize.get(),
                memory.lineBreaks(shown.id()), memory.remoteImagesAllowed(shown.id()));
    }

    private RenderedPage render(Path libraryRoot, Article shown, RenderOptions options) {
        try {
            String body = reader.readBody(libraryRoot, shown.id());
            return renderer.renderPage(shown, body, options);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "could not read " + shown.id(), e);
            String message = "> **" + t("reader.unreadable") + "**\n>\n> " + e.getClass().getSimpleName()
                    + ": " + String.valueOf(e.getMessage()).replace('\n', ' ') + "\n";
            return renderer.renderPage(shown, message, options);
        }
    }

    @Override
    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    /** The rendered page of the current article, or null when none is open. */
    @Override
    public ReadOnlyObjectProperty<RenderedPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The reading theme; changing it restyles the open page without reloading it. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Text size in percent of the default. */
    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public ReadingMemory memory() {
        return memory;
    }
}
