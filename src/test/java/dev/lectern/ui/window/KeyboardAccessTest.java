package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.Await;
import dev.lectern.ui.library.ReadFilter;
import dev.lectern.model.ArticleId;
import dev.lectern.library.MatchMode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window worked with the keyboard alone: every control reached, every key doing what it says, the focus seen. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class KeyboardAccessTest {

    private static final PseudoClass KEYBOARD_FOCUS = PseudoClass.getPseudoClass("keyboard-focus");

    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private ReaderFixture window;

    @Start
    void start(Stage stage) throws IOException {
        window = ReaderFixture.onSamples(stage, background, scratch);
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    private void samplesReady() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.library.filter().totalProperty().get() == 5 && window.reader.articleProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A library of two articles: one with a tag and two links in its text, one with neither. */
    private void openLinksLibrary() throws Exception {
        Path library = Files.createDirectories(scratch.resolve("links"));
        Files.writeString(library.resolve("a.md"), "---\ntitle: Links\ntags: [one]\n---\n"
                + "First [alpha](https://example.com/alpha) then [beta](#notes) in the text.\n\n## Notes\n\nMore words.\n");
        Files.writeString(library.resolve("b.md"), "---\ntitle: Plain\n---\nNo link here at all.\n");
        samplesReady();
        robot().interact(() -> window.library.open(library));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.library.filter().totalProperty().get() == 2);
    }

    private FxRobot robot;

    private FxRobot robot() {
        return robot;
    }

    private WebView openPage(String path, String title) throws Exception {
        ArticleId id = new ArticleId(path);
        WaitForAsyncUtils.asyncFx(() -> window.window.openAt(id, null)).get();
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title.equals(ReaderFixture.pageTitle(robot, web)));
        WaitForAsyncUtils.waitForFxEvents();
        return web;
    }

    private static String focusedLinkText(FxRobot robot, WebView web) {
        return (String) ReaderFixture.script(robot, web,
                "document.activeElement&&document.activeElement.tagName==='A'?document.activeElement.textContent.trim():''");
    }

    private Node focusOwner() {
        Node[] owner = new Node[1];
        robot.interact(() -> owner[0] = window.stage.getScene().getFocusOwner());
        return owner[0];
    }

    /** What the tag tree's rows say to a screen reader. */
    private static java.util.List<String> spokenTags(FxRobot robot) {
        return robot.lookup(".tag-cell").queryAll().stream().map(Node::getAccessibleText)
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void tabWalksThePageLinksInOrderWithARingThenLeavesThePage(FxRobot robot) throws Exception {
        this.robot = robot;
        openLinksLibrary();
        WebView web = openPage("a.md", "Links");
        robot.interact(web::requestFocus);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, web::isFocused);

        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedLinkText(robot, web)).as("the first link: the tag's chip in the header").isEqualTo("one");
        assertThat(focusOwner()).isSameAs(web);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedLinkText(robot, web)).isEqualTo("alpha");
        assertThat(ReaderFixture.script(robot, web, "getComputedStyle(document.activeElement).outlineStyle"))
                .as("a focused link has a ring").isEqualTo("solid");
        assertThat((String) ReaderFixture.script(robot, web, "getComputedStyle(document.activeElement).textDecoration"))
                .as("a link in running text is underlined").contains("underline");
        assertThat((String) ReaderFixture.script(robot, web, "getComputedStyle(document.querySelector('a.tag-chip')).textDecoration"))
                .as("the header's chips are not").doesNotContain("underline");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.opened.isEmpty());
        assertThat(window.opened).as("Enter follows the focused link as a click does")
                .containsExactly(URI.create("https://example.com/alpha"));

        robot.interact(web::requestFocus);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedLinkText(robot, web)).isEqualTo("beta");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner()).as("Tab past the last link leaves the page").isNotSameAs(web).isNotNull();
        assertThat(focusedLinkText(robot, web)).as("and no link keeps the focus").isEmpty();

        WebView plain = openPage("b.md", "Plain");
        robot.interact(plain::requestFocus);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, plain::isFocused);
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner()).as("a page without links: Tab goes on to the next control").isNotSameAs(plain);
    }

    @Test
    void escInTheFindBarAndEnterInGoToHandThePageTheKeyboardWithoutFramingThePage(FxRobot robot) throws Exception {
        this.robot = robot;
        samplesReady();
        Node pane = robot.lookup(".reader-view").query();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner()).isSameAs(robot.lookup("#reader-web").query());
        assertThat(pane.getPseudoClassStates()).as("the page has the keyboard after Esc").contains(KEYBOARD_FOCUS);

        robot.interact(() -> robot.lookup("#article-filter").query().requestFocus());
        assertThat(pane.getPseudoClassStates()).doesNotContain(KEYBOARD_FOCUS);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Review of AWS");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#goto-list").tryQuery()
                .map(list -> !((javafx.scene.control.ListView<?>) list).getItems().isEmpty()).orElse(false));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.getPseudoClassStates().contains(KEYBOARD_FOCUS));
        assertThat(pane.getPseudoClassStates()).as("the page has the keyboard after Go to's Enter").contains(KEYBOARD_FOCUS);
    }

    @Test
    void arrowsInSegmentedTogglesChooseTheNextAndKeepTheRing(FxRobot robot) throws Exception {
        this.robot = robot;
        samplesReady();
        ToggleButton all = robot.lookup("#mode-all").query();
        ToggleButton any = robot.lookup("#mode-any").query();
        robot.interact(all::requestFocus);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(any.isFocused() && any.isSelected()).as("→ chooses Any of").isTrue();
        assertThat(window.library.filter().modeProperty().get()).as("and the filter follows").isEqualTo(MatchMode.ANY);
        assertThat(any.getPseudoClassStates()).as("with its ring").contains(KEYBOARD_FOCUS);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(all.isFocused() && all.isSelected() && all.getPseudoClassStates().contains(KEYBOARD_FOCUS)).isTrue();
        assertThat(any.getPseudoClassStates()).as("the ring moved").doesNotContain(KEYBOARD_FOCUS);
    }

    @Test
    void theTagTreesRowWithTheKeyboardIsRinged(FxRobot robot) throws Exception {
        this.robot = robot;
        samplesReady();
        robot.interact(() -> robot.lookup("#tags-by-count").query().requestFocus());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Node tree = robot.lookup("#tag-tree").query();
        assertThat(focusOwner()).isSameAs(tree);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region row = (javafx.scene.layout.Region) robot.lookup(".tag-cell").queryAll().stream()
                .filter(Node::isFocused).findFirst().orElseThrow();
        assertThat(row.getBackground().getFills()).as("a ring and the row's colour inside it").hasSizeGreaterThanOrEqualTo(2);
        assertThat(row.getBackground().getFills().get(0).getFill()).as("the ring: the accent, not a grey 1.1 : 1 on the pane")
                .isEqualTo(javafx.scene.paint.Color.rgb(0, 122, 255));
    }

    @Test
    void theReadFilterIsReachedByTabAndChosenWithTheArrows(FxRobot robot) throws Exception {
        this.robot = robot;
        samplesReady();
        robot.interact(() -> robot.lookup("#article-filter").query().requestFocus());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton everything = robot.lookup("#read-filter-all").query();
        assertThat(focusOwner()).as("Tab from the search field reaches the chosen filter").isSameAs(everything);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.library.filter().readFilterProperty().get()).isEqualTo(ReadFilter.UNREAD);
        assertThat(focusOwner().getPseudoClassStates()).contains(KEYBOARD_FOCUS);
    }

    @Test
    void theSidePanelsTabsSwitchWithTheArrowsAndKeepTheirRing(FxRobot robot) throws Exception {
        this.robot = robot;
        samplesReady();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane side = robot.lookup("#side-panel").query();
        robot.interact(side::requestFocus);
        int was = side.getSelectionModel().getSelectedIndex();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(side.getSelectionModel().getSelectedIndex()).isEqualTo(was + 1);
        assertThat(side.isFocused()).isTrue();
        assertThat(side.getPseudoClassStates()).as("the chosen tab's ring").contains(KEYBOARD_FOCUS);
    }

    @Test
    void theShortcutsListHasTheKeyboardScrollsWithEndAndFitsAScaledScreen(FxRobot robot) throws Exception {
        this.robot = robot;
        samplesReady();
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-scroll").tryQuery().isPresent());
        ScrollPane list = robot.lookup("#shortcuts-scroll").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, list::isFocused);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getVvalue()).as("End scrolls to the last shortcut").isEqualTo(list.getVmax());
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getVvalue()).isEqualTo(list.getVmin());

        Window dialog = list.getScene().getWindow();
        double chrome = dialog.getHeight() - list.getHeight(); // title, frame and Close around the list
        Rectangle2D scaled = new Rectangle2D(0, 0, 960, 600); // 1920 x 1200 at twice the size
        assertThat(ShortcutsDialog.listSize(scaled).getHeight() + chrome).as("the dialog within a 600-high screen")
                .isLessThanOrEqualTo(600);
        robot.interact(() -> ((Stage) dialog).close());
    }

    @Test
    void aWindowPastTheScreensEdgeIsMovedBackWhole(FxRobot robot) throws Exception {
        this.robot = robot;
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new javafx.scene.layout.Pane(), 948, 400));
            stage[0].setX(77);
            stage[0].setY(40);
            stage[0].show();
        });
        Rectangle2D room = new Rectangle2D(0, 0, 960, 600);
        robot.interact(() -> ScreenFit.keepWithin(stage[0], room, true));
        assertThat(stage[0].getX()).as("centred in the room").isEqualTo(6, org.assertj.core.data.Offset.offset(1.0));
        assertThat(stage[0].getX() + stage[0].getWidth()).isLessThanOrEqualTo(960);
        robot.interact(() -> {
            stage[0].setX(300);
            ScreenFit.keepWithin(stage[0], room, false);
        });
        assertThat(stage[0].getX() + stage[0].getWidth()).as("moved only as far as needed").isEqualTo(960,
                org.assertj.core.data.Offset.offset(1.0));
        robot.interact(stage[0]::close);
    }

    @Test
    void theFindBarsButtonsAreNeverCutToAnEllipsis(FxRobot robot) throws Exception {
        this.robot = robot;
        samplesReady();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        for (Node node : robot.lookup("#find-bar .find-button").queryAll()) {
            Button button = (Button) node;
            assertThat(button.minWidth(-1)).as(button.getText()).isGreaterThanOrEqualTo(button.prefWidth(-1));
        }
    }

    @Test
    void theArticlesHighlightsPanelOpensOnEnterAndRenamesABookmarkOnF2(FxRobot robot) throws Exception {
        this.robot = robot;
        samplesReady();
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(ReaderFixture.script(robot, web, "!!window.lectern")));
        robot.interact(() -> web.getEngine().executeScript("(function(){var w=document.createTreeWalker("
                + "document.querySelector('.article-body'),NodeFilter.SHOW_TEXT,null,false);var n=w.nextNode();"
                + "while(n&&n.nodeValue.trim().length<4){n=w.nextNode();}var r=document.createRange();r.setStart(n,0);"
                + "r.setEnd(n,4);var s=window.getSelection();s.removeAllRanges();s.addRange(r);})()"));
        robot.interact(web::requestFocus);
        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.annotations.all().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> panel = robot.lookup("#article-annotations").queryListView();
        robot.interact(() -> {
            panel.requestFocus();
            panel.getSelectionModel().select(0);
        });
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing())
                .map(w -> ((Stage) w).getTitle())).as("F2 renames the bookmark").contains("Rename bookmark");
        javafx.scene.control.TextField label = robot.from(robot.lookup(".dialog-pane").queryAs(Node.class))
                .lookup(".text-field").queryAs(javafx.scene.control.TextField.class);
        assertThat(label.getWidth()).as("room for a long Chinese label, not 160 px").isGreaterThanOrEqualTo(360);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTranslationsLinksAreReachedByTab(FxRobot robot) throws Exception {
        this.robot = robot;
        samplesReady();
        Path site = Files.createDirectories(scratch.resolve("site"));
        for (String[] page : new String[][] {{"en", "Cookies"}, {"ja", "クッキー"}}) {
            Path file = Files.createDirectories(site.resolve(page[0] + "/blog/cookies")).resolve("index.md");
            Files.writeString(file, "---\ntitle: " + page[1] + "\ndate: 2023-10-11\n---\nText.\n");
        }
        robot.interact(() -> window.library.open(site));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.library.loadingProperty().get()
                && window.library.filter().totalProperty().get() == 2);
        openPage("en/blog/cookies/index.md", "Cookies");
        Hyperlink link = (Hyperlink) robot.lookup("#translations .hyperlink").query();
        assertThat(link.isFocusTraversable()).as("the link is in the Tab order").isTrue();
        robot.interact(link::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.reader.articleProperty().get().id().path().equals("ja/blog/cookies/index.md"));
    }

    @Test
    void everyRowSaysWhatItShowsToAScreenReader(FxRobot robot) throws Exception {
        this.robot = robot;
        samplesReady();
        Await.until(() -> robot.lookup(".tag-cell").queryAll().stream().anyMatch(c -> c.getAccessibleText() != null
                && c.getAccessibleText().startsWith("AWS")), Duration.ofSeconds(10));
        Node aws = robot.lookup(".tag-cell").queryAll().stream()
                .filter(c -> c.getAccessibleText() != null && c.getAccessibleText().startsWith("AWS,")).findFirst().orElseThrow();
        assertThat(aws.getAccessibleText()).isEqualTo("AWS, 2 articles, not checked");
        robot.interact(() -> window.library.filter().showOnly(window.library.filter().indexProperty().get()
                .roots(dev.lectern.library.Facet.TAG).stream().filter(t -> t.label().equals("AWS")).findFirst()
                .orElseThrow().ref()));
        Await.until(() -> spokenTags(robot).contains("AWS, 2 articles, checked"), Duration.ofSeconds(5));
        assertThat(spokenTags(robot)).as("checking it is said").contains("AWS, 2 articles, checked");

        Node row = robot.lookup(".article-title-cell").queryAll().stream()
                .filter(c -> c.getAccessibleText() != null).findFirst().orElseThrow();
        assertThat(row.getAccessibleText()).matches(".+(, \\d{4}-\\d\\d-\\d\\d)?, (Unread|Read|Reading: .*)(, .*)?");
    }
}
