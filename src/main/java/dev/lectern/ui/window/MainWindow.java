package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.library.Facet;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import dev.lectern.ui.annotations.AnnotationStores;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.common.LinkOpener;
import dev.lectern.ui.library.ArticleFilter;
import dev.lectern.ui.library.ArticleListView;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.library.ReadStatesViewModel;
import dev.lectern.ui.library.TagTreeView;
import dev.lectern.ui.reader.LinkTarget;
import dev.lectern.ui.reader.ReadProgressTracker;
import dev.lectern.ui.reader.ReaderPane;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.search.SearchViewModel;
import java.io.InputStream;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
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
    private final SearchWiring searchWiring;
    private final WindowPanes panes;
    private final javafx.scene.control.MenuBar menuBar;
    private final WindowDialogs dialogs;
    private java.nio.file.Path preferred;
    private dev.lectern.model.ArticleId preferredArticle;
    private Stage stage;

    public MainWindow(LibraryViewModel library, ReaderViewModel reader, AnnotationsViewModel annotations,
                      AnnotationStores stores, LinkOpener browser, SearchViewModel search, AppInfo info) {
        this.library = library;
        this.dialogs = new WindowDialogs(library, annotations, info, this::openAt);
        this.search = search;
        this.reader = reader;
        this.annotations = annotations;
        this.browser = browser;
        ArticleFilter filter = library.filter();
        TagTreeView tags = new TagTreeView(filter);
        ReadStatesViewModel readStates = new ReadStatesViewModel(reader.memory(), filter);
        list = new ArticleListView(filter, annotations, readStates);
        readerPane = new ReaderPane(reader, annotations, this::follow, browser::open);
        searchWiring = new SearchWiring(search, library, reader, list, readerPane, annotations);
        new ReadProgressTracker(readerPane.reader(), readStates);
        library.rootProperty().addListener((obs, was, now) -> {
            if (now != null) {
                annotations.open(stores, now);
            }
        });
        annotations.problems().addListener((javafx.collections.ListChangeListener<String>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(dialogs::tellAboutAnnotations);
            }
        });
        panes = new WindowPanes(tags, list, readerPane);
        menuBar = new MainMenu(library, reader, annotations, readerPane, list, readStates).build(new MainMenu.WindowCommands(
                dialogs::chooseFolder, dialogs::showProblems, dialogs::showAllAnnotations, dialogs::export, () -> stage.close(),
                panes::toggleTags, panes::toggleList, searchWiring::step, this::showShortcuts, dialogs::showAbout,
                dialogs::showReview));
        root.setTop(menuBar);
        root.setCenter(panes);
        root.setBottom(new StatusBarView(library, search, dialogs::showProblems));
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
                name -> dialogs.tell(javafx.scene.control.Alert.AlertType.INFORMATION, null,
                        t("language.changed", name))));
    }

    private void showShortcuts() {
        dialogs.showShortcuts(menuBar);
    }

    WindowDialogs dialogs() {
        return dialogs;
    }

    WindowPanes panes() {
        return panes;
    }

    ReaderPane readerPane() {
        return readerPane;
    }

    /** Puts the window on the stage and shows it. */
    public void show(Stage target) {
        attach(target);
        target.show();
    }

    /** Puts the window on the stage without showing it yet. */
    void attach(Stage target) {
        stage = target;
        dialogs.setOwner(target);
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
