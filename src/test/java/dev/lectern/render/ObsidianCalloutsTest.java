package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Obsidian callouts in a vault: the whole first line as the title, metadata after a pipe, Obsidian's families. */
class ObsidianCalloutsTest {

    @TempDir
    Path vault;

    private final PageRenderer renderer = new PageRenderer();

    private Document render(String markdown) throws IOException {
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.writeString(vault.resolve("Home.md"), "# Home\n");
        return dom(renderer.render(article("T"), markdown, RenderOptions.defaults(vault, vault.resolve("a.md"))));
    }

    @Test
    void theWholeFirstLineWithItsFormattingAndLinksIsTheTitle() throws IOException {
        Document page = render("> [!note] See **bold** and [[Home]] in title\n> The body.\n");

        Element title = page.selectFirst(".article-body .callout .callout-title");
        assertThat(title.text()).isEqualTo("See bold and Home in title");
        assertThat(title.select("strong").text()).isEqualTo("bold");
        assertThat(title.selectFirst("a").text()).isEqualTo("Home");
        assertThat(title.selectFirst("a").attr("href")).contains("Home.md");
        assertThat(page.select(".article-body .callout > p").text()).isEqualTo("The body.");
    }

    @Test
    void aFoldedTitleKeepsItsEmphasisAndTheBodyFollows() throws IOException {
        Document page = render("> [!tip]- A *quick* `tip`\n> hidden **words**\n");

        Element summary = page.selectFirst(".article-body details.callout > summary.callout-title");
        assertThat(summary.text()).isEqualTo("A quick tip");
        assertThat(summary.select("em, code")).hasSize(2);
        assertThat(page.select(".article-body details.callout > p").text()).isEqualTo("hidden words");
    }

    @Test
    void metadataAfterAPipeKeepsTheCalloutAndItsType() throws IOException {
        Document page = render("> [!danger|wide] Metadata in type\n> Careful.\n\n> [!info|no-title left]\n> x\n");

        Element danger = page.select(".article-body .callout").get(0);
        assertThat(danger.classNames()).contains("callout-danger", "callout-type-danger", "callout-meta-wide");
        assertThat(danger.selectFirst(".callout-title").text()).isEqualTo("Metadata in type");
        assertThat(danger.select("p").text()).isEqualTo("Careful.");
        Element info = page.select(".article-body .callout").get(1);
        assertThat(info.classNames()).contains("callout-info", "callout-meta-no-title", "callout-meta-left");
        assertThat(info.selectFirst(".callout-title").text()).isEqualTo("Info");
        assertThat(page.select(".article-body blockquote")).isEmpty();
        assertThat(page.select(".article-body").text()).doesNotContain("[!", "|");
    }

    @ParameterizedTest
    @CsvSource({"note,note", "summary,abstract", "tldr,abstract", "info,info", "todo,todo", "hint,tip",
            "important,tip", "check,success", "done,success", "faq,question", "help,question",
            "caution,warning", "attention,warning", "missing,failure", "fail,failure", "error,danger", "bug,bug",
            "example,example", "cite,quote", "whatever,note"})
    void obsidianTypesFallIntoObsidiansFamilies(String type, String family) throws IOException {
        Element callout = render("> [!" + type + "]\n> x\n").selectFirst(".article-body .callout");

        assertThat(callout.classNames()).contains("callout-obsidian", "callout-" + family);
    }

    @ParameterizedTest
    @CsvSource({"NOTE,note", "TIP,tip", "IMPORTANT,important", "WARNING,warning", "CAUTION,caution"})
    void githubAlertsInCapitalsKeepGitHubsLookInAVaultToo(String type, String family) throws IOException {
        Element callout = render("> [!" + type + "]\n> x\n").selectFirst(".article-body .callout");

        assertThat(callout.classNames()).contains("callout-" + family).doesNotContain("callout-obsidian");
    }
}
