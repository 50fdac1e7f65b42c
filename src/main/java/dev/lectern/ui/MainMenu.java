package dev.lectern.ui;

import dev.lectern.render.Theme;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The main window's menus (File, View, Annotations — with Mark as Read) with their keyboard shortcuts. */
final class MainMenu {

    /** What the menus ask of the window itself. */
    record WindowCommands(Runnable openFolder, Runnable problems, Runnable allAnnotations, Consumer<Boolean> export,
                          Runnable quit, Runnable toggleTags, Runnable toggleList, java.util.function.IntConsumer step,
                          Runnable shortcuts, Runnable about) {
    }

    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final AnnotationsViewModel annotations;
    private final ReaderPane readerPane;
    private final ArticleListView list;
    private final ReadStatesViewModel readStates;

    MainMenu(LibraryViewModel library, ReaderViewModel reader, AnnotationsViewModel annotations, ReaderPane readerPane,
             ArticleListView list, ReadStatesViewModel readStates) {
        this.library = library;
        this.reader = reader;
        this.annotations = annotations;
        this.readerPane = readerPane;
        this.list = list;
        this.readStates = readStates;
    }

    /** The menu bar, its items calling the view models and the window's commands. */
    MenuBar build(WindowCommands window) {
        MenuItem open = new MenuItem("Open Folder…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> window.openFolder().run());
        MenuItem reload = new MenuItem("Reload Library");
        reload.setAccelerator(KeyCombination.keyCombination("F5"));
        reload.setOnAction(e -> {
            if (library.getRoot() != null) {
                library.open(library.getRoot());
            }
        });
        MenuItem problems = new MenuItem("Files with Problems…");
        problems.setOnAction(e -> window.problems().run());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> window.quit().run());
        Menu file = new Menu("File", null, open, reload, problems, new SeparatorMenuItem(), quit);

        MenuItem filter = item("Search Library", "Shortcut+K", list::focusFilter);
        MenuItem find = item("Find in Article", "Shortcut+F", () -> readerPane.findBar().open());
        MenuItem next = item("Find Next", "F3", () -> readerPane.findBar().step(1));
        MenuItem previous = item("Find Previous", "Shift+F3", () -> readerPane.findBar().step(-1));
        MenuItem clear = new MenuItem("Show All Articles");
        clear.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        clear.setOnAction(e -> {
            library.filter().clearTags();
            list.filterField().clear();
        });
        Menu view = new Menu("View", null, filter, find, next, previous, clear, new SeparatorMenuItem(),
                item("Next Article", "Alt+Down", () -> window.step().accept(1)),
                item("Previous Article", "Alt+Up", () -> window.step().accept(-1)),
                new SeparatorMenuItem(),
                item("Tags Panel", "Shortcut+Shift+T", window.toggleTags()),
                item("Article List", "Shortcut+Shift+J", window.toggleList()),
                new SeparatorMenuItem());
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
        MenuItem markRead = item("Mark as Read", "Shortcut+Shift+U", () -> {
            if (chosenArticle() != null) {
                readStates.toggleRead(chosenArticle().id());
            }
        });
        markRead.setId("mark-read-menu-item");
        Menu notes = new Menu("Annotations", null,
                item("Bookmark Article", "Shortcut+D", () -> readerPane.layer().toggleStar()),
                markRead,
                item("Undo Delete", "Shortcut+Z", annotations::undoDelete),
                new SeparatorMenuItem(),
                item("All Highlights and Bookmarks…", "Shortcut+Shift+B", window.allAnnotations()),
                new SeparatorMenuItem(),
                item("Export as Markdown…", "Shortcut+E", () -> window.export().accept(false)),
                item("Export as JSON…", "Shortcut+Shift+E", () -> window.export().accept(true)));
        notes.setOnShowing(e -> markRead.setText(ArticleContextMenu.markText(chosenArticle(), readStates)));
        Menu help = new Menu("Help", null,
                item("Keyboard Shortcuts", "F1", window.shortcuts()),
                item("About Lectern", null, window.about()));
        return new MenuBar(file, view, notes, help);
    }

    /** The article selected in the list, else the one in the reading pane, else null. */
    private dev.lectern.model.Article chosenArticle() {
        dev.lectern.model.Article selected = list.selectedArticleProperty().get();
        return selected != null ? selected : reader.articleProperty().get();
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
