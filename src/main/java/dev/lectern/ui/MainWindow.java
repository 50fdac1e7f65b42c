package dev.lectern.ui;

import dev.lectern.library.Facet;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import dev.lectern.render.Theme;
import java.io.File;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
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
    private Stage annotationsWindow;
    private Stage stage;

    public MainWindow(LibraryViewModel library, ReaderViewModel reader, AnnotationsViewModel annotations,
                      AnnotationStores stores, LinkOpener browser) {
        this.library = library;
        this.reader = reader;
        this.annotations = annotations;
        this.browser = browser;
        ArticleFilter filter = library.filter();
        TagTreeView tags = new TagTreeView(filter);
        list = new ArticleListView(filter, annotations);
        readerPane = new ReaderPane(reader, annotations, this::follow, browser::open);
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
        SplitPane panes = new SplitPane(tags, list, readerPane);
        panes.setDividerPositions(0.17, 0.50);
        SplitPane.setResizableWithParent(tags, false);
        SplitPane.setResizableWithParent(list, false);
        root.setTop(menuBar());
        root.setCenter(panes);
        root.setBottom(new StatusBarView(library, this::showProblems));
        list.selectedArticleProperty().addListener((obs, was, now) -> {
            if (now != null && now != reader.articleProperty().get()) {
                reader.show(library.getRoot(), now);
            }
        });
        library.loadingProperty().addListener((obs, was, now) -> {
            if (!now && list.table().getSelectionModel().isEmpty() && !list.table().getItems().isEmpty()) {
                list.table().getSelectionModel().selectFirst();
            }
            if (!now) {
                annotations.followRenamedArticles(library.getRoot(), library.filter().articles());
            }
        });
        library.rootProperty().addListener((obs, was, now) -> reader.show(now, null));
        library.setOnLibraryChanged(changes -> {
            Article open = reader.articleProperty().get();
            if (open != null) {
                changes.addedOrChanged().stream().filter(a -> a.id().equals(open.id())).findFirst()
                        .ifPresent(changed -> reader.show(library.getRoot(), changed));
            }
        });
    }

    /** Puts the window on the stage and shows it. */
    public void show(Stage target) {
        stage = target;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth() * 0.92), Math.min(860, screen.getHeight() * 0.92));
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("lectern.css")).toExternalForm());
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
        target.setOnCloseRequest(e -> readerPane.reader().rememberPosition());
        target.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Article a = reader.articleProperty().get();
            String folder = library.getRoot() == null ? "" : " — " + library.getRoot().getFileName();
            return (a == null ? "Lectern" : a.title() + " — Lectern") + folder;
        }, reader.articleProperty(), library.rootProperty()));
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            InputStream png = MainWindow.class.getResourceAsStream("/dev/lectern/icons/lectern-" + size + ".png");
            if (png != null) {
                target.getIcons().add(new Image(png));
            }
        }
        target.show();
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open Folder…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseFolder());
        MenuItem reload = new MenuItem("Reload Library");
        reload.setAccelerator(KeyCombination.keyCombination("F5"));
        reload.setOnAction(e -> {
            if (library.getRoot() != null) {
                library.open(library.getRoot());
            }
        });
        MenuItem problems = new MenuItem("Files with Problems…");
        problems.setOnAction(e -> showProblems());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, open, reload, problems, new SeparatorMenuItem(), quit);

        MenuItem filter = new MenuItem("Filter Articles");
        filter.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        filter.setOnAction(e -> list.focusFilter());
        MenuItem clear = new MenuItem("Show All Articles");
        clear.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        clear.setOnAction(e -> {
            library.filter().clearTags();
            library.filter().textProperty().set("");
        });
        Menu view = new Menu("View", null, filter, clear, new SeparatorMenuItem());
        for (Theme theme : Theme.values()) {
            MenuItem item = new MenuItem(theme.name().charAt(0) + theme.name().substring(1).toLowerCase(Locale.ROOT) + " Theme");
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (theme.ordinal() + 1)));
            item.setOnAction(e -> reader.themeProperty().set(theme));
            view.getItems().add(item);
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Larger Text", "Shortcut+Equals", () -> reader.changeTextSize(10)),
                item("Smaller Text", "Shortcut+Minus", () -> reader.changeTextSize(-10)),
                item("Actual Size", "Shortcut+0", () -> reader.changeTextSize(0)),
                new SeparatorMenuItem(),
                item("Outline", "Shortcut+Shift+O", () -> readerPane.toggleSide(false)),
                item("Highlights of This Article", "Shortcut+Shift+H", () -> readerPane.toggleSide(true)),
                item("Keep Line Breaks", "Shortcut+Shift+L", reader::toggleLineBreaks),
                item("Load Remote Images", "Shortcut+Shift+I", reader::allowRemoteImages));
        Menu notes = new Menu("Annotations", null,
                item("Bookmark Article", "Shortcut+D", () -> readerPane.layer().toggleStar()),
                item("Undo Delete", "Shortcut+Z", annotations::undoDelete),
                new SeparatorMenuItem(),
                item("All Highlights and Bookmarks…", "Shortcut+Shift+B", this::showAllAnnotations),
                new SeparatorMenuItem(),
                item("Export as Markdown…", "Shortcut+E", () -> export(false)),
                item("Export as JSON…", "Shortcut+Shift+E", () -> export(true)));
        return new MenuBar(file, view, notes);
    }

    private void tell(String message) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING, message);
        alert.setHeaderText("About your highlights and bookmarks");
        if (stage != null) {
            alert.initOwner(stage);
        }
        alert.show();
    }

    private void export(boolean json) {
        if (!annotations.isOpen()) {
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export highlights and bookmarks");
        chooser.setInitialFileName("lectern-highlights." + (json ? "json" : "md"));
        File target = chooser.showSaveDialog(stage);
        if (target != null) {
            try {
                annotations.export(target.toPath(), json);
            } catch (java.io.IOException e) {
                tell("The export could not be written to " + target + ": " + e.getMessage());
            }
        }
    }

    private void showAllAnnotations() {
        if (annotationsWindow == null) {
            LibraryAnnotationsView view = new LibraryAnnotationsView(annotations, library.filter()::find, this::openAt);
            annotationsWindow = new Stage();
            annotationsWindow.initOwner(stage);
            annotationsWindow.setTitle("Highlights and Bookmarks — Lectern");
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

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of markdown articles");
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
