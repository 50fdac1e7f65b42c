package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.MatchMode;
import dev.lectern.model.Article;
import dev.lectern.render.Theme;
import dev.lectern.store.Preferences;
import dev.lectern.store.PreferencesFile;
import dev.lectern.store.PreferencesSaver;
import dev.lectern.store.WindowBounds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the reader set up in one window (theme, size, panes, library, article, geometry) is there in the next. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class PreferencesWindowTest {

    /** Deleted after each test: the window's library copies, annotation and index files. */
    @TempDir
    Path scratch;

    /** Work a closing window still hands over after the test is discarded, not thrown on the FX thread of the next test. */
    private final ExecutorService background = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), new ThreadPoolExecutor.DiscardPolicy());
    private final ScheduledExecutorService scheduler = new ScheduledThreadPoolExecutor(1, new ThreadPoolExecutor.DiscardPolicy());
    private Path folder;
    private PreferencesFile file;
    private ReaderFixture first;
    private final List<ReaderFixture> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createDirectories(scratch.resolve("preferences"));
        file = new PreferencesFile(folder.resolve("preferences.yaml"), Clock.systemUTC());
        first = open(stage);
        first.library.open(ReaderFixture.SAMPLES);
    }

    private ReaderFixture open(Stage stage) {
        ReaderFixture window = new ReaderFixture(stage, background, folder.resolve("annotations.yaml"), false,
                new PreferencesSaver(file, file.load().preferences(), scheduler));
        opened.add(window);
        return window;
    }

    /** Stops every window's folder watcher and background work before their executors are shut down under them. */
    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        WaitForAsyncUtils.asyncFx(() -> opened.forEach(w -> w.library.close())).get(10, TimeUnit.SECONDS);
        background.shutdownNow();
        scheduler.shutdownNow();
    }

    private static void loaded(ReaderFixture window) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.reader.articleProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A menu taller than the screen scrolls behind an arrow; on a 768-pixel laptop screen none should. */
    @Test
    void everyMenuFitsALaptopScreenWithoutScrolling(FxRobot robot) throws Exception {
        loaded(first);
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        for (javafx.scene.control.Menu menu : bar.getMenus()) {
            robot.interact(menu::show);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, menu::isShowing);
            double height = WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                    .mapToDouble(javafx.stage.Window::getHeight).max().orElse(0)).get(5, TimeUnit.SECONDS);
            robot.interact(menu::hide);
            assertThat(height).as("the %s menu's height", menu.getText()).isGreaterThan(50).isLessThan(768 - 60);
        }
    }

    /** View › Language offers the system's language and each language of the interface, named in itself. */
    @Test
    void theLanguageMenuOffersEveryLanguageOfTheInterfaceNamedInItself(FxRobot robot) throws Exception {
        loaded(first);
        javafx.scene.control.Menu languages = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".menu-bar")
                .queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "language-menu".equals(item.getId()))
                .map(javafx.scene.control.Menu.class::cast).findFirst().orElseThrow()).get(5, TimeUnit.SECONDS);
        assertThat(languages.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .containsExactly("System Language", "English", "简体中文", "日本語", "한국어");
        assertThat(((javafx.scene.control.RadioMenuItem) languages.getItems().get(0)).isSelected())
                .as("the system's language until one is chosen").isTrue();
    }

    @Test
    void quittingWithTheShortcutKeepsWhatClosingTheWindowKeeps(FxRobot robot) throws Exception {
        loaded(first);
        robot.interact(() -> {
            first.stage.setWidth(1000);
            first.stage.setHeight(700);
            first.stage.requestFocus();
        });
        robot.clickOn("#article-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> first.window.readerView().web().getEngine().getLocation()).get() != null);
        Path pages = Path.of(java.net.URI.create(WaitForAsyncUtils.asyncFx(
                () -> first.window.readerView().web().getEngine().getLocation()).get())).getParent();
        assertThat(pages).as("the folder the shown page was written to").isDirectory();
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !first.stage.isShowing());
        assertThat(pages).as("page files deleted as the window closes, not only by a shutdown hook").doesNotExist();

        Preferences saved = file.load().preferences();
        assertThat(saved.window().width()).as("the window's size, kept only as it closes").isEqualTo(1000);
        assertThat(saved.window().height()).isEqualTo(700);
    }

    /** A Lectern killed rather than closed kept its theme but came back with the panes of the session before. */
    @Test
    void thePanesShownAreSavedAsTheyChangeNotOnlyWhenTheWindowCloses(FxRobot robot) throws Exception {
        loaded(first);
        assertThat(file.load().preferences().tagPanelShown()).isTrue();
        robot.interact(() -> first.stage.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !file.load().preferences().tagPanelShown()
                && file.load().preferences().outlineShown());
        assertThat(first.stage.isShowing()).as("saved with the window still open").isTrue();
    }

    @Test
    void theSerifTypefaceChosenInTheViewMenuSetsThePageInPlaceAndTheNextWindowRendersIt(FxRobot robot) throws Exception {
        loaded(first);
        javafx.scene.web.WebView web = robot.lookup("#reader-web").query();
        String sansFont = (String) ReaderFixture.script(robot, web, "getComputedStyle(document.body).fontFamily");
        robot.clickOn("_View").clickOn("Typography").clickOn("Serif Typeface");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(ReaderFixture.script(robot, web,
                "document.documentElement.classList.contains('serif')")));
        String serifFont = (String) ReaderFixture.script(robot, web, "getComputedStyle(document.body).fontFamily");
        assertThat(serifFont).as("the page on screen, in place").contains("Noto Serif CJK SC").isNotEqualTo(sansFont);
        assertThat((String) ReaderFixture.script(robot, web, "getComputedStyle(document.querySelector('.article-meta')).fontFamily"))
                .as("its meta line stays sans-serif").isEqualTo(sansFont);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> file.load().preferences().serif());
        robot.interact(() -> first.stage.close());

        ReaderFixture[] second = new ReaderFixture[1];
        robot.interact(() -> {
            second[0] = open(new Stage());
            second[0].library.open(ReaderFixture.SAMPLES);
        });
        loaded(second[0]);
        javafx.scene.web.WebView secondWeb = robot.from(second[0].stage.getScene().getRoot()).lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(ReaderFixture.script(robot, secondWeb,
                "document.documentElement.classList.contains('serif')")));
        assertThat(second[0].reader.serifProperty().get()).isTrue();
    }

    @Test
    void theWideColumnChosenInTheViewMenuWidensThePageInPlaceAndIsKept(FxRobot robot) throws Exception {
        loaded(first);
        robot.interact(() -> first.stage.setWidth(1400));
        javafx.scene.web.WebView web = robot.lookup("#reader-web").query();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.J).release(KeyCode.SHIFT, KeyCode.CONTROL);
        // the page as the narrower pane lays it out again (its load may still be going on)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ReaderFixture.script(robot, web,
                "document.querySelector('.reader') && document.querySelector('.reader').offsetWidth") instanceof Number);
        double usual = ((Number) ReaderFixture.script(robot, web, "document.querySelector('.reader').offsetWidth")).doubleValue();
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        robot.interact(() -> bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item instanceof javafx.scene.control.Menu).flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(item -> "wide-menu-item".equals(item.getId())).map(javafx.scene.control.CheckMenuItem.class::cast)
                .findFirst().orElseThrow().setSelected(true)); // as a click on it does (the serif test clicks)
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(ReaderFixture.script(robot, web,
                "document.documentElement.classList.contains('wide')")));
        double wide = ((Number) ReaderFixture.script(robot, web, "document.querySelector('.reader').offsetWidth")).doubleValue();
        assertThat(wide).as("a pane wider than both columns shows the wider one").isGreaterThan(usual * 1.3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> file.load().preferences().wide());
        assertThat(java.nio.file.Files.readString(file.file())).contains("column: wide");
    }

    @Test
    void aSecondWindowOpensAsTheFirstWasLeft(FxRobot robot) throws Exception {
        loaded(first);
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        Article chosen = table.getItems().get(2);
        robot.interact(() -> {
            table.getSelectionModel().select(chosen);
            first.reader.themeProperty().set(Theme.DARK);
            first.reader.textSizeProperty().set(120);
            first.library.filter().modeProperty().set(MatchMode.ANY);
            first.stage.setX(60);
            first.stage.setY(40);
            first.stage.setWidth(1000);
            first.stage.setHeight(700);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.J).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL); // highlights
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.reader.articleProperty().get() == chosen);
        quit(robot, first.stage);

        Preferences saved = file.load().preferences();
        assertThat(saved.theme()).isEqualTo("dark");
        assertThat(saved.textSize()).isEqualTo(120);
        assertThat(saved.tagsAnyOf()).isTrue();
        assertThat(saved.tagPanelShown()).isFalse();
        assertThat(saved.listPanelShown()).isFalse();
        assertThat(saved.outlineShown()).isTrue();
        assertThat(saved.sideTab()).isEqualTo("highlights");
        assertThat(saved.lastLibrary()).isEqualTo(ReaderFixture.SAMPLES);
        assertThat(saved.recentLibraries()).containsExactly(ReaderFixture.SAMPLES);
        assertThat(saved.lastArticle()).isEqualTo(chosen.id().path());
        assertThat(saved.window().width()).isEqualTo(1000);

        ReaderFixture[] second = new ReaderFixture[1];
        robot.interact(() -> {
            second[0] = open(new Stage());
            second[0].library.open(saved.lastLibrary());
        });
        loaded(second[0]);
        assertThat(second[0].reader.articleProperty().get().id()).as("the last article is open again").isEqualTo(chosen.id());
        assertThat(second[0].reader.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(second[0].reader.textSizeProperty().get()).isEqualTo(120);
        assertThat(second[0].library.filter().modeProperty().get()).isEqualTo(MatchMode.ANY);
        assertThat(second[0].stage.getWidth()).isEqualTo(1000);
        assertThat(second[0].stage.getScene().lookup("#tag-tree")).as("tags stay hidden").isNull();
        assertThat(second[0].stage.getScene().lookup("#article-table")).as("so does the list").isNull();
        javafx.scene.control.TabPane side = (javafx.scene.control.TabPane) second[0].stage.getScene().lookup("#side-panel");
        assertThat(side).as("the side panel is shown").isNotNull();
        assertThat(side.getSelectionModel().getSelectedIndex()).as("on the tab it was left on").isEqualTo(1);
    }

    /** A reader going through an archive from its first post sorts it oldest first and shows the unread once, not at every start. */
    @Test
    void theOrderAndReadFilterChosenInTheListAreTheNextWindows(FxRobot robot) throws Exception {
        loaded(first);
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        List<java.time.LocalDate> newestFirst = WaitForAsyncUtils.asyncFx(() -> dates(table)).get(5, TimeUnit.SECONDS);
        assertThat(newestFirst).as("a new user's list: newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());

        robot.clickOn(robot.lookup(".column-header").match(n -> "date-column".equals(n.getId())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "oldest".equals(file.load().preferences().listOrder()));
        List<java.time.LocalDate> oldestFirst = WaitForAsyncUtils.asyncFx(() -> dates(table)).get(5, TimeUnit.SECONDS);
        assertThat(oldestFirst).as("one click: oldest first").isSorted().hasSameSizeAs(newestFirst);
        robot.clickOn("#read-filter-in-progress");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "in-progress".equals(file.load().preferences().readFilter()));
        quit(robot, first.stage);

        ReaderFixture[] second = new ReaderFixture[1];
        robot.interact(() -> {
            second[0] = open(new Stage());
            second[0].library.open(ReaderFixture.SAMPLES);
        });
        loaded(second[0]);
        TableView<Article> again = robot.lookup("#article-table").match(n -> n.getScene() == second[0].stage.getScene())
                .queryTableView();
        assertThat(second[0].library.filter().readFilterProperty().get()).as("the read filter chosen")
                .isEqualTo(dev.lectern.ui.library.ReadFilter.IN_PROGRESS);
        robot.interact(() -> second[0].library.filter().readFilterProperty().set(dev.lectern.ui.library.ReadFilter.ALL));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> again.getItems().size() >= oldestFirst.size());
        assertThat(WaitForAsyncUtils.asyncFx(() -> dates(again)).get(5, TimeUnit.SECONDS)).as("still oldest first")
                .isEqualTo(oldestFirst);
        assertThat(again.getSortOrder()).as("and the header says so").singleElement()
                .satisfies(column -> assertThat(column.getSortType()).isEqualTo(javafx.scene.control.TableColumn.SortType.ASCENDING));
    }

    /** The dates of the list's dated rows, top to bottom. */
    private static List<java.time.LocalDate> dates(TableView<Article> table) {
        return table.getItems().stream().map(Article::date).filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void theTagsCheckedInTheLastLibraryAreCheckedAgainUnlessTheyWouldHideTheArticleLeftOpen(FxRobot robot) throws Exception {
        loaded(first);
        dev.lectern.library.TagRef aws = dev.lectern.library.TagRef.of(dev.lectern.library.Facet.TAG, "AWS");
        Article tagged = first.library.filter().articles().stream().filter(a -> a.tags().contains("AWS")).findFirst().orElseThrow();
        robot.interact(() -> {
            first.library.filter().setChecked(aws, true);
            robot.lookup("#article-table").queryTableView().getSelectionModel().select(tagged);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.reader.articleProperty().get() == tagged);
        quit(robot, first.stage);
        assertThat(file.load().preferences().checkedTags()).containsExactly("tag:AWS");

        ReaderFixture[] second = new ReaderFixture[1];
        robot.interact(() -> {
            second[0] = open(new Stage());
            second[0].library.open(ReaderFixture.SAMPLES);
        });
        loaded(second[0]);
        assertThat(second[0].library.filter().isChecked(aws)).isTrue();
        assertThat(second[0].library.filter().visibleArticles()).hasSize(2).contains(second[0].reader.articleProperty().get());
    }

    @Test
    void aCheckThatWouldHideTheArticleLeftOpenIsNotRestored(FxRobot robot) throws Exception {
        loaded(first);
        Article untagged = first.library.filter().articles().stream().filter(a -> a.tags().isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> first.stage.close());
        file.save(file.load().preferences().withLibraryOpened(ReaderFixture.SAMPLES)
                .withLastArticle(untagged.id().path(), 0).withCheckedTags(List.of("tag:AWS", "tag:no-such-tag")));

        ReaderFixture[] second = new ReaderFixture[1];
        robot.interact(() -> {
            second[0] = open(new Stage());
            second[0].library.open(ReaderFixture.SAMPLES);
        });
        loaded(second[0]);
        assertThat(second[0].reader.articleProperty().get().id()).isEqualTo(untagged.id());
        assertThat(second[0].library.filter().checked()).as("AWS would hide it; the other tag is gone").isEmpty();
        assertThat(second[0].library.filter().visibleArticles()).hasSize(5);
    }

    @Test
    void theArticleLeftOpenIsInViewInTheListWhenAFirstWalkStreamedTheListInAnotherOrder(FxRobot robot) throws Exception {
        Path big = Files.createDirectories(scratch.resolve("big"));
        for (int i = 0; i < 2000; i++) {
            // walked by name, oldest first: the list fills in the opposite of the order it is sorted in at the end
            Files.writeString(big.resolve(String.format("a%04d.md", i)), String.format(
                    "---\ntitle: Post %d\ndate: %s\n---\nText.\n", i, java.time.LocalDate.of(2000, 1, 1).plusDays(i)));
        }
        loaded(first);
        robot.interact(() -> first.stage.close());

        int[] nearStart = shownRows(robot, big, "a1990.md", "Post 1990");
        assertThat(nearStart[0]).as("newest first: the tenth row").isEqualTo(9);
        assertThat(nearStart[1]).as("the list left at its start").isZero();
        assertThat(nearStart[0]).as("the selected row on screen").isLessThan(nearStart[2]);

        int[] farDown = shownRows(robot, big, "a0500.md", "Post 500");
        assertThat(farDown[0]).isEqualTo(1499);
        assertThat(farDown[1]).as("the list shows it first").isEqualTo(1499);
        assertThat(farDown[3]).as("the scroll bar's thumb, in a list of 2,000, long enough to see and grab")
                .isGreaterThanOrEqualTo(16);
    }

    /**
     * Opens a window on the library with the article left open: its row, the first row shown, the last row shown, the
     * height of the list's scroll bar thumb.
     */
    private int[] shownRows(FxRobot robot, Path library, String article, String title) throws Exception {
        file.save(file.load().preferences().withLibraryOpened(library).withLastArticle(article, 0));
        ReaderFixture[] window = new ReaderFixture[1];
        robot.interact(() -> {
            window[0] = open(new Stage());
            window[0].library.open(library);
        });
        loaded(window[0]);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window[0].library.filter().visibleArticles().size() == 2000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window[0].reader.articleProperty().get().title()).isEqualTo(title);
        TableView<?> table = robot.from(window[0].stage.getScene().getRoot()).lookup("#article-table").queryTableView();
        javafx.scene.control.skin.VirtualFlow<?> flow = robot.from(table).lookup(".virtual-flow").query();
        javafx.scene.Node thumb = table.lookupAll(".scroll-bar").stream()
                .filter(bar -> ((javafx.scene.control.ScrollBar) bar).getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .findFirst().orElseThrow().lookup(".thumb");
        int[] rows = {table.getSelectionModel().getSelectedIndex(), dev.lectern.ui.common.RowsInView.firstShown(table),
                flow.getLastVisibleCell().getIndex(), (int) thumb.getLayoutBounds().getHeight()};
        robot.interact(() -> window[0].stage.close());
        return rows;
    }

    /**
     * Started and quit again and again with nothing touched, the tag pane and the list stay where the reader left
     * them. They were placed at the window's first, default width (1360 here) and kept those pixels as the window took
     * its saved size, so a 1440-pixel window's list narrowed at each start and a 1200-pixel one's widened.
     */
    @Test
    void thePanesStayWhereTheReaderLeftThemFromOneStartToTheNext(FxRobot robot) throws Exception {
        loaded(first);
        quit(robot, first.stage);
        for (double width : new double[] {1440, 1200}) {
            file.save(file.load().preferences().withWindow(new WindowBounds(0, 0, width, 900), false)
                    .withDividers(List.of(0.17, 0.5)));
            for (int start = 1; start <= 3; start++) {
                double[] shown = startAndQuit(robot);
                assertThat(shown[0]).as("the tag pane's edge at start %d, %s px wide", start, width)
                        .isCloseTo(0.17 * width, org.assertj.core.data.Offset.offset(1.5));
                assertThat(shown[1]).as("the list's edge at start %d, %s px wide", start, width)
                        .isCloseTo(0.5 * width, org.assertj.core.data.Offset.offset(1.5));
                List<Double> saved = file.load().preferences().dividers();
                assertThat(saved.get(0) * width).as("the tag pane's edge saved at quit %d", start)
                        .isCloseTo(0.17 * width, org.assertj.core.data.Offset.offset(1.5));
                assertThat(saved.get(1) * width).as("the list's edge saved at quit %d", start)
                        .isCloseTo(0.5 * width, org.assertj.core.data.Offset.offset(1.5));
            }
        }
    }

    /**
     * A window that opens narrower than it was left (the screen is smaller now; this one is 1600 pixels wide) keeps
     * the tag pane and the list as wide as the reader made them; the reading pane takes the difference.
     */
    @Test
    void aWindowOpenedNarrowerThanItWasLeftKeepsTheWidthsOfItsSidePanes(FxRobot robot) throws Exception {
        loaded(first);
        quit(robot, first.stage);
        file.save(file.load().preferences().withWindow(new WindowBounds(0, 0, 1800, 900), false)
                .withDividers(List.of(0.17, 0.5)));
        double[] shown = startAndQuit(robot);
        assertThat(file.load().preferences().window().width()).as("the window fits the screen").isEqualTo(1600);
        assertThat(shown[0]).as("the tag pane's width").isCloseTo(0.17 * 1800, org.assertj.core.data.Offset.offset(1.5));
        assertThat(shown[1]).as("the list's right edge").isCloseTo(0.5 * 1800, org.assertj.core.data.Offset.offset(1.5));
    }

    /** A maximized window's dividers are shares of its width, not of the size it had before it was maximized. */
    @Test
    void aMaximizedWindowsPanesStayWhereTheReaderLeftThem(FxRobot robot) throws Exception {
        loaded(first);
        quit(robot, first.stage);
        file.save(file.load().preferences().withWindow(new WindowBounds(0, 0, 1000, 700), true)
                .withDividers(List.of(0.17, 0.5)));
        for (int start = 1; start <= 2; start++) {
            double[] shown = startAndQuit(robot);
            assertThat(shown[0]).as("the tag pane's width at start %d", start)
                    .isCloseTo(0.17 * 1600, org.assertj.core.data.Offset.offset(1.5));
            assertThat(file.load().preferences().dividers().get(1) * 1600).as("the list's edge saved at quit %d", start)
                    .isCloseTo(0.5 * 1600, org.assertj.core.data.Offset.offset(1.5));
        }
    }

    /** Closes a window as its user does: its close request first, so its saves are written now and none later. */
    private static void quit(FxRobot robot, Stage stage) {
        robot.interact(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.close();
        });
    }

    /** Opens a window as the preferences left it, on the samples, and quits it once shown; returns its dividers (px). */
    private double[] startAndQuit(FxRobot robot) throws Exception {
        ReaderFixture[] window = new ReaderFixture[1];
        robot.interact(() -> {
            window[0] = open(new Stage());
            window[0].library.open(ReaderFixture.SAMPLES);
        });
        loaded(window[0]);
        double[] shown = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.SplitPane panes = (javafx.scene.control.SplitPane) window[0].stage.getScene().lookup("#window-panes");
            return java.util.Arrays.stream(panes.getDividerPositions()).map(at -> at * panes.getWidth()).toArray();
        }).get(5, TimeUnit.SECONDS);
        quit(robot, window[0].stage);
        return shown;
    }

    @Test
    void aDamagedPreferencesFileIsSetAsideAndTheWindowStartsWithDefaults(FxRobot robot) throws Exception {
        loaded(first);
        Files.writeString(file.file(), "theme: [dark\n  textSize: : :\n");
        PreferencesFile.Loaded loaded = file.load();
        assertThat(loaded.warning()).isPresent();
        assertThat(loaded.preferences()).isEqualTo(Preferences.defaults());
        try (var kept = Files.list(folder)) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("preferences.yaml.damaged-"));
        }
    }
}
