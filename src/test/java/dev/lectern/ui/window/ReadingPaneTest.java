package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.render.Theme;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.reader.ReaderViewModel;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reading pane's own behaviour: links between articles, themes in place, remembered positions, opt-ins. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class ReadingPaneTest {

    /** Deleted after each test: the window's library copies, annotation and index files. */
    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private List<URI> opened;
    private LibraryViewModel library;
    private ReaderViewModel reader;
    private WebView web;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path root = Files.createDirectories(scratch.resolve("library"));
        Files.createDirectories(root.resolve("notes"));
        StringBuilder longBody = new StringBuilder("---\ntitle: 长文\ndate: 2021-01-02\n---\n[去中间](#middle)\n\n");
        for (int i = 1; i <= 60; i++) {
            longBody.append("## 第").append(i).append(i == 30 ? "节 {: #middle }\n\n" : "节\n\n").append("这一段是第").append(i).append("节的内容，足够长以便滚动。\n\n");
        }
        longBody.append("[下一篇](notes/next.md)\n\n![远程图片](http://127.0.0.1:9/remote.png)\n");
        write(root.resolve("long.md"), longBody.toString());
        write(root.resolve("notes/next.md"), "---\ntitle: 下一篇文章\ndate: 2020-01-01\n---\n正文。[看第30节](../long.md#middle)[^a]\n\n"
                + "```mermaid\ngraph LR\n  甲 --> 乙\n```\n\n[^a]: 一个脚注，说明第30节。\n");
        ReaderFixture window = new ReaderFixture(stage, background,
                Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml"), true);
        library = window.library;
        reader = window.reader;
        opened = window.opened;
        library.open(root);
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        WaitForAsyncUtils.asyncFx(library::close).get(10, TimeUnit.SECONDS);
        background.shutdownNow();
    }

    @Test
    void aLinkToAnotherArticleOpensItInLectern(FxRobot robot) throws Exception {
        openLongArticle(robot);
        robot.interact(() -> script("document.querySelector(\"a[href='lectern-link:notes%2Fnext.md']\").scrollIntoView(false)"));
        robot.clickOn(ReaderFixture.pointOf(robot, web, "a[href='lectern-link:notes%2Fnext.md']"));
        awaitPage(robot, "下一篇文章");
        assertThat(reader.articleProperty().get().id().path()).isEqualTo("notes/next.md");
        assertThat(opened).isEmpty();
    }

    @Test
    void aLinkToAPlaceInAnotherArticleOpensItThereAndAltLeftComesBack(FxRobot robot) throws Exception {
        openLongArticle(robot);
        select(robot, "下一篇文章");
        awaitPage(robot, "下一篇文章");
        robot.moveTo(ReaderFixture.pointOf(robot, web, "a[href*='long.md']"));
        Label status = robot.lookup("#link-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, status::isVisible);
        assertThat(status.getText()).as("where the link leads, before it is clicked").contains("长文");
        robot.clickOn(ReaderFixture.pointOf(robot, web, "a[href*='long.md']"));
        awaitPage(robot, "长文");
        assertThat(status.isVisible()).as("gone with the page").isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(((Number) scriptOnFx(robot,
                "document.getElementById('middle').getBoundingClientRect().top")).doubleValue()) < 50);
        assertThat(((Number) scriptOnFx(robot, "window.scrollY")).doubleValue()).as("at the heading, far down").isGreaterThan(1000);

        robot.clickOn("#go-back");
        awaitPage(robot, "下一篇文章");
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        awaitPage(robot, "长文");
        assertThat(robot.lookup("#article-table").queryTableView().getSelectionModel().getSelectedItem())
                .as("the list follows").extracting(a -> ((Article) a).title()).isEqualTo("长文");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        awaitPage(robot, "下一篇文章");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        awaitPage(robot, "长文");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#go-back").queryButton().isVisible()).as("nothing before the first article").isFalse();
        assertThat(opened).isEmpty();
    }

    @Test
    void restingThePointerOnALinkToAnotherArticleShowsItsCardUntilThePointerMovesOn(FxRobot robot) throws Exception {
        openLongArticle(robot);
        select(robot, "下一篇文章");
        awaitPage(robot, "下一篇文章");
        robot.moveTo(ReaderFixture.pointOf(robot, web, "a[href*='long.md']"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scriptOnFx(robot, "document.getElementById('lt-linkcard')") != null);
        assertThat(scriptOnFx(robot, "document.querySelector('#lt-linkcard .lt-card-title').textContent")).isEqualTo("长文");
        assertThat(scriptOnFx(robot, "document.querySelector('#lt-linkcard .lt-card-subtitle').textContent"))
                .as("the heading the link names (#middle)").isEqualTo("\u00a7 第30节");
        assertThat(scriptOnFx(robot, "document.querySelector('#lt-linkcard .lt-card-meta').textContent")).isEqualTo("2021-01-02");
        assertThat((String) scriptOnFx(robot, "document.querySelector('#lt-linkcard .lt-card-text').textContent"))
                .as("that section's words, read from its file, up to the next section").isEqualTo("这一段是第30节的内容，足够长以便滚动。");
        assertThat(reader.articleProperty().get().title()).as("still on the page with the link").isEqualTo("下一篇文章");

        robot.moveTo(ReaderFixture.pointOf(robot, web, "sup a"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scriptOnFx(robot, "document.getElementById('lt-footnote')") != null);
        assertThat(scriptOnFx(robot, "document.getElementById('lt-linkcard')")).as("gone once the pointer is on a link without a card")
                .isNull();
        robot.moveTo(ReaderFixture.pointOf(robot, web, "a[href*='long.md']"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scriptOnFx(robot, "document.getElementById('lt-linkcard')") != null);

        robot.moveTo(ReaderFixture.pointOf(robot, web, "h1.article-title"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scriptOnFx(robot, "document.getElementById('lt-linkcard')") == null);
    }

    @Test
    void restingThePointerOnAFootnotesNumberShowsTheNoteUntilThePointerOrThePageMovesOn(FxRobot robot) throws Exception {
        openLongArticle(robot);
        select(robot, "下一篇文章");
        awaitPage(robot, "下一篇文章");
        robot.moveTo(ReaderFixture.pointOf(robot, web, "sup a"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scriptOnFx(robot, "document.getElementById('lt-footnote')") != null);
        assertThat(scriptOnFx(robot, "document.getElementById('lt-footnote').textContent.trim()")).isEqualTo("一个脚注，说明第30节。");

        robot.moveTo(ReaderFixture.pointOf(robot, web, "h1.article-title"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scriptOnFx(robot, "document.getElementById('lt-footnote')") == null);
        robot.interact(web::requestFocus);
        robot.moveTo(ReaderFixture.pointOf(robot, web, "sup a"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scriptOnFx(robot, "document.getElementById('lt-footnote')") != null);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN); // the page scrolls: the box would stay where the number was
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> scriptOnFx(robot, "document.getElementById('lt-footnote')") == null);
    }

    @Test
    void theOutlineMarksTheHeadingOfTheSectionBeingReadAsThePageScrolls(FxRobot robot) throws Exception {
        openLongArticle(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        javafx.scene.control.ListView<?> outline = robot.lookup("#outline").queryListView();
        robot.interact(() -> script("document.getElementById('middle').scrollIntoView()"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "第30节".equals(currentOutlineRow(robot)));
        robot.interact(() -> script("window.scrollTo(0, document.body.scrollHeight)"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "第60节".equals(currentOutlineRow(robot)));
        assertThat(outline.getItems()).hasSize(60);
        robot.interact(() -> script("window.scrollTo(0, 0)"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> currentOutlineRow(robot) == null);
    }

    private static boolean inMenuBar(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.MenuBar) {
                return true;
            }
        }
        return false;
    }

    /** The text of the outline's row marked as the section being read, or null when none is. */
    private static String currentOutlineRow(FxRobot robot) {
        javafx.css.PseudoClass current = javafx.css.PseudoClass.getPseudoClass("current");
        String[] text = new String[1];
        robot.interact(() -> robot.lookup("#outline .list-cell").queryAll().stream()
                .filter(cell -> cell.getPseudoClassStates().contains(current))
                .findFirst().ifPresent(cell -> text[0] = ((javafx.scene.control.Labeled) cell).getText()));
        return text[0];
    }

    @Test
    void goRandomArticleOpensAnotherOfTheListedArticlesAndSelectsIt(FxRobot robot) throws Exception {
        openLongArticle(robot);
        robot.clickOn("_Go").clickOn("Random Article"); // "_": the menu's access key, Alt+G
        awaitPage(robot, "下一篇文章");
        assertThat(robot.lookup("#article-table").queryTableView().getSelectionModel().getSelectedItem())
                .extracting(a -> ((Article) a).title()).isEqualTo("下一篇文章");
    }

    @Test
    void everyButtonOnScreenHasANameAScreenReaderCanSay(FxRobot robot) throws Exception {
        openLongArticle(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.interact(web::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> unnamed = new java.util.ArrayList<>();
        int[] buttons = {0};
        robot.interact(() -> robot.lookup((javafx.scene.Node node) -> node instanceof javafx.scene.control.ButtonBase
                        || node instanceof javafx.scene.control.MenuButton).queryAll().stream()
                .filter(javafx.scene.Node::isVisible)
                .filter(node -> !inMenuBar(node)) // the menu bar names its menus itself
                .forEach(node -> {
                    buttons[0]++;
                    Object name = node.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT);
                    if (!(name instanceof String text) || text.strip().length() <= 1) {
                        unnamed.add(node.getId() + " " + node.getStyleClass() + " '" + name + "'");
                    }
                }));
        assertThat(buttons[0]).as("the toolbar's, the find bar's, the side panel's").isGreaterThan(15);
        assertThat(unnamed).as("an icon or a letter alone names nothing").isEmpty();
    }

    @Test
    void aLinkWithinThePageJumpsThereAndBackReturns(FxRobot robot) throws Exception {
        openLongArticle(robot);
        robot.interact(() -> script("window.scrollTo(0, 0)"));
        robot.clickOn(ReaderFixture.pointOf(robot, web, "a[href='#middle']"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(((Number) scriptOnFx(robot,
                "document.getElementById('middle').getBoundingClientRect().top")).doubleValue()) < 50);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#go-back").queryButton().isVisible());

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((Number) scriptOnFx(robot, "window.scrollY")).doubleValue() < 100);
        assertThat(reader.articleProperty().get().title()).as("the same article").isEqualTo("长文");
    }

    @Test
    void aJumpFromTheOutlineIsUndoneByBackWhichReturnsToThePassageReadBefore(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !library.loadingProperty().get() && library.filter().totalProperty().get() == 2);
        web = robot.lookup("#reader-web").query();
        select(robot, "下一篇文章"); // an article before: Back must not go there
        awaitPage(robot, "下一篇文章");
        select(robot, "长文");
        awaitPage(robot, "长文");
        robot.interact(() -> script("document.getElementById('middle').scrollIntoView()"));
        double reading = ((Number) scriptOnFx(robot, "window.scrollY")).doubleValue();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "第30节".equals(currentOutlineRow(robot)));
        javafx.scene.control.ListView<?> outline = robot.lookup("#outline").queryListView();
        robot.interact(() -> outline.scrollTo(0)); // the reader scrolls the outline up to a heading before
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#outline .list-cell").match((javafx.scene.Node cell)
                -> cell instanceof javafx.scene.control.ListCell<?> row && !row.isEmpty() && row.getIndex() == 2).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((Number) scriptOnFx(robot, "window.scrollY")).doubleValue() < reading - 200);

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(((Number) scriptOnFx(robot,
                "document.getElementById('middle').getBoundingClientRect().top")).doubleValue()) < 80);
        assertThat(reader.articleProperty().get().title()).as("the same article").isEqualTo("长文");
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((Number) scriptOnFx(robot, "window.scrollY")).doubleValue() < reading - 200);
        assertThat(reader.articleProperty().get().title()).as("Forward jumps to the heading again").isEqualTo("长文");
    }

    @Test
    void theBacklinksTabListsTheArticlesLinkingHereAndOpensThem(FxRobot robot) throws Exception {
        openLongArticle(robot);
        // Ctrl+Shift+K shows the side panel at its Backlinks tab, whether the panel was shown or not
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#linked-from")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        javafx.scene.control.ListView<?> linking = robot.lookup("#linked-from").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> linking.getItems().size() == 1);
        assertThat(((Article) linking.getItems().get(0)).title()).isEqualTo("下一篇文章");

        // the cell found is the one clicked: a second lookup raced the list laying out its cells again
        javafx.scene.Node[] row = new javafx.scene.Node[1];
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            robot.lookup("#linked-from .list-cell")
                    .match((javafx.scene.control.ListCell<?> cell) -> cell.getItem() instanceof Article a
                            && a.title().equals("下一篇文章"))
                    .tryQuery().ifPresent(cell -> row[0] = cell);
            return row[0] != null;
        });
        assertThat(robot.from(row[0]).lookup(".backlink-context").queryAs(Label.class).getText())
                .as("the words around its link, as its page reads").isEqualTo("正文。看第30节");
        robot.clickOn(row[0]);
        awaitPage(robot, "下一篇文章");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> linking.getItems().size() == 1
                && ((Article) linking.getItems().get(0)).title().equals("长文"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#side-panel").tryQuery()).as("Ctrl+Shift+K hides the backlinks it shows").isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#linked-from").tryQuery().map(javafx.scene.Node::isVisible)).hasValue(true);
    }

    @Test
    void aLinksContextMenuCopiesTheAddressAsWrittenNotTheShieldedOne(FxRobot robot) throws Exception {
        openLongArticle(robot);
        select(robot, "下一篇文章");
        awaitPage(robot, "下一篇文章");
        contextMenuAt(robot, ReaderFixture.pointOf(robot, web, "a[href*='long.md']"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#link-copy").tryQuery().isPresent());
        assertThat(robot.lookup("#link-browse").tryQuery().map(javafx.scene.Node::isVisible))
                .as("no web address to open in a browser").hasValue(false);
        assertThat(robot.lookup("#page-copy").tryQuery().map(javafx.scene.Node::isVisible)).as("nothing selected").hasValue(false);
        robot.clickOn("#link-copy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard()).isEqualTo("../long.md#middle");

        robot.interact(() -> script("var r=document.createRange();r.setStart(document.querySelector('.article-body p').firstChild,0);"
                + "r.setEnd(document.querySelector('.article-body p').firstChild,3);getSelection().removeAllRanges();getSelection().addRange(r)"));
        contextMenuAt(robot, ReaderFixture.pointOf(robot, web, ".article-body p"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#page-copy").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#page-copy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard()).isEqualTo("正文。");

        contextMenuAt(robot, ReaderFixture.pointOf(robot, web, "a[href*='long.md']"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#link-open").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#link-open");
        awaitPage(robot, "长文");
    }

    @Test
    void articlesAddedChangedAndRemovedOutsideTheAppShowUpAndTheOpenOneReRenders(FxRobot robot) throws Exception {
        openLongArticle(robot);
        Path root = library.getRoot();
        write(root.resolve("notes/new.md"), "---\ntitle: 新来的文章\ntags: [新标签]\n---\n内容\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> titles(robot).contains("新来的文章"));
        assertThat(library.filter().indexProperty().get().roots(dev.lectern.library.Facet.TAG))
                .extracting(dev.lectern.library.TagNode::label).contains("新标签");

        String changed = Files.readString(root.resolve("long.md")).replace("title: 长文", "title: 改过的长文");
        write(root.resolve("long.md"), changed);
        awaitPage(robot, "改过的长文");
        assertThat(reader.articleProperty().get().title()).isEqualTo("改过的长文");

        Files.delete(root.resolve("notes/new.md"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !titles(robot).contains("新来的文章"));
        assertThat(titles(robot)).containsExactlyInAnyOrder("改过的长文", "下一篇文章");
    }

    @Test
    void problemsReadingAnArticleAreListedOverItsPageUntilClosed(FxRobot robot) throws Exception {
        openLongArticle(robot);
        assertThat(robot.lookup("#reader-warnings").tryQuery()).as("a clean article has no problems to list").isEmpty();
        write(library.getRoot().resolve("broken.md"), "---\ntitle: 坏的元数据\ndate: 第二天\ntags: [unclosed\n---\n正文照常显示。\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> titles(robot).contains("坏的元数据"));

        select(robot, "坏的元数据");
        awaitPage(robot, "坏的元数据");
        javafx.scene.Node banner = robot.lookup("#reader-warnings").query();
        javafx.scene.control.Label text = robot.lookup("#reader-warnings-text").queryAs(javafx.scene.control.Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(text.getText()).contains("第二天").contains("\u2022");
        assertThat((String) scriptOnFx(robot, "document.body.textContent")).contains("正文照常显示");

        select(robot, "长文");
        awaitPage(robot, "长文");
        assertThat(banner.isVisible()).isFalse();

        select(robot, "坏的元数据");
        awaitPage(robot, "坏的元数据");
        assertThat(banner.isVisible()).isTrue();
        robot.clickOn("#reader-warnings-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void theWarningsLinkListsAFileWithProblemsWhoseNameShowsAndADoubleClickOpensIt(FxRobot robot) throws Exception {
        openLongArticle(robot);
        Files.createDirectories(library.getRoot().resolve("notes/a-rather-long-folder-name"));
        write(library.getRoot().resolve("notes/a-rather-long-folder-name/broken.md"),
                "---\ntitle: 坏的元数据\ndate: 第二天，或者第三天，总之是写这篇笔记之后不久的某一天，那时候还没有想好具体的日期，先这样写着\n---\n"
                        + "正文照常显示。\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> titles(robot).contains("坏的元数据"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#status-warnings").query().isVisible());

        // a small window in the screen's corner: centred on it, the dialog began 62 px left of the screen
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
        });
        robot.clickOn("#status-warnings");
        TableView<?> problems = robot.lookup("#problems-table").queryTableView();
        javafx.stage.Window dialog = problems.getScene().getWindow();
        assertThat(dialog.getWidth()).as("wider than the theme's 600 px dialogs").isGreaterThan(800);
        assertThat(screen.contains(dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight()))
                .as("the dialog %s,%s %sx%s whole on the screen %s", dialog.getX(), dialog.getY(), dialog.getWidth(),
                        dialog.getHeight(), screen).isTrue();
        // the dialog's cells only: the article list's cells hold the article, whose text holds its problems too
        javafx.scene.control.TableCell<?, ?> file = robot.from(problems).lookup(".table-cell").match(node ->
                node instanceof javafx.scene.control.TableCell<?, ?> cell
                        && String.valueOf(cell.getItem()).endsWith("broken.md")).query();
        assertThat(file.getTooltip().getText()).isEqualTo("notes/a-rather-long-folder-name/broken.md");
        assertThat(file.getTextOverrun()).as("a cut path keeps its file name").isEqualTo(
                javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        javafx.scene.control.TableCell<?, ?> message = robot.from(problems).lookup(".table-cell").match(node ->
                node instanceof javafx.scene.control.TableCell<?, ?> cell
                        && String.valueOf(cell.getItem()).contains("第三天")).query();
        javafx.scene.text.Text shown = (javafx.scene.text.Text) message.getGraphic();
        assertThat(shown.getText()).as("the whole message").isEqualTo(message.getItem()).contains("先这样写着");
        assertThat(shown.getLayoutBounds().getHeight()).as("on more than one line")
                .isGreaterThan(1.5 * shown.getFont().getSize());
        assertThat(shown.getLayoutBounds().getWidth()).as("within its column").isLessThanOrEqualTo(message.getWidth());
        assertThat(shown.getLayoutBounds().getHeight()).as("within its row").isLessThanOrEqualTo(message.getHeight());

        robot.doubleClickOn(file);
        awaitPage(robot, "坏的元数据");
        assertThat(reader.articleProperty().get().id().path()).isEqualTo("notes/a-rather-long-folder-name/broken.md");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> problems.getScene() == null
                || !problems.getScene().getWindow().isShowing());

        write(library.getRoot().resolve("notes/a-rather-long-folder-name/broken.md"),
                "---\ntitle: 修好的元数据\ndate: 2021-01-03\n---\n正文照常显示。\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> titles(robot).contains("修好的元数据"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> library.problems().isEmpty()
                && !robot.lookup("#status-warnings").query().isVisible());
    }

    private static List<String> titles(FxRobot robot) {
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        List<String> titles = new ArrayList<>();
        robot.interact(() -> table.getItems().forEach(a -> titles.add(a.title())));
        return titles;
    }

    @Test
    void themeAndTextSizeChangeThePageInPlace(FxRobot robot) throws Exception {
        openLongArticle(robot);
        robot.interact(() -> script("window.scrollTo(0, 900); document.body.setAttribute('data-probe', 'same page')"));
        robot.interact(() -> reader.themeProperty().set(Theme.DARK));
        robot.interact(() -> reader.changeTextSize(20));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat((String) script("document.documentElement.className")).contains(Theme.DARK.cssClass());
            assertThat((String) script("document.documentElement.style.getPropertyValue('--text-scale')")).isEqualTo("1.2");
            assertThat((String) script("document.body.getAttribute('data-probe')")).as("not reloaded").isEqualTo("same page");
        });
    }

    @Test
    void aDiagramIsDrawnWhenItsArticleOpensAndRedrawnInANewTheme(FxRobot robot) throws Exception {
        openLongArticle(robot);
        assertThat(scriptOnFx(robot, "!!window.lecternDiagrams")).as("no mermaid in a page without diagrams").isEqualTo(false);
        select(robot, "下一篇文章");
        awaitPage(robot, "下一篇文章");
        String drawing = "(function(){var s=document.querySelector('.diagram svg');return s?s.outerHTML:'';})()";
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !((String) scriptOnFx(robot, drawing)).isEmpty());
        String light = (String) scriptOnFx(robot, drawing);
        assertThat(light).contains("甲", "乙");
        assertThat(scriptOnFx(robot, "getComputedStyle(document.querySelector('.diagram-source')).display")).isEqualTo("none");

        String colours = "(function(){var s=document.querySelector('.diagram svg style');"
                + "return s?s.textContent.replace(/lectern-diagram-[0-9]+/g,''):'';})()";
        String lightColours = (String) scriptOnFx(robot, colours);
        robot.interact(() -> reader.themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            String now = (String) scriptOnFx(robot, colours);
            return !now.isEmpty() && !now.equals(lightColours);
        });
        assertThat(scriptOnFx(robot, "document.querySelectorAll('.diagram').length")).isEqualTo(1);
    }

    @Test
    void theReadingPositionIsRestoredWhenTheArticleIsOpenedAgain(FxRobot robot) throws Exception {
        openLongArticle(robot);
        robot.interact(() -> script("window.scrollTo(0, 1500)"));
        double before = ((Number) scriptOnFx(robot, "window.scrollY")).doubleValue();
        select(robot, "下一篇文章");
        awaitPage(robot, "下一篇文章");
        select(robot, "长文");
        awaitPage(robot, "长文");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Math.abs(((Number) scriptOnFx(robot, "window.scrollY")).doubleValue() - before) < 40);
        assertThat(before).isGreaterThan(1000);
    }

    @Test
    void remoteImagesStayPlaceholdersUntilTheReaderLoadsThem(FxRobot robot) throws Exception {
        openLongArticle(robot);
        assertThat(reader.pageProperty().get().remoteImageCount()).isEqualTo(1);
        assertThat(((Number) scriptOnFx(robot, "document.querySelectorAll('img').length")).intValue()).isZero();
        assertThat(robot.lookup("#load-remote-images").queryButton().isVisible()).isTrue();
        robot.clickOn("#load-remote-images");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Object n = scriptOnFx(robot, "document.querySelectorAll('img[src^=\"http://127.0.0.1\"]').length");
            return n instanceof Number number && number.intValue() == 1;
        });
        assertThat(robot.lookup("#load-remote-images").queryButton().isVisible()).isFalse();
    }

    @Test
    void aNarrowReadingPaneShowsToolbarIconsRatherThanCutWords(FxRobot robot) throws Exception {
        openLongArticle(robot);
        String[] buttons = {"#keep-line-breaks", "#vertical-writing", "#load-remote-images"};

        for (double width : new double[] {700, 1280}) {
            robot.interact(() -> stage.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            for (String id : buttons) {
                Labeled button = robot.lookup(id).queryAs(Labeled.class);
                assertThat(shownText(button)).as(id + " at " + width).isIn(button.getText(), "");
            }
        }
        robot.interact(() -> stage.setWidth(700));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#load-remote-images").queryAs(Labeled.class).getContentDisplay())
                .isEqualTo(ContentDisplay.GRAPHIC_ONLY);
        robot.interact(() -> stage.setWidth(1280)); // the next tests' window is this stage
    }

    private static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    }

    /** Asks for the page's context menu at a point of the screen, as a right click does (Monocle's robot sends none). */
    private void contextMenuAt(FxRobot robot, javafx.geometry.Point2D screen) {
        robot.moveTo(screen);
        robot.interact(() -> {
            javafx.geometry.Point2D scene = web.localToScene(web.screenToLocal(screen));
            web.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), screen.getX(), screen.getY(), false, null));
        });
    }

    /** The words a button shows: its text as laid out (cut with "…" when short of room), "" for its icon alone. */
    private static String shownText(Labeled button) {
        if (button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return "";
        }
        return button.lookupAll(".text").stream().filter(Text.class::isInstance).map(node -> ((Text) node).getText())
                .findFirst().orElse("");
    }

    private void openLongArticle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !library.loadingProperty().get() && library.filter().totalProperty().get() == 2);
        web = robot.lookup("#reader-web").query();
        select(robot, "长文");
        awaitPage(robot, "长文");
    }

    private static void select(FxRobot robot, String title) {
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        robot.interact(() -> table.getItems().stream().filter(a -> a.title().equals(title)).findFirst()
                .ifPresent(a -> table.getSelectionModel().select(a)));
    }

    private void awaitPage(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title.equals(scriptOnFx(robot,
                "document.querySelector('h1') ? document.querySelector('h1').textContent.trim() : ''")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Object scriptOnFx(FxRobot robot, String js) {
        return ReaderFixture.script(robot, web, js);
    }

    private Object script(String js) {
        return web.getEngine().executeScript(js);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
