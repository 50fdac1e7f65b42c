package dev.lectern.ui.window;

import dev.lectern.library.Facet;
import dev.lectern.library.MatchMode;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.render.Furigana;
import dev.lectern.render.Script;
import dev.lectern.render.Theme;
import dev.lectern.store.Preferences;
import dev.lectern.store.PreferencesSaver;
import dev.lectern.store.WindowBounds;
import dev.lectern.store.WindowPlacement;
import dev.lectern.ui.library.ArticleFilter;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.session.ReadingSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Restores the window from the preferences (size and place kept on screen, panes, theme, text size, tag mode,
 * the last article) and keeps the preferences in step: theme, text size, tag mode and the library at once
 * (saved a second later), the window's geometry and panes when it closes.
 */
final class PreferencesBinder {

    private static final System.Logger LOG = System.getLogger(PreferencesBinder.class.getName());

    private final PreferencesSaver saver;
    private final LibraryViewModel library;
    private final ReaderViewModel reader;

    PreferencesBinder(PreferencesSaver saver, LibraryViewModel library, ReaderViewModel reader) {
        this.saver = saver;
        this.library = library;
        this.reader = reader;
    }

    /**
     * Applies the saved reading choices to the reader (any thread, before the window is built) and, when the folder is
     * the library read last, has the article read last rendered while the window is built.
     *
     * @return whether that article is being prepared
     */
    boolean restoreReaderAndPrepare(Path folder) {
        Preferences saved = saver.current();
        reader.themeProperty().set(Theme.valueOf(saved.theme().toUpperCase(Locale.ROOT)));
        reader.textSizeProperty().set(saved.textSize());
        reader.latinSpacingProperty().set(saved.latinSpacing());
        reader.serifProperty().set(saved.serif());
        reader.wideProperty().set(saved.wide());
        Script script = Script.fromKey(saved.script());
        reader.defaultScriptProperty().set(script != null ? script : Script.AS_WRITTEN);
        Furigana level = Furigana.fromKey(saved.furiganaLevel());
        reader.furiganaLevelProperty().set(level != null && level != Furigana.OFF ? level : Furigana.ALL);
        reader.furiganaProperty().set(saved.furigana());
        if (folder != null && saved.lastArticle() != null && saved.lastLibrary() != null
                && Files.isDirectory(folder) && folder.toAbsolutePath().normalize().equals(saved.lastLibrary())
                && isFileInside(folder, saved.lastArticle())) {
            reader.prepareFirst(saved.lastLibrary(), new ArticleId(saved.lastArticle()));
            return true;
        }
        return false;
    }

    /**
     * Whether the saved last article names a file inside the library: the preferences file is read as any other
     * (hostile) file, and its article is opened before the library is listed, so {@code ../} or an absolute path
     * must not open a file elsewhere.
     */
    static boolean isFileInside(Path folder, String relative) {
        try {
            Path root = folder.toAbsolutePath().normalize();
            Path file = root.resolve(relative).normalize();
            return file.startsWith(root) && !file.equals(root) && Files.isRegularFile(file);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * Applies the saved preferences to the window's stage, panes and session before it is shown, follows changes from
     * then on and saves the window's geometry and pane sizes when it closes.
     */
    void restoreAndFollow(Stage stage, WindowPanes panes, ReaderPane readerPane, ReadingSession session) {
        Preferences saved = saver.current();
        reader.themeProperty().set(Theme.valueOf(saved.theme().toUpperCase(Locale.ROOT)));
        reader.textSizeProperty().set(saved.textSize());
        library.filter().modeProperty().set(saved.tagsAnyOf() ? MatchMode.ANY : MatchMode.ALL);
        followReadingChoices(saved);
        if (!saved.tagPanelShown()) {
            panes.toggleTags();
        }
        if (!saved.listPanelShown()) {
            panes.toggleList();
        }
        if (saved.dividers().size() == 2) {
            // fractions of the window as it was left, kept as this one takes its size (a maximized one's: its width)
            panes.restoreDividers(saved.window().isSet() && !saved.maximized() ? saved.window().width() : Double.NaN,
                    saved.dividers().get(0), saved.dividers().get(1));
        }
        readerPane.selectSideTab(Preferences.SIDE_TABS.indexOf(saved.sideTab())); // the tabs are in that order
        if (saved.outlineShown()) {
            readerPane.showSide();
        }
        if (saved.window().isSet()) {
            WindowBounds bounds = WindowPlacement.onScreen(saved.window(), screens());
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
        }
        stage.setMaximized(saved.maximized());
        if (saved.lastArticle() != null && saved.lastLibrary() != null) {
            session.preferArticle(saved.lastLibrary(), new ArticleId(saved.lastArticle()));
        }
        restoreAndFollowCjk(saved);
        restoreAndFollowChecks(saved);
        reader.themeProperty().addListener((obs, was, now) -> saver.change(p -> p.withTheme(now.name())));
        reader.textSizeProperty().addListener((obs, was, now) -> saver.change(p -> p.withTextSize(now.intValue())));
        library.filter().modeProperty().addListener((obs, was, now) -> saver.change(p -> p.withTagsAnyOf(now == MatchMode.ANY)));
        library.rootProperty().addListener((obs, was, now) -> {
            if (now != null && Files.isDirectory(now)) {
                saver.change(p -> p.withLibraryOpened(now));
            }
        });
        reader.articleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                saver.change(p -> p.withLastArticle(now.id().path(), 0));
            }
        });
        // the panes shown are kept as they change (a killed Lectern keeps them too); sizes when the window closes
        panes.getItems().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) change -> {
            // a pane hidden only because the screen is too narrow for it stays shown for a larger one
            if (panes.tagsChosen() != saver.current().tagPanelShown()) {
                saver.change(p -> p.withTagPanelShown(panes.tagsChosen()));
            }
            if (panes.listChosen() != saver.current().listPanelShown()) {
                saver.change(p -> p.withListPanelShown(panes.listChosen()));
            }
        });
        readerPane.sideShownProperty().addListener((obs, was, now) -> saver.change(p -> p.withOutlineShown(now)));
        readerPane.onSideTab(tab -> saver.change(p -> p.withSideTab(Preferences.SIDE_TABS.get(Math.max(0, tab)))));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> saveOnClose(stage, panes));
    }

    /**
     * What was checked in the tag panel of the library open last (a language of a translated library, a tag), checked
     * again once that library's tags are indexed, before its first article is chosen; then kept as it changes. Checks
     * that would hide the article read last are not restored: the reader left it open, so it stays in the list.
     */
    private void restoreAndFollowChecks(Preferences saved) {
        ArticleFilter filter = library.filter();
        boolean[] pending = {!saved.checkedTags().isEmpty()};
        filter.indexProperty().addListener((obs, was, index) -> {
            if (!pending[0] || index == null || index.size() == 0) {
                return;
            }
            pending[0] = false;
            if (saved.lastLibrary() != null && saved.lastLibrary().equals(library.getRoot())) {
                restoreChecks(filter, saved);
            }
        });
        filter.revisionProperty().addListener((obs, was, now) -> {
            if (pending[0] || library.loadingProperty().get()) {
                return; // not yet restored, or the list streaming in
            }
            List<String> checked = checksOf(filter);
            if (!checked.equals(saver.current().checkedTags())) {
                saver.change(p -> p.withCheckedTags(checked));
            }
        });
    }

    private static void restoreChecks(ArticleFilter filter, Preferences saved) {
        List<TagRef> refs = new java.util.ArrayList<>();
        for (String check : saved.checkedTags()) {
            int colon = check.indexOf(':');
            Facet facet = colon < 0 ? null : facetNamed(check.substring(0, colon));
            if (facet != null && !check.substring(colon + 1).isBlank()) {
                refs.add(TagRef.of(facet, check.substring(colon + 1)));
            }
        }
        filter.checkAll(refs, saved.checkedTags().contains("untagged"));
        Article last = saved.lastArticle() == null ? null : filter.find(new ArticleId(saved.lastArticle()));
        if (last != null && !filter.visibleArticles().contains(last)) {
            filter.clearTags();
        }
    }

    /** What the tag panel has checked, as the preferences keep it ({@link Preferences#checkedTags}). */
    private static List<String> checksOf(ArticleFilter filter) {
        List<String> checks = new java.util.ArrayList<>();
        for (TagRef ref : filter.checked()) {
            checks.add(ref.facet().name().toLowerCase(Locale.ROOT) + ":" + ref.path());
        }
        if (filter.isUntaggedChecked()) {
            checks.add("untagged");
        }
        return checks;
    }

    /** The facet a check names in lower case ({@code tag}, {@code category}, {@code language}), or null. */
    private static Facet facetNamed(String key) {
        return Arrays.stream(Facet.values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(key)).findFirst()
                .orElse(null);
    }

    /** The default script of Chinese articles and the furigana of Japanese ones, restored and then kept. */
    private void restoreAndFollowCjk(Preferences saved) {
        Script script = Script.fromKey(saved.script());
        reader.defaultScriptProperty().set(script != null ? script : Script.AS_WRITTEN);
        Furigana level = Furigana.fromKey(saved.furiganaLevel());
        reader.furiganaLevelProperty().set(level != null && level != Furigana.OFF ? level : Furigana.ALL);
        reader.furiganaProperty().set(saved.furigana());
        reader.defaultScriptProperty().addListener((obs, was, now) -> saver.change(p -> p.withScript(now.key())));
        reader.furiganaProperty().addListener((obs, was, now) ->
                saver.change(p -> p.withFurigana(now, reader.furiganaLevelProperty().get().key())));
        reader.furiganaLevelProperty().addListener((obs, was, now) ->
                saver.change(p -> p.withFurigana(reader.furiganaProperty().get(), now.key())));
    }

    /** Restores and then keeps the CJK choices (the CJK–Latin spacing, the typeface, the column), the tag tree's and the list's order, the list's read filter. */
    private void followReadingChoices(Preferences saved) {
        reader.latinSpacingProperty().set(saved.latinSpacing());
        reader.serifProperty().set(saved.serif());
        reader.serifProperty().addListener((obs, was, now) -> saver.change(p -> p.withSerif(now)));
        reader.wideProperty().set(saved.wide());
        reader.wideProperty().addListener((obs, was, now) -> saver.change(p -> p.withWide(now)));
        library.filter().tagsByNameProperty().set(saved.tagsByName());
        reader.latinSpacingProperty().addListener((obs, was, now) -> saver.change(p -> p.withLatinSpacing(now)));
        library.filter().tagsByNameProperty().addListener((obs, was, now) -> saver.change(p -> p.withTagsByName(now)));
        library.filter().listOrderProperty().set(dev.lectern.ui.library.ListOrder.ofKey(saved.listOrder()));
        library.filter().listOrderProperty().addListener((obs, was, now) -> saver.change(p -> p.withListOrder(now.key())));
        library.filter().readFilterProperty().set(dev.lectern.ui.library.ReadFilter.ofKey(saved.readFilter()));
        library.filter().readFilterProperty().addListener((obs, was, now) -> saver.change(p -> p.withReadFilter(now.key())));
    }

    /** Takes the window's geometry and pane sizes into the preferences and saves them now (on close); the panes shown are saved as they change. */
    private void saveOnClose(Stage stage, WindowPanes panes) {
        WindowBounds bounds = stage.isMaximized() ? saver.current().window()
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        Article open = reader.articleProperty().get();
        double position = open == null ? 0 : reader.memory().position(open.id());
        saver.change(p -> p.withWindow(bounds, stage.isMaximized())
                .withDividers(Arrays.stream(panes.dividers()).boxed().toList())
                .withLastArticle(open == null ? null : open.id().path(), position));
        try {
            saver.flush();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "preferences not saved", e);
        }
    }

    /**
     * The place in the open article was saved as the reader went ({@code PlaceKeeper}): the preferences' last position
     * follows it, as it would at a close, so that they never say the top of an article read to its middle.
     */
    void placeKept(ArticleId id, double position) {
        saver.change(p -> id.path().equals(p.lastArticle()) ? p.withLastArticle(id.path(), position) : p);
    }

    /** The recent libraries, most recent first, for File › Open Recent. */
    List<Path> recentLibraries() {
        return saver.current().recentLibraries();
    }

    void clearRecent() {
        saver.change(p -> {
            Preferences cleared = p;
            for (Path path : p.recentLibraries()) {
                cleared = cleared.withoutRecentLibrary(path);
            }
            return cleared;
        });
    }

    String language() {
        return saver.current().language();
    }

    void setLanguage(String language) {
        saver.change(p -> p.withLanguage(language));
    }

    private static List<WindowBounds> screens() {
        Screen primary = Screen.getPrimary();
        List<Screen> all = new java.util.ArrayList<>(Screen.getScreens());
        all.remove(primary);
        all.add(0, primary);
        return all.stream().map(Screen::getVisualBounds)
                .map((Rectangle2D r) -> new WindowBounds(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight())).toList();
    }
}
