package dev.lectern.ui.reader;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.library.SiteLinks;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Problem;
import dev.lectern.render.LinkShield;
import dev.lectern.render.ReaderScripts;
import dev.lectern.render.RenderedPage;
import dev.lectern.render.Theme;
import dev.lectern.ui.common.Icons;
import dev.lectern.ui.common.Messages;
import dev.lectern.ui.common.ReadingPage;
import dev.lectern.ui.common.Tips;
import java.net.URI;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.print.PrinterJob;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.kordamp.ikonli.feather.Feather;

/**
 * The reading pane: a WebView with JavaScript disabled that shows the rendered page and never
 * navigates away from it: its links are shielded ({@link LinkShield}) so WebKit cannot load them, and clicked
 * links (or Enter on a focused one) are classified in Java and handed to the window; theme and
 * text size change the open page in place; the reading position of each article is kept.
 */
public final class ReaderView extends StackPane implements ReadingPage {

    /** The link's address at a point; none on a picture linked to a picture, which the image viewer shows instead. */
    private static final String LINK_AT = "(function(x,y){var e=document.elementFromPoint(x,y);"
            + "if(e&&e.tagName==='IMG'&&e.hasAttribute('data-lt-full')){return null;}"
            + "while(e&&e.tagName!=='A'){e=e.parentElement;}return e?e.getAttribute('href'):null;})(%f,%f)";
    private static final String SELECTED_TEXT = "window.getSelection().toString()";
    private static final String FOCUSED_LINK = "(function(){var e=document.activeElement;"
            + "while(e&&e.tagName!=='A'){e=e.parentElement;}return e?e.getAttribute('href'):null;})()";

    private static final javafx.css.PseudoClass KEYBOARD_FOCUS = javafx.css.PseudoClass.getPseudoClass("keyboard-focus");

    private final WebView web = new WebView();
    private final Label empty = new Label(t("reader.empty"));
    private final ReaderScripts scripts = new ReaderScripts();
    private final DiagramDrawer diagrams;
    private final PageFiles pages = new PageFiles();
    private final ReaderViewModel model;
    private final Consumer<LinkTarget> links;
    private ArticleId shown;
    private boolean ownLoad;
    private String pressedHref;
    /** The pane changed size: the first line noted then is put back once WebKit has the new size. */
    private boolean topLinePending;
    /** The last key pressed was a Space that the reader paged with ({@link #onTyped}). */
    private boolean spacePaged;
    /** What a Space at the article's end does: the window opens the next article, as a feed reader's Space does. */
    private Runnable spacePastEnd = () -> { };
    /** How often, and how many times at most, a loaded page is checked for a viewport before its position is restored. */
    private static final javafx.util.Duration VIEWPORT_CHECK = javafx.util.Duration.millis(20);
    private static final int VIEWPORT_CHECKS = 500;
    /** How often a page still without a viewport after those checks is checked again (a window started minimised). */
    private static final javafx.util.Duration SLOW_VIEWPORT_CHECK = javafx.util.Duration.millis(250);
    /**
     * Opens a closed {@code <details>} that holds more than half of the article's text and runs to its end: its
     * {@code </details>} was lost (a README copied without it), so the whole body after it sat in a collapsed box, and
     * reaching the box's summary counted as having read the article. A box the author closed stays as written.
     */
    static final String OPEN_UNCLOSED_BOX = "(function(){var b=document.querySelector('article.article-body');"
            + "if(!b){return 0;}var all=b.textContent.length,n=0,ds=b.querySelectorAll('details:not([open])');"
            + "for(var i=0;i<ds.length;i++){var d=ds[i],toEnd=d.textContent.length*2>all;"
            + "for(var e=d;toEnd&&e!==b;e=e.parentElement){for(var s=e.nextSibling;s;s=s.nextSibling){"
            + "if(s.textContent.trim()){toEnd=false;break;}}}"
            + "if(toEnd){d.open=true;n++;}}return n;})()";
    /**
     * Where the line {@link ReaderScripts#keepTopLine} noted stands in the article's text: the count of characters of
     * the body's text before it; -1 when none was noted in the body.
     */
    static final String TOP_TEXT_OFFSET = "(function(){var t=window.__ltTop,b=document.querySelector('.article-body');"
            + "if(!t||!t.n||!b||!b.contains(t.n)){return -1;}var w=document.createTreeWalker(b,NodeFilter.SHOW_TEXT,null,false),"
            + "n,c=0;while((n=w.nextNode())){if(n===t.n){return c+Math.max(0,t.o);}if(t.n.nodeType!==3&&t.n.contains(n)){return c;}"
            + "c+=n.nodeValue.length;}return -1;})()";
    /**
     * Scrolls so that the character at this count of the body's text stands at the page's start edge: its top, or the
     * right of a vertical page; false when the text is shorter.
     */
    static final String SCROLL_TO_TEXT = "(function(k){var b=document.querySelector('.article-body');if(!b){return false;}"
            + "var w=document.createTreeWalker(b,NodeFilter.SHOW_TEXT,null,false),n,c=0;while((n=w.nextNode())){"
            + "var l=n.nodeValue.length;if(c+l>k){var r=document.createRange();r.setStart(n,k-c);r.setEnd(n,Math.min(k-c+1,l));"
            + "var e=r.getBoundingClientRect();if(e.width===0&&e.height===0){e=n.parentElement.getBoundingClientRect();}"
            + "if(document.documentElement.classList.contains('vertical')){window.scrollBy(e.right-window.innerWidth,0);}"
            + "else{window.scrollBy(0,e.top);}return true;}c+=l;}return false;})(%d)";
    private static final String HAS_VIEWPORT = "window.innerWidth>0&&window.innerHeight>0";
    /** Pages shown so far: a wait for a viewport ends when another page comes. */
    private int pageLoads;
    /** The scroll position when a link within the page was pressed, or null. */
    private Object pressedFrom;
    /** The page finished loading; it stays on screen (and scriptable) after a link click's load is cancelled. */
    private boolean ready;
    /** The page on screen has had a viewport and its place restored: only then is its position read or kept. */
    private boolean laidOut;
    /** The count of the body's text at the top of the page before it was rendered anew; -1 for none. */
    private int keptText = -1;
    /** The article (as read from its file) whose page is shown. */
    private Article rendered;
    /** "Choose an article" is held back ({@link #holdEmpty}). */
    private boolean emptyHeld;
    /** The page was handed the keyboard by a key ({@link #focusFromKeyboard}): its ring shows until a click or blur. */
    private boolean keyboardHanded;
    private final java.util.List<Runnable> pageReadyListeners = new java.util.ArrayList<>();
    private final java.util.List<Runnable> reflowListeners = new java.util.ArrayList<>();
    /** Pages are held back until the window's first frame ({@link #holdPagesForFirstFrame}); the latest held. */
    private boolean framePending;
    private String heldPage;
    /** The lines over the page, made when first needed ({@link #addLinesWhenNeeded}). */
    private VBox lines;
    private final LinkStatus linkStatus;
    private final HoverBox footnotes;
    private final HoverBox cards;

    /**
     * @param links    follows a clicked link
     * @param describe what following a link does, in a few words, shown while the pointer is over it (null: nothing)
     * @param browser  opens a web address in the system browser (a link's context menu)
     * @param linked   the other article of the library a link opens, whose card shows while the pointer rests on it;
     *                 null for none
     */
    public ReaderView(ReaderViewModel model, Consumer<LinkTarget> links, Function<LinkTarget, String> describe,
                      Consumer<URI> browser, Function<LinkTarget, Article> linked) {
        this.model = model;
        this.links = links;
        diagrams = new DiagramDrawer(this::run, () -> shown, () -> model.themeProperty().get());
        WebEngine engine = web.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.setCreatePopupHandler(features -> null);
        engine.getLoadWorker().stateProperty().addListener((obs, was, state) -> onLoadState(state));
        web.addEventFilter(MouseEvent.MOUSE_PRESSED, this::onPress);
        web.addEventFilter(MouseEvent.MOUSE_CLICKED, this::onClick);
        new CodeCopy(web, this::run);
        ImageViewer images = new ImageViewer(web, this::run);
        footnotes = new HoverBox(web, this::run, new FootnotePreview(), FootnotePreview.DELAY);
        cards = new HoverBox(web, this::run, new LinkPreview(href -> {
            ArticleId page = shown; // the page on screen, whose links these are (the next one may be on its way)
            LinkTarget target = page == null ? null : LinkTarget.of(LinkShield.original(href), page.path());
            Article to = target == null ? null : linked.apply(target);
            return to == null ? null : new LinkPreview.Linked(to, target.anchor());
        }, model.previews(), pages::emojiFont), LinkPreview.DELAY);
        pageReadyListeners.add(images::pageReady);
        web.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        web.addEventFilter(KeyEvent.KEY_TYPED, this::onTyped);
        web.addEventFilter(ScrollEvent.SCROLL, this::onWheel);
        web.setId("reader-web");
        empty.getStyleClass().add("reader-empty");
        model.pageProperty().addListener((obs, was, now) -> show(now));
        // the open article renamed or moved on disk: the page on screen is the same one (often not loaded again, its
        // html unchanged), now under the new path; what paints and finds the highlights by path follows it
        model.memory().onMove((from, to) -> {
            if (from.equals(shown)) {
                shown = to;
            }
        });
        model.themeProperty().addListener((obs, was, now) -> {
            run(scripts.setTheme(now));
            diagrams.themeChanged();
        });
        model.textSizeProperty().addListener((obs, was, now) -> keepingTopLine(scripts.setTextSize(now.intValue())));
        model.serifProperty().addListener((obs, was, now) -> keepingTopLine(scripts.setPageClass("serif", now)));
        model.wideProperty().addListener((obs, was, now) -> keepingTopLine(scripts.setPageClass("wide", now)));
        keepTopLineAcrossResizes();
        model.placeProperty().addListener((obs, was, now) -> goToPlace());
        linkStatus = new LinkStatus(this, web, (x, y) -> {
            PageMenu.Link link = linkAt(x, y);
            return link == null ? null : link.target();
        }, describe);
        new PageMenu(web, this::linkAt, () -> run(SELECTED_TEXT) instanceof String text ? text : null, links, browser);
        getChildren().add(web);
        addLinesWhenNeeded(model);
        getStyleClass().add("reader-view");
        // a ring around the page when it has the keyboard focus through Tab, or was handed it by a key (Go to's Enter,
        // closing the find bar): the page itself cannot draw one; a click in it takes the ring away
        web.focusVisibleProperty().addListener((obs, was, now) -> showRing());
        web.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                keyboardHanded = false;
            }
            showRing();
        });
        web.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            keyboardHanded = false;
            showRing();
        });
        // Tab walks the page's links, then leaves the page; Enter on one follows it (onKey)
        FocusOrder.tabOut(web, forward -> Boolean.TRUE.equals(run(scripts.focusLink(forward))));
        show(model.pageProperty().get());
    }

    /**
     * A text size, typeface or column changed in place: the first line on screen stays where it was. The line is noted
     * now, whatever was noted before: pictures loaded since may have moved the text under an unchanged scroll offset.
     */
    private void keepingTopLine(String change) {
        boolean placed = laidOut && Boolean.TRUE.equals(run(scripts.keepTopLine()));
        run(change);
        if (placed) {
            run(scripts.restoreTopLine());
        }
        if (laidOut) {
            reflowListeners.forEach(Runnable::run);
        }
    }

    /**
     * Keeps the first line on screen where it is when the pane changes size (a side pane hidden or shown, the window
     * resized): WebKit keeps the page's scroll offset, so the text reflowed under it and another passage came to the top.
     * The line is noted when this pane is given its new size, which is before its layout passes that size on to the
     * WebView (so the page still has its old layout), and put back once the page has it. Nothing runs while the page
     * is scrolled: noting it before every frame cost the FX thread milliseconds a frame on a long article.
     */
    private void keepTopLineAcrossResizes() {
        javafx.beans.value.ChangeListener<Number> resized = (obs, was, now) -> {
            if (laidOut && !topLinePending && Boolean.TRUE.equals(run(scripts.keepTopLine()))) {
                topLinePending = true;
                Platform.runLater(() -> {
                    topLinePending = false;
                    if (laidOut) {
                        run(scripts.restoreTopLine());
                        reflowListeners.forEach(Runnable::run);
                    }
                });
            }
        };
        widthProperty().addListener(resized);
        heightProperty().addListener(resized);
    }

    /**
     * Gives the page the keyboard with the ring that says so, as Tab would: for a key that sends the reader to the
     * page (Enter in Go to, Esc in the find bar), where a plain {@code requestFocus} showed no ring.
     */
    public void focusFromKeyboard() {
        web.requestFocus();
        keyboardHanded = true;
        showRing();
    }

    private void showRing() {
        pseudoClassStateChanged(KEYBOARD_FOCUS, web.isFocusVisible() || keyboardHanded && web.isFocused());
    }

    /**
     * Puts the lines over the page (how it is shown, the file's problems) in the pane the first time one has something
     * to say: until then they are not made, so that the first frame lays out no hidden labels and buttons.
     */
    private void addLinesWhenNeeded(ReaderViewModel model) {
        Runnable addIfNeeded = () -> {
            if (lines == null && (model.noticeProperty().get() != null || !model.warningsProperty().get().isEmpty())) {
                lines = new VBox(banner(model), warnings(model));
                lines.setMaxHeight(Region.USE_PREF_SIZE);
                lines.setPickOnBounds(false);
                StackPane.setAlignment(lines, Pos.TOP_CENTER);
                // the lines push the page down rather than cover its title
                lines.heightProperty().addListener((obs, was, now) -> StackPane.setMargin(web, new Insets(now.doubleValue(), 0, 0, 0)));
                getChildren().add(lines);
            }
        };
        model.noticeProperty().addListener((obs, was, now) -> addIfNeeded.run());
        model.warningsProperty().addListener((obs, was, now) -> addIfNeeded.run());
        addIfNeeded.run();
    }

    /** The line over the page saying how the article is shown (cut at the size cap, as plain text, unreadable). */
    private static HBox banner(ReaderViewModel model) {
        Label text = new Label();
        text.textProperty().bind(model.noticeProperty());
        Hyperlink whole = new Hyperlink(t("reader.openWhole"));
        whole.setId("reader-open-whole");
        whole.visibleProperty().bind(model.cutProperty());
        whole.managedProperty().bind(model.cutProperty());
        whole.setOnAction(e -> model.openWhole());
        HBox banner = noticeLine("reader-notice", text, whole);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(model.noticeProperty().isNotNull());
        return banner;
    }

    /** A yellow line over the page with its text and a control; shown only while visible (it takes no room else). */
    private static HBox noticeLine(String id, Label text, javafx.scene.Node control) {
        text.setWrapText(true);
        HBox banner = new HBox(8, text, control);
        banner.setId(id);
        banner.getStyleClass().add("reader-notice");
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** The line over the page listing the problems met reading the article's file, in the interface's language. */
    private static HBox warnings(ReaderViewModel model) {
        Label text = new Label();
        text.setId("reader-warnings-text");
        text.textProperty().bind(Bindings.createStringBinding(() -> warningText(model.warningsProperty().get()),
                model.warningsProperty()));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, Icons.of(Feather.X));
        close.setId("reader-warnings-close");
        close.getStyleClass().add("flat");
        Tips.on(close, t("reader.warnings.close"));
        close.setOnAction(e -> model.closeWarnings());
        HBox banner = noticeLine("reader-warnings", text, close);
        banner.setAlignment(Pos.TOP_LEFT);
        banner.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.warningsProperty().get().isEmpty(),
                model.warningsProperty()));
        return banner;
    }

    /** The most problems the line lists one by one; the status bar's list has them all. */
    static final int WARNINGS_LISTED = 5;

    /** The line's text: how many problems, then the first few, one a line (a file may have hundreds). */
    static String warningText(java.util.List<Problem> problems) {
        StringBuilder text = new StringBuilder(t("reader.warnings", problems.size()));
        problems.stream().limit(WARNINGS_LISTED).forEach(p -> text.append("\n\u2022 ").append(Messages.describe(p)));
        if (problems.size() > WARNINGS_LISTED) {
            text.append("\n\u2022 ").append(t("reader.warnings.more", problems.size() - WARNINGS_LISTED));
        }
        return text.toString();
    }

    private void onLoadState(Worker.State state) {
        if (state == Worker.State.SCHEDULED) {
            if (ownLoad) {
                ownLoad = false;
            } else {
                Platform.runLater(web.getEngine().getLoadWorker()::cancel);
            }
        } else if (state == Worker.State.SUCCEEDED && shown != null) {
            ready = true;
            run(scripts.setTheme(model.themeProperty().get()));
            run(scripts.setTextSize(model.textSizeProperty().get()));
            run(OPEN_UNCLOSED_BOX);
            whenLaidOut(pageLoads, VIEWPORT_CHECKS);
        }
    }

    /**
     * Restores the page's position and tells the listeners it is ready once WebKit has a viewport to lay it out in:
     * the first page of a start, loaded before the window's first layout reached WebKit, was laid out in a viewport
     * zero pixels high, so a position restored then (30% of a very long page) became the end of the article once
     * the viewport had its size, and the article was marked read. Checked every {@link #VIEWPORT_CHECK} {@code checks}
     * times, then every {@link #SLOW_VIEWPORT_CHECK}; a page loaded meanwhile ends the wait. Until then the page's
     * position is neither kept nor read ({@link #shownArticle()} is null).
     */
    private void whenLaidOut(int load, int checks) {
        if (load != pageLoads || !ready) {
            return;
        }
        if (!Boolean.TRUE.equals(run(HAS_VIEWPORT))) {
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(
                    checks > 0 ? VIEWPORT_CHECK : SLOW_VIEWPORT_CHECK);
            wait.setOnFinished(e -> whenLaidOut(load, Math.max(0, checks - 1)));
            wait.play();
            return;
        }
        laidOut = true;
        double position = model.memory().position(shown);
        placedOffset = Double.NaN;
        if (!goToPlace()) {
            boolean atText = keptText >= 0
                    && Boolean.TRUE.equals(run(String.format(Locale.ROOT, SCROLL_TO_TEXT, keptText)));
            if (!atText && position > 0) {
                run(scripts.restoreScroll(position));
            }
            placedOffset = scrollOffset();
        }
        keptText = -1;
        pageReadyListeners.forEach(Runnable::run);
        diagrams.pageReady();
    }

    private void show(RenderedPage page) {
        rememberPosition();
        linkStatus.clear();
        footnotes.clear();
        cards.clear();
        showEmpty(page == null && !emptyHeld);
        web.setVisible(page != null);
        Article article = model.articleProperty().get();
        ArticleId next = page == null || article == null ? null : article.id();
        // the same text rendered anew (vertical writing, line breaks, a script, remote images) opens at the passage on
        // screen: by percentage, code blocks and tables taking another share of the page moved it sections away (a
        // file changed on disk is read again into a new Article, and keeps its place by percentage)
        keptText = next != null && article == rendered && next.equals(shown) && laidOut
                && Boolean.TRUE.equals(run(scripts.keepTopLine()))
                && run(TOP_TEXT_OFFSET) instanceof Number offset ? offset.intValue() : -1;
        rendered = article;
        shown = next;
        ready = false;
        laidOut = false;
        pageLoads++;
        if (page != null) {
            String html = LinkShield.shield(page.html());
            if (framePending) {
                heldPage = html;
            } else {
                load(html);
            }
        }
    }

    /**
     * Deletes the page files of this view once its window is closed: a quick exit that skips shutdown hooks
     * ({@code --exit-after-first-render}, the build's training run) left a folder in the temporary folder each time.
     */
    public void releasePages() {
        pages.deleteAll();
    }

    private void load(String html) {
        ownLoad = true;
        web.getEngine().load(pages.write(html));
    }

    /**
     * Holds pages back until {@link #frameDrawn}: a page that arrives as the window is shown would otherwise be loaded
     * before the window draws its first frame (panes and stand-ins), leaving it blank until the page is painted.
     */
    public void holdPagesForFirstFrame() {
        framePending = true;
    }

    /** The window has drawn its first frame: the page held back, if any, loads now. */
    public void frameDrawn() {
        framePending = false;
        if (heldPage != null) {
            String html = heldPage;
            heldPage = null;
            load(html);
        }
    }

    /** "Choose an article", in the pane from the first time it is shown. */
    private void showEmpty(boolean shown) {
        if (shown && !getChildren().contains(empty)) {
            getChildren().add(1, empty);
        }
        empty.setVisible(shown);
    }

    /**
     * Keeps "Choose an article" out of the pane while the article read last is on its way (a start's first frame then
     * holds no text), until {@link #releaseEmpty}.
     */
    public void holdEmpty() {
        emptyHeld = true;
        getChildren().remove(empty);
    }

    /** Shows "Choose an article" again whenever no page is shown (the first article may have failed). */
    public void releaseEmpty() {
        emptyHeld = false;
        showEmpty(model.pageProperty().get() == null);
    }

    /** Keeps the scroll position of the article on screen, to restore it when it is opened again. */
    public void rememberPosition() {
        if (shown != null && ready && laidOut) {
            movedPlace().ifPresent(place -> model.memory().setPosition(shown, place));
            model.memory().save();
        }
    }

    /**
     * The place of the page on screen (0 top, 1 end) while the reader reads, to save as they go: empty while no page
     * is laid out with its place restored, while a resize is putting its first line back, and until the page moves
     * from the place it was put at (see {@link #placedOffset}).
     */
    public OptionalDouble placeToKeep() {
        return shown != null && ready && laidOut && !topLinePending ? movedPlace() : OptionalDouble.empty();
    }

    /** The page's scroll fraction, unless the page is still where it was put at the place remembered for it. */
    private OptionalDouble movedPlace() {
        Object fraction = run(scripts.scrollFraction());
        if (!(fraction instanceof Number number) || Math.abs(scrollOffset() - placedOffset) <= 1) {
            return OptionalDouble.empty();
        }
        // moved once, every place after is the reader's, the one it opened at too: a place saved as they read, then
        // scrolled back to where the page opened, was kept over it
        placedOffset = Double.NaN;
        return OptionalDouble.of(number.doubleValue());
    }

    /**
     * How far the page was scrolled when it was put at the place remembered for it; NaN once it was put elsewhere (a
     * link's place). Until the page moves from there, leaving it keeps the place remembered rather than the page's: a
     * file rewritten in place by a sync tool (emptied, half written, then whole) is shown empty and half, and each of
     * those pages, unable to scroll to the place, would have replaced it with its top.
     */
    private double placedOffset = Double.NaN;

    /** How far the page is scrolled, in CSS pixels ({@link ReaderScripts#scrollOffset}); NaN without a page. */
    private double scrollOffset() {
        return run(scripts.scrollOffset()) instanceof Number offset ? offset.doubleValue() : Double.NaN;
    }

    /** Scrolls to the place a followed link asked for, once its article's page is ready; false when it did not. */
    private boolean goToPlace() {
        ReaderViewModel.Place wanted = model.placeProperty().get();
        if (wanted == null || !ready || !laidOut || !wanted.article().equals(shown)) {
            return false;
        }
        model.placeReached();
        placedOffset = Double.NaN;
        if (wanted.anchor() == null) {
            run(scripts.restoreScroll(wanted.position()));
            return true;
        }
        return Boolean.TRUE.equals(run(scripts.scrollToAnchor(wanted.anchor())));
    }

    /**
     * Scrolls to a heading of the open page (chosen in the outline): a jump within the page as a link's, which Back
     * returns from to the passage read before.
     */
    public void scrollTo(String anchorId) {
        Object from = ready ? run(scripts.scrollFraction()) : null;
        if (Boolean.TRUE.equals(run(scripts.scrollToAnchor(anchorId))) && from instanceof Number position) {
            model.jumpedWithinPage(position.doubleValue(), anchorId);
        }
    }

    /** The index of the heading whose section is on screen ({@link ReaderScripts#currentHeading}); -1 when none. */
    public int currentHeading() {
        return ready && run(scripts.currentHeading()) instanceof Number index ? index.intValue() : -1;
    }

    /**
     * Prints the page on {@code job} in the light theme, then shows it in the reading theme again (both before the next
     * frame, so the pane never shows the light page).
     */
    void print(PrinterJob job) {
        run(scripts.setTheme(Theme.LIGHT));
        try {
            web.getEngine().print(job);
        } finally {
            run(scripts.setTheme(model.themeProperty().get()));
        }
    }

    /** Runs after each page has loaded and its position is restored. */
    public void onPageReady(Runnable listener) {
        pageReadyListeners.add(listener);
    }

    /**
     * Runs after the page on screen was laid out anew in place (a text size, a typeface, a column, the pane resized)
     * with its first line kept: its scroll offset moved without the reader scrolling.
     */
    public void onReflow(Runnable listener) {
        reflowListeners.add(listener);
    }

    /** Runs the reader's own script in the page; null while no page is ready. */
    public Object run(String script) {
        if (!ready) {
            return null;
        }
        return web.getEngine().executeScript(script);
    }

    /** Reads the link under the pointer on press: by release WebKit has already begun (and we cancel) its navigation. */
    private void onPress(MouseEvent event) {
        pressedHref = event.getButton() == MouseButton.PRIMARY && model.articleProperty().get() != null
                ? hrefAt(event.getX(), event.getY()) : null;
        // where a link within the page jumps from: by the click, WebKit has jumped
        pressedFrom = pressedHref != null && pressedHref.startsWith("#") ? run(scripts.scrollFraction()) : null;
    }

    /** The address of the link at this point of the view, as the article wrote it; null where there is none. */
    private String hrefAt(double x, double y) {
        double zoom = web.getZoom();
        Object href = run(String.format(Locale.ROOT, LINK_AT, x / zoom, y / zoom));
        return href instanceof String link ? LinkShield.original(link) : null;
    }

    /** The link at this point of the view and where it leads; null where there is none (or no page). */
    private PageMenu.Link linkAt(double x, double y) {
        Article article = model.articleProperty().get();
        String href = article == null ? null : hrefAt(x, y);
        return href == null ? null : new PageMenu.Link(href, LinkTarget.of(href, article.id().path()));
    }

    private void onClick(MouseEvent event) {
        Article article = model.articleProperty().get();
        if (pressedHref != null && article != null && event.isStillSincePress()) {
            follow(pressedHref, article, pressedFrom);
        }
        pressedHref = null;
    }

    /**
     * Follows a link of the page: one within it ({@code #notes}) scrolls there as the site's own anchors do (after
     * WebKit's own jump, which leaves the heading at the very edge) and Back returns to {@code from} (a scroll
     * position); any other goes to the reader.
     */
    private void follow(String href, Article article, Object from) {
        if (href.length() > 1 && href.startsWith("#")) {
            String anchor = SiteLinks.anchorOf(href);
            Platform.runLater(() -> {
                if (Boolean.TRUE.equals(run(scripts.scrollToAnchor(anchor))) && from instanceof Number position) {
                    model.jumpedWithinPage(position.doubleValue(), anchor);
                }
            });
        } else {
            links.accept(LinkTarget.of(href, article.id().path()));
        }
    }

    /** Enter on a focused link follows it as a click does (WebKit itself cannot: the link is shielded). */
    private void onKey(KeyEvent event) {
        spacePaged = false;
        if (isPlainSpace(event) && atEnd()) {
            spacePaged = true; // and the typed Space that follows goes no further
            event.consume();
            spacePastEnd.run();
            return;
        }
        if (pageAlongColumns(event)) {
            spacePaged = event.getCode() == KeyCode.SPACE;
            event.consume();
            return;
        }
        Article article = model.articleProperty().get();
        if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isAltDown() || article == null) {
            return;
        }
        Object href = run(FOCUSED_LINK);
        if (href instanceof String link) {
            event.consume();
            follow(LinkShield.original(link), article, run(scripts.scrollFraction()));
        }
    }

    private static boolean isPlainSpace(KeyEvent event) {
        return event.getCode() == KeyCode.SPACE && !event.isShiftDown() && !event.isShortcutDown() && !event.isAltDown();
    }

    /** Whether the page on screen shows its end: it fits in the pane, or it is scrolled (or paged along) to its end. */
    private boolean atEnd() {
        // the article on screen is the one wanted: a Space held while the next page renders went on past it
        return shownArticle() != null && shownArticle().equals(wantedArticle()) && Boolean.TRUE.equals(run(scripts.atEnd()));
    }

    /**
     * Space pressed in the article list, the article on screen being the one chosen there: the page turns (Shift: back)
     * as a Space in it does, and at its end the next article opens, as Space in a mail or feed reader's list does.
     */
    public void pageFromList(boolean back) {
        if (shownArticle() == null) {
            return;
        }
        if (!back && atEnd()) {
            spacePastEnd.run();
        } else if (!Boolean.TRUE.equals(run(scripts.pageAlong(back ? -1 : 1)))) {
            run(scripts.pageByLines(back ? -1 : 1));
        }
    }

    /**
     * What Space does once the article's end is on screen: the window opens the next article in the list, as Space
     * does in a feed reader; until then Space pages.
     */
    public void onSpacePastEnd(Runnable action) {
        spacePastEnd = action;
    }

    /**
     * The Space typed after a Space the reader paged with goes no further: WebKit pages on the typed character too, and
     * on a vertical page its own page runs along the columns as well, so one Space turned two pages and skipped the
     * columns between them.
     */
    private void onTyped(KeyEvent event) {
        if (spacePaged && " ".equals(event.getCharacter())) {
            event.consume();
        }
        spacePaged = false;
    }

    /**
     * On a vertical page, Space, Page Down/Up, Home and End move along the columns (sideways): WebKit would page
     * downwards, where a vertical page has nothing. On a horizontal page, Space and Page Down/Up page to a line's edge
     * ({@link ReaderScripts#pageByLines}); Home and End are left to WebKit there (false).
     */
    private boolean pageAlongColumns(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return false;
        }
        int pages = switch (event.getCode()) {
            case SPACE -> event.isShiftDown() ? -1 : 1;
            case PAGE_DOWN -> 1;
            case PAGE_UP -> -1;
            case HOME -> Integer.MIN_VALUE;
            case END -> Integer.MAX_VALUE;
            default -> 0;
        };
        if (pages == 0) {
            return false;
        }
        // a horizontal page is paged here too, for a page down or up, so that it ends at a line's edge: WebKit's own
        // left the line at the top cut through its glyphs
        return Boolean.TRUE.equals(run(scripts.pageAlong(pages)))
                || (pages == 1 || pages == -1) && Boolean.TRUE.equals(run(scripts.pageByLines(pages)));
    }

    /**
     * How much farther than WebKit's own 40 pixels a notch of the wheel moves the page: about three lines of text, as
     * browsers and GTK's readers scroll (a notch moved a line and a bit, and a long article took a long turn of the
     * wheel). A touchpad's small movements are scaled alike, as GTK scales them.
     */
    static final double WHEEL_SPEED = 2.5;
    /** Set while a rescaled wheel event goes to WebKit, which this view's filter lets through. */
    private boolean rescaling;

    /** The wheel moves the page {@link #WHEEL_SPEED} times WebKit's step; on a vertical page, along the columns. */
    private void onWheel(ScrollEvent event) {
        if (rescaling || event.isControlDown() || event.isDirect() || event.isInertia()
                || event.getDeltaY() == 0 && event.getDeltaX() == 0) {
            return; // a finger on a touch screen moves the page with it, and a flick's glide is the system's
        }
        event.consume();
        if (event.getDeltaX() == 0 && event.getDeltaY() != 0
                && Boolean.TRUE.equals(run(scripts.wheelAlong(WHEEL_SPEED * event.getDeltaY() / web.getZoom())))) {
            return;
        }
        ScrollEvent faster = new ScrollEvent(web, web, event.getEventType(), event.getSceneX(), event.getSceneY(),
                event.getScreenX(), event.getScreenY(), event.isShiftDown(), false, event.isAltDown(),
                event.isMetaDown(), event.isDirect(), event.isInertia(), WHEEL_SPEED * event.getDeltaX(),
                WHEEL_SPEED * event.getDeltaY(), WHEEL_SPEED * event.getTotalDeltaX(),
                WHEEL_SPEED * event.getTotalDeltaY(), event.getTextDeltaXUnits(), event.getTextDeltaX(),
                event.getTextDeltaYUnits(),
                WHEEL_SPEED * event.getTextDeltaY(), event.getTouchCount(), event.getPickResult());
        rescaling = true;
        try {
            web.fireEvent(faster);
        } finally {
            rescaling = false;
        }
    }

    WebEngine engine() {
        return web.getEngine();
    }

    public WebView web() {
        return web;
    }

    /** The article being shown or to be shown next (its page may still be on its way), or null. */
    ArticleId wantedArticle() {
        Article article = model.articleProperty().get();
        return article == null ? null : article.id();
    }

    /** The article whose page is on screen, or null. */
    public ArticleId shownArticle() {
        return ready && laidOut ? shown : null;
    }
}
