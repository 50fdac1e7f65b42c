package dev.lectern.render;

import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Logseq graph's pages read as Logseq shows them: outlines of blocks, their properties hidden, tasks as boxes. */
class LogseqPagesTest {

    @TempDir
    Path graph;

    private final PageRenderer renderer = new PageRenderer();

    @BeforeEach
    void createGraph() throws IOException {
        Files.createDirectories(graph.resolve("logseq/bak/pages"));
        Files.writeString(graph.resolve("logseq/config.edn"), "{:meta/version 1}\n");
        Files.createDirectories(graph.resolve("pages"));
        Files.createDirectories(graph.resolve("journals"));
        Files.writeString(graph.resolve("pages/Java___Virtual Threads.md"), "title:: Java/Virtual Threads\r\n\r\n"
                + "- Virtual threads are cheap.\r\n  id:: 5b000000-1b2c-4d5e-8f90-123456789abc\r\n");
        Files.writeString(graph.resolve("pages/jcip.md"), "title:: Java Concurrency in Practice\nalias:: JCIP, Goetz\n\n- Book.\n"
                + "- TODO Chapter 8 sizes pools by the **ratio** of waiting to computing.\r\n"
                + "  id:: 7a000000-1b2c-4d5e-8f90-123456789abc\r\n"); // saved on Windows
        Files.writeString(graph.resolve("journals/2024_03_18.md"), "- A day.\n");
        Files.writeString(graph.resolve("logseq/bak/pages/Java___Virtual Threads.md"), "- An old copy.\n");
    }

    private Element body(String markdown) {
        Article article = new Article(new ArticleId("pages/Thread Pools.md"), "Thread Pools", null, null, List.of(),
                List.of(), List.of(), null, false, null, List.of(), 0, 0);
        Path file = graph.resolve("pages/Thread Pools.md");
        return dom(renderer.render(article, markdown, RenderOptions.defaults(graph, file))).selectFirst(".article-body");
    }

    @Test
    void blockPropertiesAreHiddenAndTaskMarkersAreBoxes() {
        Element body = body("- A pool reuses threads.\n  id:: 64f1c2a0-1b2c-4d5e-8f90-123456789abc\n  collapsed:: true\n"
                + "\t- Sizing: cores + 1.\n- TODO Read chapter 8\n- DONE Write the benchmark\n- NOW Compare\n"
                + "- CANCELED Port to Go\n  :LOGBOOK:\n  CLOCK: [2024-03-18 Mon 10:00:00]--[2024-03-18 Mon 10:30:00] =>  00:30:00\n"
                + "  :END:\n- TODOS are words\n  :LOGBOOK:\n  never closed\n\n```\nid:: kept in code\n- TODO kept in code\n```\n");

        assertThat(body.selectFirst("pre").text()).contains("id:: kept in code", "- TODO kept in code");
        body.select("pre").remove();
        assertThat(body.text()).doesNotContain("id::", "collapsed::", "64f1c2a0").doesNotContain("TODO Read")
                .contains("Sizing: cores + 1.", "TODOS are words").doesNotContain("CLOCK", ":END:")
                .as("a drawer never closed stays").contains(":LOGBOOK: never closed");
        assertThat(body.select("li.task-list-item")).extracting(e -> e.attr("data-task"))
                .containsExactly(" ", "x", "/", "-");
        assertThat(body.select("li.task-done")).extracting(Element::text).containsExactly("Write the benchmark", "Port to Go");
    }

    @Test
    void linksFindPagesByTheNamesLogseqGivesThemAndBlockReferencesShowTheirBlockOnAnyPage() {
        Element body = body("- A pool reuses threads.\n  id:: 64f1c2a0-1b2c-4d5e-8f90-123456789abc\n"
                + "- As said: ((64f1c2a0-1b2c-4d5e-8f90-123456789abc)) and ((00000000-1b2c-4d5e-8f90-123456789abc))\n"
                + "- Goetz: ((7a000000-1b2c-4d5e-8f90-123456789abc))\n"
                + "- See [[Java/Virtual Threads]], [[Mar 18th, 2024]], [[JCIP]], [[Java Concurrency in Practice]] "
                + "and #[[java/virtual threads]]\n");

        assertThat(body.select("a.wikilink")).extracting(e -> e.attr("href")).containsExactly(
                "/pages/Java___Virtual%20Threads.md", "/journals/2024_03_18.md", "/pages/jcip.md", "/pages/jcip.md",
                "/pages/Java___Virtual%20Threads.md");
        assertThat(body.select("li").get(1).text()).as("a block of this page by its words; no block's as written")
                .isEqualTo("As said: A pool reuses threads. and ((00000000-1b2c-4d5e-8f90-123456789abc))");
        assertThat(body.select("li").get(2).text()).as("a block of another page by its words")
                .isEqualTo("Goetz: Chapter 8 sizes pools by the ratio of waiting to computing.");
        assertThat(body.select("li").get(2).select(".block-ref strong").text()).isEqualTo("ratio");
    }

    @Test
    void aBlocksOwnPropertiesShowUnderItAndACodeBlockInABlockStaysCode() {
        Element body = body("- Book notes\n  author:: [[Goetz]]\n  rating:: 5\n  id:: 64f1c2a0-1b2c-4d5e-8f90-123456789abc\n"
                + "- ```java\n  int x; // TODO not a task\n  id:: not a property\n  ```\n"
                + "- TODO [#A] Write tests\n  logseq.order-list-type:: number\n");

        assertThat(body.select(".block-property")).extracting(Element::text).containsExactly("author Goetz", "rating 5");
        assertThat(body.select(".block-property-key")).extracting(Element::text).containsExactly("author", "rating");
        assertThat(body.select(".block-property a.wikilink")).as("a link still").hasSize(1);
        assertThat(body.selectFirst("pre").text()).contains("int x; // TODO not a task", "id:: not a property");
        assertThat(body.select("li.task-list-item")).as("after the code block, blocks read again").hasSize(1);
        assertThat(body.select("li.task-list-item .task-priority").text()).isEqualTo("A");
        assertThat(body.text()).doesNotContain("logseq.order-list-type", "64f1c2a0", "[#A]");
    }

    @Test
    void hostileBlocksTakeTimeLinearInThePage() {
        String drawers = "- DONE a\n  :LOGBOOK:\n".repeat(100_000);
        String refs = "- ((64f1c2a0-1b2c-4d5e-8f90-123456789abc))\n  id:: 64f1c2a0-1b2c-4d5e-8f90-123456789abc\n".repeat(50_000);
        String spaces = ("- " + " ".repeat(3_990) + "\u2028x\n  id:: 64f1c2a0-1b2c-4d5e-8f90-123456789abc\n").repeat(2_000);
        long start = System.nanoTime();
        assertThat(LogseqBlocks.rewrite(drawers)).as("unclosed drawers stay").startsWith("- [x] a\n  :LOGBOOK:\n- [x] a");
        assertThat(LogseqBlocks.rewrite(refs)).doesNotContain("id::");
        assertThat(LogseqBlocks.rewrite(spaces)).as("a bullet of spaces read once").doesNotContain("id::");
        assertThat(System.nanoTime() - start).as("not quadratic (that would take hours)")
                .isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(20));
    }

    @Test
    void aJournalIsFoundByTheNameTheGraphsFormatGivesIt() throws IOException {
        Files.writeString(graph.resolve("logseq/config.edn"), "{;; :journal/page-title-format \"EEE, dd.MM.yyyy\"\n"
                + " :journal/page-title-format \"yyyy/MM/dd\"}\n");
        dev.lectern.render.WikiNames.forget(graph);

        Element body = body("- See [[2024/03/18]] and [[Mar 18th, 2024]]\n");

        assertThat(body.select("a.wikilink")).extracting(e -> e.attr("href"))
                .containsExactly("/journals/2024_03_18.md", "/journals/2024_03_18.md");
    }

    @Test
    void macrosAndHighlightsShowWhatLogseqShows() {
        Element body = body("- {{embed ((7a000000-1b2c-4d5e-8f90-123456789abc))}}\n- {{video https://youtu.be/abc}}\n"
                + "- {{cloze the answer}} and {{query (todo now)}} and {{embed nothing}}\n"
                + "- A ^^highlighted^^ word, `^^in code^^`, 2^^3\n");

        assertThat(body.select("li").get(0).select(".block-ref").text())
                .isEqualTo("Chapter 8 sizes pools by the ratio of waiting to computing.");
        assertThat(body.select("li").get(1).select("a").attr("href")).contains("youtu.be");
        assertThat(body.select("li").get(2).text()).isEqualTo("the answer and {{query (todo now)}} and {{embed nothing}}");
        assertThat(body.select("li").get(3).select("mark").text()).isEqualTo("highlighted");
        assertThat(body.select("li").get(3).text()).contains("^^in code^^", "2^^3");
    }

    @Test
    void theBlocksOfANumberedListAreNumbered() {
        Element body = body("- Steps:\n\t- TODO Measure\n\t  logseq.order-list-type:: number\n\t- Tune\n"
                + "\t  logseq.order-list-type:: number\n\t  id:: 64f1c2a0-1b2c-4d5e-8f90-123456789abc\n- After\n");

        assertThat(body.select("ol > li")).extracting(Element::text).containsExactly("Measure", "Tune");
        assertThat(body.select("ol > li.task-list-item")).as("a task of the list still a box").hasSize(1);
        assertThat(body.select("ul > li")).extracting(e -> e.ownText()).contains("After");
    }

    @Test
    void aPageWhosePropertiesWouldPassTheMarkdownLimitsIsShownAsWritten() {
        String block = "- x\n" + "  k:: " + "v".repeat(3_000) + "\n";
        assertThat(body(block).select(".block-property")).as("within the limits").hasSize(1);

        Element huge = body("- x\n" + ("  k:: " + "v".repeat(3_000) + "\n").repeat(300));

        assertThat(huge.select(".block-property")).as("300 spans in a paragraph of 900 KB: 7 s of flexmark's time")
                .isEmpty();
        assertThat(huge.text()).startsWith("x k:: vvv");
    }

    @Test
    void aPageOfHighlightsAloneIsReadAsLogseqShowsIt() {
        assertThat(body("- A ^^highlighted^^ word\n").select("mark").text()).isEqualTo("highlighted");
    }

    @Test
    void anEmbeddedPageInABlockShowsThatPage() {
        Element body = body("- Below:\n- {{embed [[Java/Virtual Threads]]}}\n");

        assertThat(body.select("li .wiki-embed").text()).contains("Virtual threads are cheap.").doesNotContain("old copy")
                .as("its properties, saved on Windows, hidden too").doesNotContain("::");
    }
}
