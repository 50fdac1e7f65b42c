package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.ui.search.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
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

/** Searching the library from the window and finding within an article, driven headless as a user would. */
@Tag("toolkit")
@ExtendWith({ApplicationExtension.class, CloseWindows.class})
class SearchWindowTest {

    /** Deleted after each test: the window's library copies, annotation and index files. */
    @TempDir
    Path scratch;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private ReaderFixture window;

    @Start
    void start(Stage stage) throws IOException {
        Path library = Files.createDirectories(scratch.resolve("library"));
        Files.writeString(library.resolve("pool.md"), "---\ntitle: 线程池的小问题\ndate: 2023-04-11\ntags: [Java]\n---\n"
                + "最近遇到线程池的问题。\n\n第二段又说到线程池。\n\n最后一段：Thread pool sizing, thread by thread.\n");
        Files.writeString(library.resolve("late.md"), "---\ntitle: 一篇长文\ndate: 2022-01-01\ntags: [Go]\n---\n"
                + "开头没有。\n\n很久以后才提到线程池。\n");
        Files.writeString(library.resolve("sizing.md"), "---\ntitle: Sizing notes\ndate: 2020-02-02\n---\n"
                + "Pool 一词先出现在这里。\n\n" + "中间隔着很多别的话。".repeat(10) + "\n\n后来 pool sizing 一起出现。\n");
        Files.writeString(library.resolve("toc.md"), "---\ntitle: Executor notes\ndate: 2019-01-01\n---\n* TOC\n{:toc}\n\n"
                + "## Queue\n\nThe queue holds tasks.\n\n## Thread pool rejection\n\n"
                + "A rejection comes when the queue is full and the pool has no thread to spare.\n");
        Files.writeString(library.resolve("jp.md"), "---\ntitle: コンテナ入門\ndate: 2021-05-05\n---\n"
                + "コンテナとは何か。コンテナを動かす。\n");
        Files.writeString(library.resolve("dry.md"), "---\ntitle: 天气笔记\ndate: 2018-03-03\n---\n"
                + "冬天空气很干燥。\n\n电脑的内存不够，每个线程都很慢。\n");
        window = new ReaderFixture(stage, background,
                Files.createDirectories(scratch.resolve("annotations")).resolve("annotations.yaml"), false);
        window.library.open(library);
    }

    @AfterEach
    void stop() throws Exception {
        ReaderFixture.closeAll();
        background.shutdownNow();
    }

    private void awaitIndex() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> window.search.readyProperty().get());
    }

    private ListView<SearchResult> search(FxRobot robot, String query) throws Exception {
        TextField field = robot.lookup("#article-filter").queryAs(TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(query);
        });
        ListView<SearchResult> results = robot.lookup("#search-results").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        return results;
    }

    /** Searches, opens the first result with Enter and closes the find bar the search opened; the page's view. */
    private WebView openFirstResult(FxRobot robot, String query, String title) throws Exception {
        awaitIndex();
        search(robot, query);
        robot.type(KeyCode.ENTER);
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> title.equals(ReaderFixture.pageTitle(robot, web)));
        robot.type(KeyCode.ESCAPE);
        return web;
    }

    private static List<String> titles(ListView<SearchResult> results) {
        return results.getItems().stream().map(r -> r.article().title()).toList();
    }

    private static Object marks(FxRobot robot, WebView web, String name) {
        return ReaderFixture.script(robot, web, "CSS.highlights.get('" + name + "') ? CSS.highlights.get('" + name + "').size : 0");
    }

    private static String count(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#find-count").queryAs(Label.class).getText();
    }

    @Test
    void aChineseSearchListsRankedResultsAndEnterOpensTheFirstWithEveryMatchMarked(FxRobot robot) throws Exception {
        awaitIndex();
        ListView<SearchResult> results = search(robot, "线程池");

        assertThat(titles(results)).containsExactly("线程池的小问题", "一篇长文");
        SearchResult late = results.getItems().get(1);
        assertThat(late.snippet().substring(late.matches().get(0)[0], late.matches().get(0)[1])).isEqualTo("线程池");

        robot.type(KeyCode.ENTER);
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "线程池的小问题".equals(ReaderFixture.pageTitle(robot, web)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Integer.valueOf(2).equals(marks(robot, web, "lectern-find")));
        assertThat(marks(robot, web, "lectern-find-current")).isEqualTo(1);
        assertThat(count(robot)).isEqualTo("1 of 2");
        assertThat(robot.lookup("#find-field").queryAs(TextField.class).isFocused()).as("Enter moved to the find bar").isTrue();

        robot.type(KeyCode.ENTER);
        assertThat(count(robot)).isEqualTo("2 of 2");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(count(robot)).isEqualTo("1 of 2");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#find-bar").query().isVisible()).isFalse();
        assertThat(marks(robot, web, "lectern-find")).isEqualTo(0);
    }

    @Test
    void aResultOpensAtThePassageItsSnippetShowsWhereTheWordsStandTogether(FxRobot robot) throws Exception {
        awaitIndex();
        ListView<SearchResult> results = search(robot, "pool sizing");

        assertThat(titles(results)).containsExactly("Sizing notes", "线程池的小问题");
        assertThat(results.getItems().get(0).snippet()).contains("后来 pool sizing 一起出现");
        robot.type(KeyCode.ENTER);
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Sizing notes".equals(ReaderFixture.pageTitle(robot, web)));
        // the words where they stand together, as a browser's find of "pool sizing" (it said "2 of 3", pool and sizing
        // counted apart: "blast radius" gave "1 of 6" for 3 phrases)
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Integer.valueOf(1).equals(marks(robot, web, "lectern-find")));
        assertThat(count(robot)).as("the phrase, not the lone Pool before it").isEqualTo("1 of 1");
    }

    @Test
    void aResultOpensAtTheArticlesOwnWordsNotAtItsTableOfContents(FxRobot robot) throws Exception {
        // a houbb post ending in {:toc}: its result opened at the contents' entry, far from the passage its snippet showed
        awaitIndex();
        ListView<SearchResult> results = search(robot, "pool rejection");
        assertThat(titles(results)).containsExactly("Executor notes");
        robot.type(KeyCode.ENTER);
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Executor notes".equals(ReaderFixture.pageTitle(robot, web)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Integer.valueOf(2).equals(marks(robot, web, "lectern-find")));
        assertThat(ReaderFixture.script(robot, web, "document.querySelectorAll('.toc a').length")).as("the contents")
                .isEqualTo(2);
        assertThat(count(robot)).as("at the heading, not at its entry in the contents").isEqualTo("2 of 2");

        // another article opened from Go to is not searched for the result's words: the bar closes
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#goto-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#goto-field").queryAs(TextField.class).setText("Sizing notes"));
        ListView<?> list = robot.lookup("#goto-list").queryListView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Sizing notes".equals(ReaderFixture.pageTitle(robot, web)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#find-bar").query().isVisible());
        assertThat(marks(robot, web, "lectern-find")).isEqualTo(0);
    }

    @Test
    void aJapaneseSearchFindsKatakanaAndTheCheckedTagsNarrowResults(FxRobot robot) throws Exception {
        awaitIndex();
        assertThat(titles(search(robot, "コンテナ"))).containsExactly("コンテナ入門");

        ListView<SearchResult> results = search(robot, "线程池");
        Node go = robot.lookup(".tag-name").match(n -> "Go".equals(((Label) n).getText())).query();
        robot.clickOn(go);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> results.getItems().size() == 1);
        assertThat(titles(results)).containsExactly("一篇长文");
    }

    @Test
    void ctrlPRanksArticlesByInitialsOrTitleFragmentAsYouTypeAndEnterOpensTheFirst(FxRobot robot) throws Exception {
        awaitIndex();
        WebView web = robot.lookup("#reader-web").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ReaderFixture.pageTitle(robot, web) != null
                && !ReaderFixture.pageTitle(robot, web).isEmpty());
        assertThat(ReaderFixture.pageTitle(robot, web)).as("the newest article shows first").isEqualTo("线程池的小问题");

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#goto-field").tryQuery().isPresent());
        TextField field = robot.lookup("#goto-field").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, field::isFocused);
        ListView<?> list = robot.lookup("#goto-list").queryListView();
        assertThat(((Label) list.getPlaceholder()).getText()).as("nothing typed: nothing said not to match")
                .isEqualTo("Type to find an article or a tag.");
        System.gc(); // the box once lost its model to the garbage collector and then listed nothing
        robot.write("xcc");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        assertThat(((dev.lectern.ui.search.QuickItem) list.getItems().get(0)).label()).as("initials of 线程池").isEqualTo("线程池的小问题");

        robot.interact(() -> field.setText("コンテナ")); // the robot types ASCII only
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !list.getItems().isEmpty()
                && "コンテナ入門".equals(((dev.lectern.ui.search.QuickItem) list.getItems().get(0)).label()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "コンテナ入門".equals(ReaderFixture.pageTitle(robot, web)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#goto-field").tryQuery().isEmpty());
        javafx.scene.control.TableView<dev.lectern.model.Article> table = robot.lookup("#article-table").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem().title()).as("the list follows to the article opened").isEqualTo("コンテナ入門");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, web::isFocused); // the arrows and Page Down scroll it
    }

    @Test
    void ctrlFFindsTextWithinTheOpenArticleLiterally(FxRobot robot) throws Exception {
        WebView web = openFirstResult(robot, "线程池", "线程池的小问题");
        double pageHeight = web.getHeight();

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField find = robot.lookup("#find-field").queryAs(TextField.class);
        assertThat(find.isFocused()).isTrue();
        assertThat(web.getHeight()).as("the find bar floats over the page: a vertical page's columns keep their place")
                .isEqualTo(pageHeight);
        robot.write("thread");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Integer.valueOf(3).equals(marks(robot, web, "lectern-find")));
        assertThat(count(robot)).isEqualTo("1 of 3");
        robot.write(" pool");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Integer.valueOf(1).equals(marks(robot, web, "lectern-find")));
        robot.write("xyz");
        assertThat(count(robot)).isEqualTo("No matches");
    }

    @Test
    void onAPageShownInTaiwanScriptCtrlFFindsTheWordsAsShownAndTheLibraryFindsThemToo(FxRobot robot) throws Exception {
        WebView web = openFirstResult(robot, "干燥", "天气笔记");
        robot.interact(() -> window.reader.setScript(dev.lectern.render.Script.TAIWAN)); // View › Chinese Script
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(ReaderFixture.script(robot, web,
                "document.querySelector('.article-body').textContent.indexOf('乾燥') >= 0")));

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        TextField find = robot.lookup("#find-field").queryAs(TextField.class);
        // as the reader sees them: 干燥 is shown as 乾燥, 内存 as 記憶體, 线程 as 執行緒 (the robot types ASCII only)
        for (String[] typedAndShown : new String[][] {{"乾燥", "乾燥"}, {"記憶體", "記憶體"}, {"執行緒", "執行緒"},
                {"干燥", "乾燥"}, {"行緒", "執行緒"}}) {
            robot.interact(() -> find.setText(typedAndShown[0]));
            assertThat(count(robot)).as(typedAndShown[0]).isEqualTo("1 of 1");
            assertThat(ReaderFixture.script(robot, web, "CSS.highlights.get('lectern-find').values().next().value"
                    + ".toString()")).as("marked where it is shown").isEqualTo(typedAndShown[1]);
        }
        robot.interact(() -> find.setText("乾燥x"));
        assertThat(count(robot)).isEqualTo("No matches");

        robot.type(KeyCode.ESCAPE);
        assertThat(titles(search(robot, "記憶體"))).as("Ctrl+K in the Taiwan words shown").containsExactly("天气笔记");
        assertThat(titles(search(robot, "執行緒"))).as("线程, also in 线程池").containsExactlyInAnyOrder("天气笔记",
                "线程池的小问题", "一篇长文");
    }

    @Test
    void clearingTheSearchFieldWithEscapeBringsBackTheArticleList(FxRobot robot) throws Exception {
        awaitIndex();
        Label status = robot.lookup("#status-shown").queryAs(Label.class);
        search(robot, "线程池");
        assertThat(status.getText()).as("the status counts the search's articles, not the list's")
                .isEqualTo("2 of 6 articles match the search");

        assertThat(window.reader.articleProperty().get().title()).as("chosen before the search").isEqualTo("线程池的小问题");
        robot.clickOn("一篇长文"); // the second result, another article
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "一篇长文".equals(window.reader.articleProperty().get().title()));
        robot.interact(() -> robot.lookup("#article-filter").queryAs(TextField.class).requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#article-filter").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#article-table").tryQuery()).isPresent();
        assertThat(robot.lookup("#search-results").tryQuery()).isEmpty();
        assertThat(status.getText()).isEqualTo("Showing 6 of 6 articles");
        TableView<Article> table = robot.lookup("#article-table").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem().title()).as("the list chooses the article on screen")
                .isEqualTo("一篇长文");
        assertThat(window.reader.articleProperty().get().title()).isEqualTo("一篇长文");
    }
}
