package dev.lectern.ui;

import static dev.lectern.ui.Messages.t;

import dev.lectern.library.Facet;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import java.io.File;
import java.io.InputStream;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The three-pane window: tag tree | article list | reading pane, with a menu bar and a status bar. */
public final class MainWindow {

    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final LinkOpener browser;
    private final BorderPane root = new BorderPane();
    private final ArticleListView list;
    private final ReaderPane readerPane;
    private final AnnotationsViewModel annotations;
    private final SearchViewModel search;
    private SearchResultsView searchResults;
    private final WindowPanes panes;
    private final javafx.scene.control.MenuBar menuBar;
    private final AppInfo info;
    private Stage annotationsWindow;
    private java.nio.file.Path preferred;
    private dev.lectern.model.ArticleId preferredArticle;
    private Stage stage;

    public MainWindow(LibraryViewModel library, ReaderViewModel reader, AnnotationsViewModel annotations,
                      AnnotationStores stores, LinkOpener browser, SearchViewModel search, AppInfo info) {
        this.library = library;
        this.info = info;
        this.search = search;
        this.reader = reader;
        this.annotations = annotations;
        this.browser = browser;
        ArticleFilter filter = library.filter();
        TagTreeView tags = new TagTreeView(filter);
        ReadStatesViewModel readStates = new ReadStatesViewModel(reader.memory(), filter);
        list = new ArticleListView(filter, annotations, readStates);
        readerPane = new ReaderPane(reader, annotations, this::follow, browser::open);
        wireSearch();
        new ReadProgressTracker(readerPane.reader(), readStates);
        library.rootProperty().addListener((obs, was, now) -> {
            if (now != null) {
                annotations.open(stores, now);
            }
        });
        annotations.problems().addListener((javafx.collections.ListChangeListener<String>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::tell);
            }
        });
        panes = new WindowPanes(tags, list, readerPane);
        menuBar = new MainMenu(library, reader, annotations, readerPane, list, readStates).build(new MainMenu.WindowCommands(
                this::chooseFolder, this::showProblems, this::showAllAnnotations, this::export, () -> stage.close(),
                panes::toggleTags, panes::toggleList, this::step, this::showShortcuts, this::showAbout));
        root.setTop(menuBar);
        root.setCenter(panes);
        root.setBottom(new StatusBarView(library, search, this::showProblems));
        list.selectedArticleProperty().addListener((obs, was, now) -> {
            if (now != null && now != reader.articleProperty().get()) {
                reader.show(library.getRoot(), now);
            }
        });
        library.loadingProperty().addListener((obs, was, now) -> {
            if (!now && list.table().getSelectionModel().isEmpty() && !list.table().getItems().isEmpty()) {
                selectFirstArticle();
            }
            if (!now) {
                annotations.followRenamedArticles(library.getRoot(), library.filter().articles());
                if (library.getRoot() != null && library.errorProperty().get() == null) {
                    search.libraryLoaded(library.getRoot(), library.filter().articles());
                }
            }
        });
        library.rootProperty().addListener((obs, was, now) -> reader.show(now, null));
        library.setOnLibraryChanged(changes -> {
            search.apply(library.getRoot(), changes);
            Article open = reader.articleProperty().get();
            if (open != null) {
                changes.addedOrChanged().stream().filter(a -> a.id().equals(open.id())).findFirst()
                        .ifPresent(changed -> reader.show(library.getRoot(), changed));
            }
        });
    }

    /** The search field drives the library search; its results replace the list while there are any to show. */
    private void wireSearch() {
        search.queryProperty().bind(list.filterField().textProperty());
        // Until the index is ready (or when it is unavailable) the field filters titles and authors instead.
        library.filter().textProperty().bind(javafx.beans.binding.Bindings.when(search.readyProperty())
                .then("").otherwise(list.filterField().textProperty()));
        searchResults = new SearchResultsView(search, list.filterField(), this::openResult);
        list.showInsteadWhile(searchResults, search.readyProperty().and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !search.queryProperty().get().isBlank(), search.queryProperty())));
        annotations.all().addListener((javafx.collections.ListChangeListener<dev.lectern.model.Annotation>) change ->
                search.setAnnotations(annotations.all()));
        list.filterField().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !list.filterField().getText().isEmpty()) {
                list.filterField().clear();
                e.consume();
            }
        });
    }

    /** The article the reader had open last time, selected first when that library loads. */
    void preferArticle(java.nio.file.Path libraryRoot, dev.lectern.model.ArticleId id) {
        preferred = libraryRoot;
        preferredArticle = id;
    }

    private void selectFirstArticle() {
        Article wanted = preferredArticle == null || !preferred.equals(library.getRoot()) ? null
                : library.filter().find(preferredArticle);
        preferredArticle = null;
        if (wanted != null && list.table().getItems().contains(wanted)) {
            list.table().getSelectionModel().select(wanted);
            list.table().scrollTo(wanted);
        } else {
            list.table().getSelectionModel().selectFirst();
        }
    }

    /** Adds File › Open Recent and View › Language, which live in the preferences. */
    void usePreferences(PreferencesBinder preferences) {
        menuBar.getMenus().get(0).getItems().add(1, new RecentMenu(preferences, library::open));
        menuBar.getMenus().get(1).getItems().add(new LanguageMenu(preferences,
                name -> tell(javafx.scene.control.Alert.AlertType.INFORMATION, null,
                        t("language.changed", name))));
    }

    WindowPanes panes() {
        return panes;
    }

    ReaderPane readerPane() {
        return readerPane;
    }

    /** Opens the next (1) or previous (-1) article of the search results while they are shown, else of the list. */
    private void step(int delta) {
        javafx.scene.control.SelectionModel<?> selection = list.getCenter() == list.table()
                ? list.table().getSelectionModel() : searchResults.list().getSelectionModel();
        if (delta > 0) {
            selection.selectNext();
        } else if (selection.getSelectedIndex() > 0) {
            selection.selectPrevious();
        }
    }

    private void showShortcuts() {
        new ShortcutsDialog(stage, menuBar).show();
    }

    private void showAbout() {
        new AboutDialog(stage, info, library.getRoot(), annotations.store() == null ? null : annotations.store().file()).show();
    }

    /** Opens a search result with its matches marked; the find bar takes the keyboard when asked (Enter). */
    private void openResult(SearchResult result, boolean takeKeyboard) {
        Article article = result.article();
        if (reader.articleProperty().get() != article) {
            reader.show(library.getRoot(), article);
        }
        readerPane.findBar().showSearch(search.queryProperty().get(), article.id(), takeKeyboard);
    }

    /** Puts the window on the stage and shows it. */
    public void show(Stage target) {
        attach(target);
        target.show();
    }

    /** Puts the window on the stage without showing it yet. */
    void attach(Stage target) {
        stage = target;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth() * 0.92), Math.min(860, screen.getHeight() * 0.92));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD)) {
                reader.changeTextSize(10);
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.SUBTRACT) {
                reader.changeTextSize(-10);
                e.consume();
            }
        });
        target.setScene(scene);
        new WindowTheme(reader.themeProperty()).install(target);
        target.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> readerPane.reader().rememberPosition());
        target.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Article a = reader.articleProperty().get();
            String folder = library.getRoot() == null ? "" : " — " + library.getRoot().getFileName();
            return (a == null ? t("app.name") : t("window.article", a.title())) + folder;
        }, reader.articleProperty(), library.rootProperty()));
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            InputStream png = MainWindow.class.getResourceAsStream("/dev/lectern/icons/lectern-" + size + ".png");
            if (png != null) {
                target.getIcons().add(new Image(png));
            }
        }
    }

    private void tell(String message) {
        tell(javafx.scene.control.Alert.AlertType.WARNING, t("annotations.alertHeader"), message);
    }

    /** Shows a message over the window without blocking it. */
    void tell(javafx.scene.control.Alert.AlertType type, String header, String message) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(type, message);
        alert.setHeaderText(header);
        if (stage != null) {
            alert.initOwner(stage);
        }
        alert.show();
    }

    private void export(Boolean json) {
        if (!annotations.isOpen()) {
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(t("export.title"));
        chooser.setInitialFileName("lectern-highlights." + (json ? "json" : "md"));
        File target = chooser.showSaveDialog(stage);
        if (target != null) {
            try {
                annotations.export(target.toPath(), json);
            } catch (java.io.IOException e) {
                tell(t("export.failed", target, e.getMessage()));
            }
        }
    }

    private void showAllAnnotations() {
        if (annotationsWindow == null) {
            LibraryAnnotationsView view = new LibraryAnnotationsView(annotations, library.filter()::find, this::openAt);
            annotationsWindow = new Stage();
            annotationsWindow.initOwner(stage);
            annotationsWindow.setTitle(t("annotations.windowTitle"));
            Scene scene = new Scene(view, 720, 560);
            scene.getStylesheets().addAll(stage.getScene().getStylesheets());
            annotationsWindow.setScene(scene);
        }
        annotationsWindow.show();
        annotationsWindow.toFront();
    }

    /** Opens an article and, when given, scrolls to one of its annotations. */
    void openAt(dev.lectern.model.ArticleId id, dev.lectern.model.Annotation annotation) {
        Article article = library.filter().find(id);
        if (article == null) {
            return;
        }
        if (annotation != null) {
            readerPane.layer().jumpWhenShown(annotation.id());
        }
        list.table().getSelectionModel().select(article);
        if (reader.articleProperty().get() != article) {
            reader.show(library.getRoot(), article);
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(t("folder.choose"));
        if (library.getRoot() != null && library.getRoot().toFile().isDirectory()) {
            chooser.setInitialDirectory(library.getRoot().toFile());
        }
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            library.open(chosen.toPath());
        }
    }

    private void showProblems() {
        new ProblemsDialog(stage, library.problems()).show();
    }

    private void follow(LinkTarget target) {
        if (target instanceof LinkTarget.External external) {
            browser.open(external.uri());
        } else if (target instanceof LinkTarget.Tag tag) {
            library.showOnlyTag(new TagRef(Facet.TAG, tag.path()));
        } else if (target instanceof LinkTarget.Article link) {
            Article article = library.filter().find(link.id());
            if (article != null) {
                list.table().getSelectionModel().select(article);
                reader.show(library.getRoot(), article);
            }
        }
    }

    /** Runs once, at the first pulse after the first article's page has loaded. */
    void onFirstPagePainted(Runnable action) {
        boolean[] done = {false};
        readerPane.reader().onPageReady(() -> {
            if (done[0]) {
                return;
            }
            done[0] = true;
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                root.getScene().removePostLayoutPulseListener(once[0]);
                action.run();
            };
            root.getScene().addPostLayoutPulseListener(once[0]);
            javafx.application.Platform.requestNextPulse();
        });
    }

    /** The root node, for tests. */
    public Parent root() {
        return root;
    }
}
