package dev.lectern.ui.reader;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Problem;
import dev.lectern.render.Furigana;
import dev.lectern.render.MarkRuns;
import dev.lectern.render.MarkdownLimits;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderOptions;
import dev.lectern.render.RenderedPage;
import dev.lectern.render.Script;
import dev.lectern.render.Theme;
import dev.lectern.store.ReadingMemory;
import dev.lectern.ui.common.OpenArticle;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final LastPage lastPage;
    private final LinkPreviews previews;
    /** What the page on screen was rendered from ({@link #keyOf}); null when it is not one to keep. */
    private String shownKey;
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RenderedPage> page = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final IntegerProperty textSize = new SimpleIntegerProperty(100);
    private final BooleanProperty latinSpacing = new SimpleBooleanProperty(false);
    private final BooleanProperty serif = new SimpleBooleanProperty(false);
    private final BooleanProperty wide = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper cut = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<Problem>> warnings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Place> place = new ReadOnlyObjectWrapper<>();
    /** Jumps within the open page that Back returns through, and those Back undid that Forward makes again. */
    private final ArrayDeque<Jump> jumps = new ArrayDeque<>();
    private final ArrayDeque<Jump> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBackWithinPage = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoForwardWithinPage = new ReadOnlyBooleanWrapper();
    /** The articles whose warnings the reader closed, so they stay closed while the window is open. */
    private final Set<ArticleId> warningsClosed = new HashSet<>();
    private final ObjectProperty<Script> defaultScript = new SimpleObjectProperty<>(Script.AS_WRITTEN);
    private final ReadOnlyObjectWrapper<Script> script = new ReadOnlyObjectWrapper<>(Script.AS_WRITTEN);
    private final BooleanProperty furigana = new SimpleBooleanProperty(false);
    private final ObjectProperty<Furigana> furiganaLevel = new SimpleObjectProperty<>(Furigana.ALL);
    private final AtomicLong request = new AtomicLong();
    /**
     * The renders under way, by what they render from ({@link #keyOf}), each with the latest request that waits for it
     * (touched on the FX thread only): a render cannot be stopped, so asking again for one under way (clicks on a slow
     * article) waits for it rather than starting another beside it.
     */
    private final Map<String, Long> rendering = new HashMap<>();
    private Path root;
    /** The article the reader chose to open whole although it is larger than {@link ArticleReader#BODY_BYTES}. */
    private volatile ArticleId openedWhole;
    /** The last article's page, rendered ahead of its first showing; null once asked for. */
    private volatile FirstPage firstPage;

    /**
     * The largest article "open anyway" reads: parsing, sanitising and laying out take many times the text's size in
     * memory (200 MB grew the process past 4 GB and showed nothing for minutes), while 32 MB renders in 30 s within a
     * 1 GB heap (0.8 GB resident), the default heap of a 4 GB machine. Past it the first part stays, and the line over
     * it says the article is too large to show whole.
     */
    static final long WHOLE_BYTES = 32L * 1024 * 1024;

    public ReaderViewModel(ArticleReader reader, PageRenderer renderer, Executor background, Executor fx,
                           ReadingMemory memory) {
        this(reader, renderer, background, fx, memory, LastPage.NONE);
    }

    /** @param lastPage the copy of the page on screen at the last close, shown first by {@link #prepareFirst} */
    public ReaderViewModel(ArticleReader reader, PageRenderer renderer, Executor background, Executor fx,
                           ReadingMemory memory, LastPage lastPage) {
        this.lastPage = lastPage;
        this.reader = reader;
        this.renderer = renderer;
        this.background = background;
        this.fx = fx;
        this.memory = memory;
        this.previews = new LinkPreviews(reader, () -> root, background, fx);
        defaultScript.addListener((obs, was, now) -> reload());
        furigana.addListener((obs, was, now) -> reload());
        furiganaLevel.addListener((obs, was, now) -> reload());
        latinSpacing.addListener((obs, was, now) -> reload());
    }

    /** The cards shown over links to other articles of the open library. */
    public LinkPreviews previews() {
        return previews;
    }

    /** Shows an article of the library at root; a newer call wins over a slower older one. */
    public void show(Path libraryRoot, Article shown) {
        FirstPage early = firstPage;
        if (shown == null && early != null && early.isIn(libraryRoot) && article.get() != null) {
            return; // the last article, shown ahead of its library's list, stays while the list loads
        }
        long id = request.incrementAndGet();
        root = libraryRoot;
        if (libraryRoot != null) {
            memory.setLibrary(libraryRoot);
        }
        if (shown == null || article.get() == null || !article.get().id().equals(shown.id())) {
            jumps.clear();
            undone.clear();
            canGoBackWithinPage.set(false);
            canGoForwardWithinPage.set(false);
        }
        article.set(shown);
        showWarnings(shown);
        if (shown == null) {
            if (early != null && !early.isIn(libraryRoot)) {
                firstPage = null;
            }
            notice.set(null);
            cut.set(false);
            page.set(null);
            return;
        }
        script.set(scriptOf(shown.id()));
        memory.opened(shown.id());
        RenderOptions options = options(libraryRoot, shown.id());
        firstPage = null;
        if (early != null && early.isFor(shown.id(), options)) {
            early.whenReady(shown, rendered -> {
                if (rendered.copy()) {
                    // the copy kept at the last close is checked against a render (an image may have come or gone)
                    background.execute(() -> publishUnlessSame(id, render(libraryRoot, shown, options)));
                } else {
                    publish(id, rendered);
                }
            }, () -> fx.execute(() -> renderOnce(id, libraryRoot, shown, options))); // may come from the background
            return;
        }
        renderOnce(id, libraryRoot, shown, options);
    }

    /** Renders in the background for request id, unless the same render is under way: then id waits for that one. */
    private void renderOnce(long id, Path libraryRoot, Article shown, RenderOptions options) {
        String key = keyOf(shown, options) + (shown.id().equals(openedWhole) ? "\nwhole" : "");
        boolean running = rendering.containsKey(key);
        rendering.put(key, id);
        if (!running) {
            background.execute(() -> {
                Shown rendered = render(libraryRoot, shown, options);
                fx.execute(() -> apply(rendering.remove(key), rendered));
            });
        }
    }

    /**
     * The open article's file was renamed or moved to shown's: its reading state (place, progress, choices) goes with
     * it, and the page is shown under its new path, at the same place.
     */
    public void renamed(Path libraryRoot, ArticleId from, Article shown) {
        memory.move(from, shown.id());
        show(libraryRoot, shown);
    }

    /**
     * Reads and renders the article read last time in the background and shows it as soon as it is ready, before the
     * library lists it (call before any {@link #show}). When the list then opens that same article (same file, same
     * reading choices), the page already shown stays; otherwise the article is rendered as usual. Opening another
     * library or article first cancels it.
     */
    public void prepareFirst(Path libraryRoot, ArticleId id) {
        memory.setLibrary(libraryRoot);
        RenderOptions options = options(libraryRoot, id);
        FirstPage early = new FirstPage(id, options);
        firstPage = early;
        background.execute(() -> early.prepare(() -> reader.read(libraryRoot, libraryRoot.resolve(id.path())),
                shown -> copyOrRender(libraryRoot, shown, options)));
        early.whenPrepared((ready, rendered) -> fx.execute(() -> {
            if (firstPage == early && article.get() == null) {
                long first = request.incrementAndGet();
                root = libraryRoot;
                article.set(ready);
                showWarnings(ready);
                script.set(scriptOf(id));
                apply(first, rendered);
            }
        }));
    }

    /** Warms the renderer up in the background (what {@link #prepareFirst} does when there is a last article). */
    public void warmUp() {
        background.execute(renderer::warmUp);
    }

    /** The page kept at the last close when it was rendered from this same file with the same choices, else a render. */
    private Shown copyOrRender(Path libraryRoot, Article shown, RenderOptions options) {
        String key = keyOf(shown, options);
        RenderedPage kept = lastPage.find(key, options.loadRemoteImages());
        return kept != null ? new Shown(kept, null, false, key, true) : render(libraryRoot, shown, options);
    }

    /**
     * Keeps a copy of the page on screen for the next start ({@link LastPage}), unless it is one shown with a notice
     * (cut, plain, unreadable). Call when the window closes.
     */
    public void keepLastPage() {
        RenderedPage shown = page.get();
        if (shown != null && shownKey != null) {
            lastPage.keep(shownKey, shown);
        }
    }

    /** What a page is rendered from: every reading choice (the file's path among them) and the file's size and time. */
    private static String keyOf(Article article, RenderOptions options) {
        return options + "\n" + article.size() + "@" + article.modified();
    }

    private void publish(long id, Shown rendered) {
        fx.execute(() -> apply(id, rendered));
    }

    /** Publishes a page, unless it is the very page already on screen (which then stays, not loaded again). */
    private void publishUnlessSame(long id, Shown rendered) {
        fx.execute(() -> {
            if (id == request.get() && rendered.notice() == null && rendered.page().equals(page.get())) {
                shownKey = rendered.key();
            } else {
                apply(id, rendered);
            }
        });
    }

    private void apply(long id, Shown rendered) {
        if (id == request.get()) {
            shownKey = rendered.key();
            notice.set(rendered.notice());
            cut.set(rendered.cut());
            page.set(rendered.page());
        }
    }

    private void showWarnings(Article shown) {
        boolean hidden = shown == null || warningsClosed.contains(shown.id());
        warnings.set(hidden ? List.of() : shown.warnings());
    }

    /**
     * The problems met reading the open article's file (front matter that does not parse, a date that is not a
     * date...), for the line over the page; empty when it has none or the reader closed them for this article.
     */
    public ReadOnlyObjectProperty<List<Problem>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** Hides the open article's warnings until the window is closed (the list still marks the article). */
    public void closeWarnings() {
        if (article.get() != null) {
            warningsClosed.add(article.get().id());
            warnings.set(List.of());
        }
    }

    /** Renders the current article again, keeping the reading position. */
    public void reload() {
        firstPage = null; // rendered again, not the page made ahead of the library's list
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

    /** Flips vertical writing for the current article (a Chinese or Japanese one) and renders it again. */
    public void toggleVertical() {
        RenderedPage current = page.get();
        if (article.get() != null && current != null && canBeVertical(current)) {
            memory.setVertical(article.get().id(), !memory.vertical(article.get().id()));
            reload();
        }
    }

    /** Whether a page can be set vertically: Chinese and Japanese pages can. */
    public static boolean canBeVertical(RenderedPage rendered) {
        return rendered != null && (rendered.lang().startsWith("zh") || rendered.lang().startsWith("ja"));
    }

    /** Whether the open article is read in vertical writing. */
    public boolean isVertical() {
        return article.get() != null && canBeVertical(page.get()) && memory.vertical(article.get().id());
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

    private RenderOptions options(Path libraryRoot, ArticleId shown) {
        Path file = libraryRoot.resolve(shown.path());
        return new RenderOptions(libraryRoot, file, theme.get(), textSize.get(),
                memory.lineBreaks(shown), memory.remoteImagesAllowed(shown))
                .withVertical(memory.vertical(shown)).withLatinSpacing(latinSpacing.get()).withSerif(serif.get()).withWide(wide.get())
                .withScript(scriptOf(shown)).withFurigana(furigana.get() ? furiganaLevel.get() : Furigana.OFF);
    }

    /** The script the article is shown in: its own choice, else the default. */
    private Script scriptOf(ArticleId shown) {
        Script chosen = Script.fromKey(memory.script(shown));
        return chosen != null ? chosen : defaultScript.get();
    }

    /** Shows the current article (now and whenever it is opened again) in a script; the file is never changed. */
    public void setScript(Script chosen) {
        if (article.get() != null && chosen != null) {
            memory.setScript(article.get().id(), chosen.key());
            reload();
        }
    }

    /** The script the open article is shown in (Chinese articles only are converted). */
    public ReadOnlyObjectProperty<Script> scriptProperty() {
        return script.getReadOnlyProperty();
    }

    /** The script of articles for which none was chosen; changing it renders the open article again. */
    public ObjectProperty<Script> defaultScriptProperty() {
        return defaultScript;
    }

    /** Whether readings are shown over the kanji of Japanese articles. */
    public BooleanProperty furiganaProperty() {
        return furigana;
    }

    /** Which kanji get readings when they are shown ({@link Furigana#OFF} is not a level). */
    public ObjectProperty<Furigana> furiganaLevelProperty() {
        return furiganaLevel;
    }

    /** Reads the whole of the open article although it is over the size cap ("open anyway"), and renders it again. */
    public void openWhole() {
        if (article.get() != null && article.get().size() <= WHOLE_BYTES) {
            openedWhole = article.get().id();
            // reading and laying out tens of megabytes takes a while: the line says so until the page comes
            notice.set(t("reader.openingWhole", megabytes(article.get().size())));
            cut.set(false);
            reload();
        }
    }

    /**
     * A rendered page with the sentence to show above it (null for none), whether the article was cut, what it was
     * rendered from ({@link #keyOf}; null for a page not to keep) and whether it is the copy kept at the last close.
     */
    record Shown(RenderedPage page, String notice, boolean cut, String key, boolean copy) {
    }

    /** Reads and renders; whatever goes wrong with this one article (any Throwable) becomes a page that says why. */
    private Shown render(Path libraryRoot, Article shown, RenderOptions options) {
        try {
            boolean whole = shown.id().equals(openedWhole);
            ArticleReader.Body body = reader.readBody(libraryRoot, shown.id(), whole ? WHOLE_BYTES : ArticleReader.BODY_BYTES);
            RenderedPage rendered = renderer.renderPage(shown, body.text(), body.properties(), options);
            MarkdownLimits.Breach breach = MarkdownLimits.check(body.text());
            String plain = breach == null ? null : t("reader.plain", t("reader.plain." + breach.name().toLowerCase(java.util.Locale.ROOT)));
            boolean tooLarge = body.fileSize() > WHOLE_BYTES;
            String cut = !body.cut() ? null : t(tooLarge ? "reader.tooLarge" : "reader.cut", megabytes(body.bytesRead()),
                    megabytes(body.fileSize()));
            if (plain == null && MarkRuns.over(body.text())) {
                plain = t("reader.marksCut", MarkRuns.MAX_MARKS);
            }
            // a long article's first part shown as plain text says both, as both are true
            String note = cut != null && plain != null ? cut + " " + plain : cut != null ? cut : plain != null ? plain
                    : rendered.partlyUpright() ? t("reader.partlyUpright", RenderedPage.MOST_UPRIGHT)
                    : madeOfTemplates(body.text(), rendered) ? t("reader.templatesOnly") : null;
            // "open anyway" is offered only to an article it can show whole
            return new Shown(rendered, note, body.cut() && !tooLarge, note == null && !whole ? keyOf(shown, options) : null,
                    false);
        } catch (Exception | Error e) {
            LOG.log(System.Logger.Level.WARNING, "could not show " + shown.id(), e);
            String reason = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' ');
            return new Shown(renderer.renderPlain(shown, t("reader.unreadable") + "\n\n" + reason, options),
                    t("reader.unreadable") + " " + reason, false, null, false);
        }
    }

    /**
     * A post made of site template tags whose files the archive lacks ({% include posts/….md %} through markdownify):
     * the page shows no word of it, which would otherwise look like a fault of the reader. (The header carries the
     * reading time only when the body has words.)
     */
    private static boolean madeOfTemplates(String source, RenderedPage rendered) {
        return source.contains("{%") && !rendered.html().contains("class=\"reading-time\"");
    }

    private static String megabytes(long size) {
        return String.format(java.util.Locale.ROOT, "%.1f", size / (1024.0 * 1024.0));
    }

    /**
     * A place in an article's page that a followed link (or Back) leads to: the id of one of its elements, else a
     * position from 0.0 (start) to 1.0 (end).
     */
    public record Place(ArticleId article, String anchor, double position) {

        public Place(ArticleId article, String anchor) {
            this(article, anchor, Double.NaN);
        }
    }

    /** The most jumps within one page that Back can return through. */
    static final int MOST_JUMPS = 100;

    /** A jump within the page: from a scroll position to an anchor. */
    private record Jump(double from, String anchor) {
    }

    /**
     * A link within the page (a footnote, a table of contents) moved the reader from this position to the anchor:
     * Back returns there, and Forward, after Back, goes to the anchor again.
     */
    public void jumpedWithinPage(double from, String anchor) {
        if (jumps.size() == MOST_JUMPS) {
            jumps.removeFirst();
        }
        jumps.addLast(new Jump(from, anchor));
        undone.clear();
        canGoBackWithinPage.set(true);
        canGoForwardWithinPage.set(false);
        tellJumped();
    }

    private final List<java.util.function.Consumer<ArticleId>> jumpListeners = new java.util.ArrayList<>();

    /**
     * Runs the listener with the open article after each jump within its page (a link followed, or Forward making one
     * again), once the page is there: what counts how far an article was read passes over the part jumped across.
     */
    public void onJumpWithinPage(java.util.function.Consumer<ArticleId> listener) {
        jumpListeners.add(listener);
    }

    private void tellJumped() {
        if (article.get() != null) {
            jumpListeners.forEach(listener -> listener.accept(article.get().id()));
        }
    }

    /** Goes back to where the last jump within the open page left from; false when there was none. */
    public boolean backWithinPage() {
        return step(jumps, undone, jump -> new Place(article.get().id(), null, jump.from()));
    }

    /** Makes the last jump within the open page that Back undid again; false when there was none. */
    public boolean forwardWithinPage() {
        boolean made = step(undone, jumps, jump -> new Place(article.get().id(), jump.anchor()));
        if (made) {
            tellJumped();
        }
        return made;
    }

    private boolean step(ArrayDeque<Jump> from, ArrayDeque<Jump> to, java.util.function.Function<Jump, Place> where) {
        Jump jump = article.get() == null ? null : from.pollLast();
        if (jump != null) {
            to.addLast(jump);
            place.set(null);
            place.set(where.apply(jump));
        }
        canGoBackWithinPage.set(!jumps.isEmpty());
        canGoForwardWithinPage.set(!undone.isEmpty());
        return jump != null;
    }

    /** Whether a jump within the open page that Back undid can be made again. */
    public ReadOnlyBooleanProperty canGoForwardWithinPageProperty() {
        return canGoForwardWithinPage.getReadOnlyProperty();
    }

    /** Whether a jump within the open page can be gone back from. */
    public ReadOnlyBooleanProperty canGoBackWithinPageProperty() {
        return canGoBackWithinPage.getReadOnlyProperty();
    }

    /**
     * Asks for this place of the article's page (the open one's, or the next one's as soon as it is shown) rather than
     * the reading position remembered for it; null or blank asks for nothing.
     */
    public void goTo(ArticleId article, String anchor) {
        place.set(null);
        if (anchor != null && !anchor.isBlank()) {
            place.set(new Place(article, anchor));
        }
    }

    /** The place asked for by {@link #goTo} and not yet reached; null when there is none. */
    public ReadOnlyObjectProperty<Place> placeProperty() {
        return place.getReadOnlyProperty();
    }

    /**
     * The open article's file is gone from the library (deleted, moved out of it, or no longer text): the page stays,
     * to be read to its end or copied from, and says so. Opening the article again, or its file coming back, ends it.
     */
    public void gone(ArticleId id) {
        if (article.get() != null && article.get().id().equals(id)) {
            notice.set(t("reader.gone"));
        }
    }

    /** The view has gone to the place asked for (or found no such place in the page). */
    public void placeReached() {
        place.set(null);
    }

    /** A sentence about how the open article is shown (cut at the size cap, as plain text, unreadable), or null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether the open article was cut at the size cap (then {@link #openWhole()} shows all of it). */
    public ReadOnlyBooleanProperty cutProperty() {
        return cut.getReadOnlyProperty();
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

    /** A thin space between CJK and Latin text on CJK pages (display only); changing it renders the page again. */
    public BooleanProperty latinSpacingProperty() {
        return latinSpacing;
    }

    /**
     * The text in a serif typeface (Song, Ming, Mincho) rather than sans-serif, on every page; the page on screen changes
     * typeface in place (the reader view's), the next are rendered so.
     */
    public BooleanProperty serifProperty() {
        return serif;
    }

    /** A wider column for every page (code and tables get room); the page on screen changes in place. */
    public BooleanProperty wideProperty() {
        return wide;
    }

    public ReadingMemory memory() {
        return memory;
    }
}
