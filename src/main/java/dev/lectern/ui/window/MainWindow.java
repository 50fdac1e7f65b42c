package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.model.Article;
import dev.lectern.ui.annotations.AnnotationStores;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.common.LinkOpener;
import dev.lectern.ui.common.RowsInView;
import dev.lectern.ui.common.ShownScript;
import dev.lectern.ui.library.ArticleFilter;
import dev.lectern.ui.library.ArticleListView;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.library.PlaceKeeper;
import dev.lectern.ui.library.ReadStatesViewModel;
import dev.lectern.ui.library.TagTreeView;
import dev.lectern.ui.reader.PagePrinter;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.search.QuickItem;
import dev.lectern.ui.search.QuickOpenBox;
import dev.lectern.ui.search.SearchViewModel;
import dev.lectern.ui.session.BacklinksViewModel;
import dev.lectern.ui.session.ReadingSession;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The three-pane window: tag tree | article list | reading pane, with a menu bar and a status bar. It only composes
 * the views; the rules between the features live in {@link ReadingSession}.
 */
public final class MainWindow {

    /** The window's least height: the list shows a few rows, the page a few lines under its toolbar. */
    static final double MIN_HEIGHT = 480;

    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    /** The script the list, the tag tree and the search results show Chinese words in: the pages' default. */
    private final ShownScript script = new ShownScript(javafx.application.Platform::runLater);
    private final ReadingSession session;
    private final PreferencesBinder preferences;
    private final BorderPane root = new BorderPane();
    private final ArticleFilter filter;
    private final AnnotationsViewModel annotations;
    private final ReadStatesViewModel readStates;
    private final ReaderPane readerPane;
    private final SearchViewModel search;
    private final WindowPanes panes;
    /** The desktop's opener as the window uses it: what nothing opens is said ({@link ReportedOpener}). */
    private final LinkOpener desktop;
    /** The menu bar and the status bar, made when the window first shows them ({@link #showBars}). */
    private javafx.scene.control.MenuBar menuBar;
    private StatusBarView statusBar;
    private final WindowDialogs dialogs;
    private final TransferDialogs transfers;
    private final PagePrinter printer;
    private final ReadProgressTracker progress;
    private final FirstPaintGate afterFirstPaint = new FirstPaintGate();
    private final Label reading = new Label(t("list.reading"));
    /** The article list and its search field, made when the panes are filled (or first asked for). */
    private ArticleListView list;
    private SearchWiring searchWiring;
    private QuickOpenBox goTo;
    private boolean articleFirst;
    /** A folder is to be opened once the window shows ({@link #expectLibrary}): until then the list says it is read. */
    private boolean libraryExpected;
    /** Sets the empty list's words again, once the list is made. */
    private Runnable sayWhyEmptyAgain = () -> { };
    private Stage stage;

    /**
     * A window restored from the preferences, which follow it (null: none).
     *
     * @param millis the clock that times how long an article has been open, in milliseconds
     */
    MainWindow(LibraryViewModel library, ReaderViewModel reader, AnnotationsViewModel annotations,
               AnnotationStores stores, LinkOpener browser, PagePrinter printer, SearchViewModel search, AppInfo info,
               PreferencesBinder preferences, LongSupplier millis) {
        this.library = library;
        this.printer = printer;
        this.reader = reader;
        script.scriptProperty().bind(reader.defaultScriptProperty());
        this.preferences = preferences;
        this.search = search;
        this.dialogs = new WindowDialogs(library, annotations, info, this::openAt);
        this.transfers = new TransferDialogs(library, annotations, () -> stage, dialogs);
        this.desktop = new ReportedOpener(browser, dialogs);
        this.session = new ReadingSession(library, reader, annotations, stores, search, desktop);
        this.annotations = annotations;
        this.filter = library.filter();
        reading.getStyleClass().add("list-empty");
        reading.setId("list-reading");
        this.readStates = new ReadStatesViewModel(reader.memory(), filter, millis);
        reader.onJumpWithinPage(readStates::jumpedWithinPage);
        readerPane = new ReaderPane(reader, annotations, session,
                new BacklinksViewModel(search::articlesHolding, search.readyProperty(),
                        () -> library.filter().articles(),
                        library.filter()::find, () -> library.rootProperty().get()), desktop::open, () -> library.filter().articles(),
                library.filter().indexProperty());
        PlaceKeeper places = new PlaceKeeper(reader.memory(), millis);
        if (preferences != null) {
            places.onSaved(preferences::placeKept);
        }
        progress = new ReadProgressTracker(readerPane.reader(), readStates, places);
        readerPane.reader().onSpacePastEnd(() -> step(1));
        readerPane.reader().web().addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED,
                e -> readStates.chosen(readerPane.reader().shownArticle()));
        annotations.problems().addListener((javafx.collections.ListChangeListener<String>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(dialogs::tellAboutAnnotations);
            }
        });
        panes = new WindowPanes(() -> new TagTreeView(filter, script), this::list, readerPane, StandIns.tags(), StandIns.list());
        root.setCenter(panes);
        session.onSelect(this::select);
        // the search index, the watcher and renamed-article matching wait for the first article's paint
        library.deferWatching(afterFirstPaint);
        session.deferAfterLoad(afterFirstPaint);
        onFirstPagePainted(afterFirstPaint::open);
        // the list the cache remembers shows (and opens the last article) before the folder walk has checked it
        library.fromCacheProperty().addListener((obs, was, now) -> {
            if (now && list != null) {
                selectFirstToShow();
            }
        });
        library.loadingProperty().addListener((obs, was, now) -> {
            if (!now) {
                panes.fill();
                selectFirstToShow();
                if (list.table().getItems().isEmpty()) {
                    afterFirstPaint.open();
                } else {
                    openGateSoon();
                }
            }
        });
    }

    /** The article list, made (with the search field's wiring) the first time it is asked for. */
    private ArticleListView list() {
        if (list == null) {
            list = new ArticleListView(filter, annotations, readStates, library::getRoot, desktop, script);
            searchWiring = new SearchWiring(search, library, reader, list, readerPane, script);
            list.selectedArticleProperty().addListener((obs, was, now) -> session.picked(now));
            // Space in the list reads on in the page of the article chosen there, as in a mail or feed reader
            list.table().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                Article chosen = list.table().getSelectionModel().getSelectedItem();
                if (e.getCode() == javafx.scene.input.KeyCode.SPACE && !e.isShortcutDown() && !e.isAltDown()
                        && chosen != null && chosen.id().equals(readerPane.reader().shownArticle())) {
                    e.consume();
                    readerPane.reader().pageFromList(e.isShiftDown());
                }
            });
            list.table().addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
                for (javafx.scene.Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
                    if (n instanceof javafx.scene.control.TableRow<?> row && row.getItem() instanceof Article picked) {
                        readStates.chosen(picked.id()); // a click on the article's row, not on a column's header
                        return;
                    }
                }
            });
            sayWhyEmpty(list.table());
            if (isListed()) {
                selectFirstToShow();
            }
        }
        return list;
    }

    /**
     * What the empty list says: that the folder is being read (the last article may already be shown), that it could
     * not be read and why, that it is gone, that it holds no articles and which files Lectern lists, or that none
     * matches the filter.
     */
    private void sayWhyEmpty(TableView<Article> table) {
        Node noMatch = table.getPlaceholder();
        Label noArticles = new Label(t("list.noArticles"));
        noArticles.getStyleClass().add("list-empty");
        noArticles.setId("no-articles");
        Label failed = new Label();
        failed.getStyleClass().add("list-empty");
        failed.setId("library-failed");
        failed.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> t("list.failed", library.errorProperty().get()), library.errorProperty()));
        Label gone = new Label();
        gone.getStyleClass().add("list-empty");
        gone.setId("library-gone");
        Node noLibrary = noLibrary();
        Runnable update = () -> {
            boolean empty = library.getRoot() != null && filter.totalProperty().get() == 0;
            // the folder deleted, moved or unmounted while open: the list emptied saying the folder held no articles
            boolean missing = empty && !java.nio.file.Files.isDirectory(library.getRoot());
            gone.setText(missing ? t("list.gone", library.getRoot()) : "");
            boolean coming = library.getRoot() == null && (articleFirst || libraryExpected);
            table.setPlaceholder(library.loadingProperty().get() || coming ? reading
                    : library.getRoot() == null ? noLibrary
                    : library.errorProperty().get() != null && filter.totalProperty().get() == 0 ? failed
                    : missing ? gone : empty ? noArticles : noMatch);
        };
        update.run();
        sayWhyEmptyAgain = update;
        library.loadingProperty().addListener((obs, was, now) -> update.run());
        library.rootProperty().addListener((obs, was, now) -> update.run());
        library.errorProperty().addListener((obs, was, now) -> update.run());
        filter.totalProperty().addListener((obs, was, now) -> update.run());
    }

    /**
     * What the list shows when no folder is open (a first start from the desktop's menu, in a home without ./content):
     * that no library is open, and a button that opens one, as Obsidian's vault chooser does. The list said "No articles
     * match. Uncheck a tag or clear the filter." with nothing checked.
     */
    private Node noLibrary() {
        Label why = new Label(t("list.noLibrary"));
        why.getStyleClass().add("list-empty");
        why.setId("no-library-text");
        javafx.scene.control.Button open = new javafx.scene.control.Button(t("list.noLibrary.open"));
        open.setId("open-folder-button");
        open.setOnAction(e -> dialogs.chooseFolder());
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4, why, open);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setId("no-library");
        return box;
    }

    /**
     * A folder is opened just after the window shows (the start-up opens it after the first frame): until then, and
     * while it is read, the list says the folder is being read, not that no library is open.
     */
    void expectLibrary() {
        libraryExpected = true;
        filter.startStreaming(); // nor "All articles 0 / Untagged 0" in the tag panel: it says it reads the tags
        sayWhyEmptyAgain.run();
    }

    /**
     * Whether the library has a list of articles to show: the cache's, or the folder's once read. Until then the
     * first article to show is not chosen, as choosing it uses up the one the preferences remember.
     */
    private boolean isListed() {
        return library.fromCacheProperty().get() || library.getRoot() != null && !library.loadingProperty().get();
    }

    /** The article list, in the window (its stand-in gives way to it, should it still be there). */
    private ArticleListView shownList() {
        panes.fill();
        return list();
    }

    /** Opens the next (1) or previous (-1) article of the search results or of the list. */
    private void step(int delta) {
        shownList();
        searchWiring.step(delta);
    }

    /** Makes (the first time) and shows the menu bar, the reader's toolbar and the status bar. */
    private void showBars() {
        if (menuBar == null) {
            menuBar = new MainMenu(library, reader, annotations, readerPane, this::shownList, readStates, session, preferences).build(
                    new MainMenu.WindowCommands(dialogs::chooseFolder, dialogs::showProblems, dialogs::showAllAnnotations,
                            transfers::exportMarkdown, transfers::exportWebAnnotations, transfers::importWebAnnotations, this::quit, panes::toggleTags, panes::toggleList, this::step,
                            this::showShortcuts, dialogs::showAbout,
                            name -> dialogs.tell(Alert.AlertType.INFORMATION, null,
                                    t("language.changed", name)), this::showGoTo, dialogs::showReview,
                            () -> stage.setFullScreen(!stage.isFullScreen()), this::print));
            statusBar = new StatusBarView(library, search, progress.positionProperty(), dialogs::showProblems,
                    annotations.unsavedProperty(), dialogs::tellAboutAnnotations, annotations.noteProperty(),
                    annotations::dismissNote);
        }
        root.setTop(menuBar);
        root.setBottom(statusBar);
        readerPane.showToolbar();
    }

    /** The go-to box, made the first time it is asked for. */
    private void showGoTo() {
        if (goTo == null) {
            goTo = new QuickOpenBox(search.newQuickOpen(() -> library.filter().indexProperty().get(),
                    () -> library.rootProperty().get()), this::goTo);
        }
        goTo.show(stage);
    }

    /** Opens the article chosen in the go-to box, or shows the chosen tag's articles alone. */
    private void goTo(QuickItem item) {
        if (item.article() != null) {
            // the keyboard goes with the reader to the page, so the arrows and Page Down scroll the article chosen
            if (session.open(item.article().id())) {
                readerPane.reader().focusFromKeyboard();
            }
        } else if (item.tag() != null) {
            library.showOnlyTag(item.tag());
        }
    }

    private void selectFirstToShow() {
        ArticleListView list = list();
        Article first = !list.table().getSelectionModel().isEmpty() ? null : session.firstToShow(list.table().getItems());
        if (first != null) {
            readStates.showingUnasked(first.id());
            list.table().getSelectionModel().select(first);
            if (list.table().getSelectionModel().getSelectedItem() == first) {
                list.showSelectedWhole();
            } else {
                session.picked(first); // the read filter kept from last time hides it: open, the list unselected
            }
        }
    }

    /** Should the first article never paint (a render that fails), the held-back work starts 15 seconds after the load. */
    private void openGateSoon() {
        if (!afterFirstPaint.isOpen()) {
            PauseTransition fallback = new PauseTransition(Duration.seconds(15));
            fallback.setOnFinished(e -> afterFirstPaint.open());
            fallback.play();
        }
    }

    /** Selects an article in the list and scrolls it into view when it is out of sight (opened by a link or Ctrl+P). */
    private void select(Article article) {
        if (article == null) {
            return;
        }
        TableView<Article> table = list().table();
        table.getSelectionModel().select(article);
        if (table.getSelectionModel().getSelectedItem() == article) { // not when the filter hides it
            RowsInView.show(table, table.getSelectionModel().getSelectedIndex());
        }
    }

    /** File › Print: the article on a printer the reader chooses, or why it cannot be printed. */
    private void print() {
        if (!printer.print(readerPane.reader(), stage, this::showPrinting, problem -> dialogs.tell(
                Alert.AlertType.WARNING, t("print.failed.header"), t("print.failed", problem)))) {
            dialogs.tell(Alert.AlertType.INFORMATION, t("print.title"), t("print.noPrinter.header"),
                    t("print.noPrinter"));
        }
    }

    /** While the pages are laid out (the window held): a waiting pointer and "Printing" in the status bar. */
    private void showPrinting(boolean printing) {
        root.setCursor(printing ? javafx.scene.Cursor.WAIT : null);
        if (statusBar != null) {
            statusBar.showPrinting(printing);
        }
    }

    /** From the Help menu, so the menu bar is there. */
    private void showShortcuts() {
        dialogs.showShortcuts(menuBar);
    }

    WindowDialogs dialogs() {
        return dialogs;
    }

    /** What follows how far the reader got in the open article. */
    ReadProgressTracker progress() {
        return progress;
    }

    static long monotonicMillis() {
        return System.nanoTime() / 1_000_000;
    }

    /**
     * Puts the window on the stage (as the preferences left it, when it has them) and shows it: styled and laid out
     * first, so that it appears with its panes drawn in the theme's colours, never blank.
     */
    public void show(Stage target) {
        if (!articleFirst) {
            panes.fill();
            showBars();
        }
        attach(target);
        if (preferences != null) {
            preferences.restoreAndFollow(target, panes, readerPane, session);
        }
        fitPanesToScreen(target);
        layOutBeforeShowing(target.getScene());
        if (articleFirst) {
            // the last article's page (possibly ready already) loads once the window has drawn its panes
            readerPane.reader().holdPagesForFirstFrame();
            afterFirstFrame(readerPane.reader()::frameDrawn);
        }
        target.show();
    }

    /** Hides the side panes a small or scaled screen cannot hold beside the reading pane, shows them again when it can. */
    private void fitPanesToScreen(Stage target) {
        if (target.getScene() != null && target.getScene().getRoot() == root) {
            panes.fitTo(ScreenFit.roomOf(target).getWidth());
        }
    }

    /**
     * The first CSS pass and layout of every control, done before the window is mapped rather than in the first pulse
     * after it: in between, the window would show only its background.
     */
    private void layOutBeforeShowing(Scene scene) {
        root.applyCss();
        root.resize(scene.getWidth(), scene.getHeight());
        root.layout();
    }

    private void attach(Stage target) {
        stage = target;
        dialogs.setOwner(target);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // no narrower than the panes need (the least width, set below, would widen it once shown, past the screen's
        // edge at twice the size), no wider than the screen
        Scene scene = new Scene(root, Math.min(screen.getWidth(), Math.max(panes.narrowest(),
                Math.min(1360, screen.getWidth() * 0.92))), Math.min(860, screen.getHeight() * 0.92));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD)) {
                reader.changeTextSize(10);
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.SUBTRACT) {
                reader.changeTextSize(-10);
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, new PageShortcuts(() -> menuBar, readerPane.reader().web()));
        // full screen (F11, View menu) is left with F11 or with an Esc nothing else took (a find bar, a search field)
        target.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);
        target.setFullScreenExitHint(t("window.fullScreenHint"));
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && target.isFullScreen()) {
                target.setFullScreen(false);
                e.consume();
            }
        });
        scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            // a mouse's side buttons go back and forward, as in a browser
            if (e.getButton() == javafx.scene.input.MouseButton.BACK) {
                session.back();
                e.consume();
            } else if (e.getButton() == javafx.scene.input.MouseButton.FORWARD) {
                session.forward();
                e.consume();
            }
        });
        new FileDrop(library, session, preferences != null ? preferences::recentLibraries : List::of,
                Path.of(System.getProperty("user.home"))).install(scene);
        target.setScene(scene);
        // no narrower than its panes need, so that nothing of them is cut; hiding a pane lets it narrow further
        boolean[] firstPlacement = {false};
        javafx.beans.InvalidationListener fit = o -> {
            if (target.getScene() == scene) { // a stage shown again (a test's) may hold another window by now
                // never wider than the screen (a small or scaled one): there the side panes are for hiding
                Rectangle2D room = Screen.getPrimary().getVisualBounds();
                target.setMinWidth(Math.min(panes.narrowest(), room.getWidth()));
                target.setMinHeight(Math.min(MIN_HEIGHT, room.getHeight()));
                if (target.isShowing()) { // widened to the least width (a pane shown again): still whole on its screen
                    ScreenFit.keepWithin(target, ScreenFit.roomOf(target), firstPlacement[0]);
                    firstPlacement[0] = false;
                }
            }
        };
        panes.getItems().addListener(fit);
        // a window placed by nobody (no saved place) is centred when it must move; a restored one moves only so far
        target.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWING, e -> firstPlacement[0] = Double.isNaN(target.getX()));
        target.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            fitPanesToScreen(target);
            fit.invalidated(null);
        });
        // moved to another screen, or the screens changed (resolution, scale): the panes follow its room
        javafx.beans.InvalidationListener screens = o -> fitPanesToScreen(target);
        target.xProperty().addListener(screens);
        Screen.getScreens().addListener(screens);
        target.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> Screen.getScreens().removeListener(screens));
        fit.invalidated(null);
        new WindowTheme(reader.themeProperty()).install(target, readerPane.reader().web());
        target.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            readerPane.reader().rememberPosition();
            reader.memory().saveNow(); // written before the app ends, whatever the saver thread still holds
            // saved while the window is still there, so that a save that fails is said before it goes
            String unsaved = annotations.closeAtExit();
            if (unsaved != null) {
                dialogs.tellBeforeQuitting(unsaved);
            }
        });
        target.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            if (target.getScene() == scene) {
                target.setMinWidth(0);
                target.setMinHeight(0);
                progress.stop();
            }
            afterFirstPaint.discard();
            readerPane.reader().releasePages();
        });
        target.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Article a = reader.articleProperty().get();
            String folder = library.getRoot() == null ? "" : " — " + library.getRoot().getFileName();
            return (a == null ? t("app.name") : t("window.article", a.title())) + folder;
        }, reader.articleProperty(), library.rootProperty()));
        addIcons(target);
    }

    /**
     * The window's icons, decoded by JavaFX's image loader in the background (not on the FX thread, on the way to the
     * first paint), each added once decoded. 512 pixels are left to the desktop entry's icon.
     */
    private static void addIcons(Stage target) {
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            java.net.URL png = MainWindow.class.getResource("/dev/lectern/icons/lectern-" + size + ".png");
            if (png != null) {
                Image icon = new Image(png.toExternalForm(), true);
                Runnable add = () -> {
                    if (!icon.isError()) {
                        target.getIcons().add(icon);
                    }
                };
                if (icon.getProgress() >= 1) {
                    add.run();
                } else {
                    icon.progressProperty().addListener((obs, was, now) -> {
                        if (now.doubleValue() >= 1) {
                            add.run();
                        }
                    });
                }
            }
        }
    }

    /** Opens an article and, when given, scrolls to one of its annotations. */
    void openAt(dev.lectern.model.ArticleId id, dev.lectern.model.Annotation annotation) {
        if (library.filter().find(id) != null && annotation != null) {
            readerPane.layer().jumpWhenShown(annotation.id());
        }
        session.open(id);
    }

    /**
     * The last article is shown before the library is read (call before {@link #show}): until it is painted, or the
     * library has been read, the window shows stand-ins for the tag tree and the list, which are then built and styled,
     * so that the article's page does not wait for them; the empty list says the library is being read. The page
     * has the keyboard focus.
     */
    void showArticleFirst() {
        articleFirst = true;
        readStates.showingUnasked(null);
        // the first frame holds no text (the bars' labels and buttons held the page back by 0.3 s): bands stand in for
        // the bars until the page is painted, and the bars are made then
        root.setTop(StandIns.band("menu-stand-in", "menu-bar"));
        root.setBottom(StandIns.band("status-stand-in", "status-bar"));
        readerPane.holdToolbar(StandIns.band("toolbar-stand-in", "pane-header", "reader-toolbar"));
        readerPane.reader().holdEmpty();
        // after that pulse: its frame, with the stand-ins, is still to be drawn when the gate opens
        afterFirstPaint.execute(() -> javafx.application.Platform.runLater(() -> {
            panes.fill();
            showBars();
            readerPane.reader().releaseEmpty();
        }));
        // the keys scroll the article read last (not a toolbar button's Space), unless a field has been clicked
        onFirstPageLoaded(() -> {
            if (!(root.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                readerPane.reader().web().requestFocus();
            }
        });
    }

    /** Runs each time an article's page has loaded. */
    void onPageLoaded(Runnable action) {
        readerPane.reader().onPageReady(action);
    }

    /** Runs once, when the first article's page has loaded. */
    private void onFirstPageLoaded(Runnable action) {
        boolean[] done = {false};
        onPageLoaded(() -> {
            if (!done[0]) {
                done[0] = true;
                action.run();
            }
        });
    }

    /**
     * Runs once on the FX thread just after the window's next pulse, its first frame when called from {@link #show}
     * or right after it: what should not hold that frame back (the held page, the library's scan) starts there.
     */
    void afterFirstFrame(Runnable action) {
        atNextPulse(root.getScene(), () -> javafx.application.Platform.runLater(action));
    }

    /**
     * Runs once after {@link #show}, when the window holds its menus, bars and panes: at its first frame, or, on a start
     * on the last article, once the parts made after that article's paint are in. A message shown before stood over a
     * window of stand-ins (an empty menu bar, blank panes) until it was closed.
     */
    void whenBuilt(Runnable action) {
        if (articleFirst) {
            // after the task showArticleFirst handed the gate, which fills the panes and makes the bars
            afterFirstPaint.execute(() -> javafx.application.Platform.runLater(action));
        } else {
            afterFirstFrame(action);
        }
    }

    /** Runs once, at the first pulse after the first article's page has loaded. */
    void onFirstPagePainted(Runnable action) {
        onFirstPageLoaded(() -> atNextPulse(root.getScene(), action));
    }

    /** Runs the action once, after the CSS and layout of the scene's next pulse (and asks for that pulse). */
    private static void atNextPulse(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /**
     * Closes the window as its close button does: a close request first, so that what a close keeps (the reading
     * position, the window's size and panes) is kept; Stage.close alone skips it.
     */
    void quit() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** The reading pane's view, for tests. */
    dev.lectern.ui.reader.ReaderView readerView() {
        return readerPane.reader();
    }

    /** The root node, for tests. */
    public Parent root() {
        return root;
    }
}
