package dev.lectern.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.ArticleId;
import dev.lectern.render.PageRenderer;
import dev.lectern.render.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern render} prints the page the reading pane loads, coloured code, callouts and math included. */
class RenderCommandTest {

    @TempDir
    Path library;

    @Test
    void printsThePageThePaneShowsWithCodeCalloutsAndMath() throws Exception {
        Path file = Files.writeString(library.resolve("a.md"), "---\ntitle: 技术\n---\n\n* TOC\n{:toc}\n\n## 代码\n\n"
                + "```java\nint x = 1;\n```\n\n> [!TIP]\n> 提示\n\n$$\\frac{a}{b}$$\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PageRenderer renderer = new PageRenderer();

        int code = new RenderCommand(new ArticleReader(), renderer, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run(file, library);

        String printed = bytes.toString(StandardCharsets.UTF_8);
        ArticleReader reader = new ArticleReader();
        String pane = renderer.render(reader.read(library, file), reader.readBody(library, new ArticleId("a.md")),
                RenderOptions.defaults(library, file));
        assertThat(code).isZero();
        assertThat(printed).isEqualTo(pane);
        Document page = Jsoup.parse(printed);
        assertThat(page.select(".article-body .toc a").eachText()).containsExactly("代码");
        assertThat(page.select(".article-body code.highlighted .tok-type").text()).isEqualTo("int");
        assertThat(page.select(".article-body .callout-tip .callout-title").text()).isEqualTo("Tip");
        assertThat(page.select(".article-body .math-display svg")).hasSize(1);
    }

    @Test
    void aVaultsNoteRenderedAloneLinksToTheNotesOfItsWholeVault() throws Exception {
        Files.createDirectories(library.resolve(".obsidian"));
        Files.createDirectories(library.resolve("journal"));
        Files.writeString(library.resolve("Plan.md"), "# Plan\n");
        Path note = Files.writeString(library.resolve("journal/2024-03-18.md"), "See [[Plan]].\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new RenderCommand(new ArticleReader(), new PageRenderer(), new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run(note, null);

        Document page = Jsoup.parse(bytes.toString(StandardCharsets.UTF_8));
        assertThat(page.select(".article-body a.wikilink").attr("href")).isEqualTo("/Plan.md");
        assertThat(page.select("h1").first().text()).as("named by its file, as in the vault").isEqualTo("2024-03-18");
    }

    @Test
    void aVaultsNoteShowsItsPropertiesAboveItsTextWithTheirLinks() throws Exception {
        Files.createDirectories(library.resolve(".obsidian"));
        Files.writeString(library.resolve("Plan.md"), "# Plan\n");
        Path note = Files.writeString(library.resolve("Reading.md"), "---\ntags: [java]\nstatus: <b>draft</b>\n"
                + "source: https://example.org/a\nrelated: [\"[[Plan]]\", \"[[Gone]]\"]\nreviewed: false\n---\n# Reading\n\nText.\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new RenderCommand(new ArticleReader(), new PageRenderer(), new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run(note, null);

        Document page = Jsoup.parse(bytes.toString(StandardCharsets.UTF_8));
        assertThat(page.select(".article-body > dl.note-properties:first-child dt").eachText())
                .containsExactly("status", "source", "related", "reviewed");
        assertThat(page.select(".note-properties dd").eachText()).containsExactly("<b>draft</b>", "https://example.org/a",
                "Plan Gone");
        assertThat(page.select(".note-properties b")).as("a value is text").isEmpty();
        assertThat(page.select(".note-properties a").eachAttr("href")).containsExactly("https://example.org/a", "/Plan.md",
                "/Gone.md");
        assertThat(page.select(".note-properties a.missing").text()).isEqualTo("Gone");
        assertThat(page.select(".note-properties input[type=checkbox]:not([checked])")).hasSize(1);
        assertThat(page.select(".article-body h1")).as("the repeated title still dropped").isEmpty();
    }

    @Test
    void aFolderIsNotTakenForAMissingFile() {
        RenderCommand render = new RenderCommand(new ArticleReader(), new PageRenderer(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThatThrownBy(() -> render.run(library, null))
                .hasMessageContaining("is a folder");
        assertThatThrownBy(() -> render.run(library.resolve("gone.md"), library))
                .hasMessageContaining("no such file");
        Path device = Path.of("/dev/null");
        if (Files.exists(device)) {
            assertThatThrownBy(() -> render.run(device, null)).hasMessageContaining("not a plain file");
        }
    }
}
