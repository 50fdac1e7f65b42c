package dev.lectern.ui.window;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.render.Theme;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.library.ArticleContextMenu;
import dev.lectern.ui.library.ArticleListView;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.library.RandomArticle;
import dev.lectern.ui.library.ReadStatesViewModel;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.reader.ScriptMenus;
import dev.lectern.ui.session.ReadingSession;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The main window's menus with their keyboard shortcuts: File, Go (searching, finding, moving between articles),
 * View (panels and how the page looks), Annotations (with Mark as Read), Help. Each fits a 768-pixel-high screen.
 */
final class MainMenu {

    /** What the menus ask of the window itself. */
    record WindowCommands(Runnable openFolder, Runnable problems, Runnable allAnnotations, Runnable exportMarkdown,
                          Runnable exportWebAnnotations, Runnable importWebAnnotations,
                          Runnable quit, Runnable toggleTags, Runnable toggleList, java.util.function.IntConsumer step,
                          Runnable shortcuts, Runnable about, Consumer<String> languageChanged, Runnable goTo,
                          Runnable review, Runnable fullScreen, Runnable print) {
    }

    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final AnnotationsViewModel annotations;
    private final ReaderPane readerPane;
    private final Supplier<ArticleListView> list;
    private final ReadStatesViewModel readStates;
    private final PreferencesBinder preferences;
    private final ReadingSession session;

    /** With preferences, File › Open Recent and View › Language are among the items; without (null), they are not. */
    MainMenu(LibraryViewModel library, ReaderViewModel reader, AnnotationsViewModel annotations, ReaderPane readerPane,
             Supplier<ArticleListView> list, ReadStatesViewModel readStates, ReadingSession session,
             PreferencesBinder preferences) {
        this.preferences = preferences;
        this.session = session;
        this.library = library;
        this.reader = reader;
        this.annotations = annotations;
        this.readerPane = readerPane;
        this.list = list;
        this.readStates = readStates;
    }

    /** The menu bar, its items calling the view models and the window's commands. */
    MenuBar build(WindowCommands window) {
        MenuItem open = new MenuItem(t("menu.file.open"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> window.openFolder().run());
        MenuItem reload = new MenuItem(t("menu.file.reload"));
        reload.setAccelerator(KeyCombination.keyCombination("F5"));
        reload.setOnAction(e -> library.open(library.getRoot()));
        reload.disableProperty().bind(library.rootProperty().isNull());
        MenuItem problems = new MenuItem(t("menu.file.problems"));
        problems.setOnAction(e -> window.problems().run());
        MenuItem print = item(t("menu.file.print"), "Shortcut+Shift+P", window.print());
        print.disableProperty().bind(reader.articleProperty().isNull());
        MenuItem quit = new MenuItem(t("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> window.quit().run());
        Menu file = MenuKeys.menu(t("menu.file"), 'F');
        file.getItems().add(open);
        if (preferences != null) {
            file.getItems().add(new RecentMenu(preferences, library::open));
        }
        file.getItems().addAll(reload, problems, new SeparatorMenuItem(), print, new SeparatorMenuItem(), quit);

        MenuItem filter = item(t("menu.go.search"), "Shortcut+K", () -> list.get().focusFilter());
        MenuItem goTo = item(t("menu.go.goTo"), "Shortcut+P", window.goTo());
        MenuItem find = item(t("menu.go.find"), "Shortcut+F", () -> readerPane.findBar().open());
        MenuItem next = item(t("menu.go.findNext"), "F3", () -> readerPane.findBar().step(1));
        MenuItem previous = item(t("menu.go.findPrevious"), "Shift+F3", () -> readerPane.findBar().step(-1));
        for (MenuItem needsArticle : List.of(find, next, previous)) {
            needsArticle.disableProperty().bind(reader.articleProperty().isNull());
        }
        MenuItem clear = new MenuItem(t("menu.go.showAll"));
        clear.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        clear.setOnAction(e -> {
            library.filter().clearTags();
            list.get().filterField().clear();
        });
        Menu go = MenuKeys.menu(t("menu.go"), 'G');
        go.getItems().addAll(filter, goTo, clear, new SeparatorMenuItem(), find, next, previous,
                new SeparatorMenuItem(),
                item(t("menu.go.nextArticle"), "Alt+Down", () -> window.step().accept(1)),
                item(t("menu.go.previousArticle"), "Alt+Up", () -> window.step().accept(-1)),
                item(t("menu.go.random"), "Alt+R", this::openRandom),
                new SeparatorMenuItem(),
                historyItem(t("menu.go.back"), "Alt+Left", session::back, session.canGoBackProperty()),
                historyItem(t("menu.go.forward"), "Alt+Right", session::forward, session.canGoForwardProperty()));
        Menu view = MenuKeys.menu(t("menu.view"), 'V');
        view.getItems().addAll(
                item(t("menu.view.tagsPanel"), "Shortcut+Shift+T", window.toggleTags()),
                item(t("menu.view.articleList"), "Shortcut+Shift+J", window.toggleList()),
                item(t("menu.view.fullScreen"), "F11", window.fullScreen()),
                new SeparatorMenuItem(),
                item(t("menu.view.outline"), "Shortcut+Shift+O", () -> readerPane.toggleSide(false)),
                item(t("menu.view.highlights"), "Shortcut+Shift+H", () -> readerPane.toggleSide(true)),
                item(t("menu.view.backlinks"), "Shortcut+Shift+K", readerPane::toggleBacklinks),
                new SeparatorMenuItem());
        for (Theme theme : Theme.values()) {
            MenuItem item = new MenuItem(t("menu.view.theme." + theme.name().toLowerCase(Locale.ROOT)));
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (theme.ordinal() + 1)));
            item.setOnAction(e -> reader.themeProperty().set(theme));
            view.getItems().add(item);
        }
        MenuItem serif = checkItem(t("menu.view.serif"), "serif-menu-item", reader.serifProperty());
        MenuItem wide = checkItem(t("menu.view.wide"), "wide-menu-item", reader.wideProperty());
        MenuItem spacing = checkItem(t("menu.view.latinSpacing"), "latin-spacing-menu-item", reader.latinSpacingProperty());
        Menu typography = new Menu(t("menu.view.typography"), null, serif, wide, spacing);
        view.getItems().addAll(new SeparatorMenuItem(),
                item(t("menu.view.larger"), "Shortcut+Equals", () -> reader.changeTextSize(10)),
                item(t("menu.view.smaller"), "Shortcut+Minus", () -> reader.changeTextSize(-10)),
                item(t("menu.view.actualSize"), "Shortcut+0", () -> reader.changeTextSize(0)),
                typography,
                new SeparatorMenuItem(),
                item(t("menu.view.lineBreaks"), "Shortcut+Shift+L", reader::toggleLineBreaks),
                verticalItem(reader),
                item(t("menu.view.remoteImages"), "Shortcut+Shift+I", reader::allowRemoteImages));
        view.getItems().addAll(ScriptMenus.scriptMenu(reader), ScriptMenus.furiganaMenu(reader));
        if (preferences != null) {
            view.getItems().add(new LanguageMenu(preferences, window.languageChanged()));
        }
        MenuItem markRead = item(t("article.markRead"), "Shortcut+Shift+U", () -> {
            if (chosenArticle() != null) {
                readStates.toggleRead(chosenArticle().id());
            }
        });
        markRead.setId("mark-read-menu-item");
        MenuItem star = item(t("menu.annotations.bookmark"), "Shortcut+D", () -> readerPane.layer().toggleStar());
        star.disableProperty().bind(reader.articleProperty().isNull());
        Menu notes = MenuKeys.menu(t("menu.annotations"), 'A');
        notes.getItems().addAll(
                star,
                markRead,
                item(t("menu.annotations.undo"), "Shortcut+Z", annotations::undo),
                new SeparatorMenuItem(),
                item(t("menu.annotations.all"), "Shortcut+Shift+B", window.allAnnotations()),
                item(t("menu.annotations.review"), "Shortcut+Shift+R", window.review()),
                new SeparatorMenuItem(),
                item(t("menu.annotations.exportMarkdown"), "Shortcut+E", window.exportMarkdown()),
                item(t("menu.annotations.exportWeb"), "Shortcut+Shift+E", window.exportWebAnnotations()),
                item(t("menu.annotations.importWeb"), null, window.importWebAnnotations()));
        notes.setOnShowing(e -> markRead.setText(ArticleContextMenu.markText(chosenArticle(), readStates)));
        Menu help = MenuKeys.menu(t("menu.help"), 'H');
        help.getItems().addAll(
                item(t("menu.help.shortcuts"), "F1", window.shortcuts()),
                item(t("menu.help.about"), null, window.about()));
        return new MenuBar(file, go, view, notes, help);
    }

    /** Go › Random Article: an unread one of those the list shows, while there is any ({@link RandomArticle}). */
    private void openRandom() {
        dev.lectern.model.Article pick = RandomArticle.pick(list.get().table().getItems(),
                a -> readStates.progress(a.id()).state() == dev.lectern.model.ReadState.UNREAD,
                reader.articleProperty().get(), new java.util.Random());
        if (pick != null) {
            session.open(pick.id());
        }
    }

    /**
     * A check item of View › Typography that follows a reading choice for every article: the serif face (Song, Ming,
     * Mincho), the wide column, the thin space between CJK and Latin text.
     */
    private static MenuItem checkItem(String text, String id, javafx.beans.property.BooleanProperty choice) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(text);
        item.setId(id);
        item.selectedProperty().bindBidirectional(choice);
        return item;
    }

    /** The article selected in the list, else the one in the reading pane, else null. */
    private dev.lectern.model.Article chosenArticle() {
        dev.lectern.model.Article selected = list.get().selectedArticleProperty().get();
        return selected != null ? selected : reader.articleProperty().get();
    }

    /** Vertical writing, enabled only while a Chinese or Japanese page is shown. */
    private static MenuItem verticalItem(ReaderViewModel reader) {
        MenuItem item = item(t("menu.view.vertical"), "Shortcut+Shift+V", reader::toggleVertical);
        item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !ReaderViewModel.canBeVertical(reader.pageProperty().get()), reader.pageProperty()));
        return item;
    }

    /** Back or Forward, enabled while there is an article to go to. */
    private static MenuItem historyItem(String text, String keys, Runnable action,
                                        javafx.beans.value.ObservableBooleanValue possible) {
        MenuItem item = item(text, keys, action);
        item.disableProperty().bind(javafx.beans.binding.Bindings.not(possible));
        return item;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
