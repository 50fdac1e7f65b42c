package dev.lectern.render;

import static dev.lectern.render.TestArticles.dom;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault of notes (Obsidian) reads as its app shows it: wiki links lead to notes, pictures and cards show. */
class WikiLinksTest {

    @TempDir
    Path temp;

    private Path vault;
    private final PageRenderer renderer = new PageRenderer();

    @BeforeEach
    void createVault() throws IOException {
        vault = Files.createDirectories(temp.resolve("vault"));
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.createDirectories(vault.resolve("journal"));
        Files.createDirectories(vault.resolve("projects/old"));
        Files.createDirectories(vault.resolve("attachments"));
        for (String note : List.of("journal/today.md", "线程池笔记.md", "projects/Service workers.md",
                "projects/Plan.md", "journal/Plan.md", "projects/old/Plan.md")) {
            Files.writeString(vault.resolve(note), "# " + note + "\n");
        }
        Files.write(vault.resolve("attachments/架构 图.png"), new byte[] {1});
        Files.write(vault.resolve("attachments/slides.pdf"), new byte[] {1});
    }

    private Element body(Path root, String path, String markdown) {
        Article article = new Article(new ArticleId(path), "Today", null, null, List.of(), List.of(), List.of(), null,
                false, null, List.of(), 0, 0);
        Document page = dom(renderer.render(article, markdown, RenderOptions.defaults(root, root.resolve(path))));
        return page.selectFirst(".article-body");
    }

    private Element body(String markdown) {
        return body(vault, "journal/today.md", markdown);
    }

    @Test
    void aWikiLinkLeadsToTheNoteOfThatNameWhereverItLies() {
        Element body = body("Read [[线程池笔记]], [[Service workers|the worker note]] and "
                + "[[projects/Service workers#Cache first: offline pages]].");

        assertThat(body.select("a.wikilink").eachText()).containsExactly("线程池笔记", "the worker note",
                "projects/Service workers › Cache first: offline pages");
        assertThat(body.select("a.wikilink").eachAttr("href")).containsExactly(
                "/%E7%BA%BF%E7%A8%8B%E6%B1%A0%E7%AC%94%E8%AE%B0.md", "/projects/Service%20workers.md",
                "/projects/Service%20workers.md#Cache%20first%3A%20offline%20pages");
        assertThat(body.text()).doesNotContain("[[");
        Element nested = body("[[projects/Service workers#Caching#Offline pages]]").selectFirst("a.wikilink");
        assertThat(nested.text()).as("a heading under a heading, as Obsidian names it")
                .isEqualTo("projects/Service workers › Caching › Offline pages");
        assertThat(nested.attr("href")).isEqualTo("/projects/Service%20workers.md#Offline%20pages");
    }

    @Test
    void aNoteIsAlsoFoundByTheAliasesItsFrontMatterGivesButAFileOfThatNameComesFirst() throws IOException {
        Files.writeString(vault.resolve("projects/Java Concurrency in Practice.md"),
                "---\naliases: [JCIP, \"Goetz book\"]\ntags: [java]\n---\n# Java Concurrency in Practice\n");
        Files.writeString(vault.resolve("projects/Listed.md"), "---\nalias:\n  - 'The list'\n  - Plan\n---\nText\n");

        Element body = body("[[JCIP]], [[goetz book|the book]], [[The list]], [[Plan]] and [[Nobody]].");

        assertThat(body.select("a.wikilink:not(.missing)").eachAttr("href")).containsExactly(
                "/projects/Java%20Concurrency%20in%20Practice.md", "/projects/Java%20Concurrency%20in%20Practice.md",
                "/projects/Listed.md", "/journal/Plan.md");
        assertThat(body.select("a.wikilink:not(.missing)").eachText()).containsExactly("JCIP", "the book", "The list", "Plan");
        assertThat(NoteAliases.of("---\naliases:\n---\n")).isEmpty();
        assertThat(NoteAliases.of("No front matter\naliases: [x]\n")).isEmpty();
    }

    @Test
    void aWalkAgainReadsTheAliasesOfTheNotesChangedSinceOnly() throws IOException {
        Path jcip = Files.writeString(vault.resolve("projects/JCIP book.md"), "---\naliases: [JCIP]\n---\n");
        Path other = Files.writeString(vault.resolve("projects/Other.md"), "---\naliases: [Old]\n---\n");
        java.nio.file.attribute.FileTime otherTime = Files.getLastModifiedTime(other);
        WikiNames first = WikiNames.scan(vault, 0);

        Files.writeString(jcip, "---\naliases: [Goetz]\n---\n");
        Files.setLastModifiedTime(jcip, java.nio.file.attribute.FileTime.fromMillis(otherTime.toMillis() + 5_000));
        Files.writeString(other, "---\naliases: [New]\n---\n");
        Files.setLastModifiedTime(other, otherTime); // changed, but its time says not: its aliases are not read again
        WikiNames second = WikiNames.scan(vault, 1, first);

        assertThat(second.note("Goetz", "a.md")).contains("projects/JCIP book.md");
        assertThat(second.note("JCIP", "a.md")).isEmpty();
        assertThat(second.note("Old", "a.md")).contains("projects/Other.md");
        assertThat(WikiNames.scan(vault, 2).note("New", "a.md")).as("a walk of its own").contains("projects/Other.md");
    }

    @Test
    void ofNotesSharingANameTheOneBesideTheLinkingNoteThenTheShallowestIsLinked() {
        assertThat(body("[[Plan]]").select("a").attr("href")).isEqualTo("/journal/Plan.md");
        assertThat(body(vault, "线程池笔记.md", "[[Plan]] [[old/Plan]] [[../Plan]]").select("a:not(.missing)").eachAttr("href"))
                .containsExactly("/journal/Plan.md", "/projects/old/Plan.md");
        assertThat(body(vault, "projects/old/Plan.md", "[[../Plan]]").select("a").attr("href"))
                .isEqualTo("/projects/Plan.md");
    }

    @Test
    void aLinkToAHeadingOfThisNoteUsesTheHeadingsId() {
        Element body = body("See [[#Why it matters]].\n\n## Why it matters\n\nBecause.");

        assertThat(body.select("a.wikilink").attr("href")).isEqualTo("#" + body.selectFirst("h2").id());
        assertThat(body.select("a.wikilink").text()).isEqualTo("Why it matters");
    }

    @Test
    void aPageOfThousandsOfHeadingsAndLinksToThemFindsEachHeadingOnce() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            page.append("## Part ").append(i).append("\n\nSee [[#Part ").append(2_999 - i).append("]].\n\n");
        }

        Element body = body(page.toString());

        assertThat(body.select("a.wikilink")).hasSize(3_000);
        assertThat(body.select("a.wikilink").first().attr("href")).isEqualTo("#" + body.select("h2").last().id());
    }

    @Test
    void anEmbeddedPictureShowsAtItsSizeAndAnEmbeddedNoteInACardLeadingToIt() {
        Element body = body("![[架构 图.png|300]]\n\n![[线程池笔记]]\n\nInline ![[missing.png]] and ![[slides.pdf]].");

        Element picture = body.selectFirst("img.wiki-picture");
        assertThat(picture.attr("src")).isEqualTo(vault.resolve("attachments/架构 图.png").toUri().toString());
        assertThat(picture.attr("width")).isEqualTo("300");
        assertThat(body.select("div.wiki-embed > .wiki-embed-title > a.wikilink").attr("href"))
                .isEqualTo("/%E7%BA%BF%E7%A8%8B%E6%B1%A0%E7%AC%94%E8%AE%B0.md");
        assertThat(body.select("div.wiki-embed > .wiki-embed-content").text()).as("the note itself, shown in its card")
                .isEqualTo("线程池笔记.md");
        assertThat(body.select("p > div")).as("the card replaces its paragraph").isEmpty();
        assertThat(body.select(".img-placeholder").text()).contains("missing.png");
        assertThat(body.select("a.wikilink.file").text()).isEqualTo("slides.pdf");
        assertThat(body.select("a.wikilink.file").attr("href")).as("a document opens in its application when clicked")
                .isEqualTo("/attachments/slides.pdf");
    }

    @Test
    void anEmbeddedHeadingOrBlockShowsThatPartOnlyAndItsOwnEmbedsStayCards() throws IOException {
        Files.writeString(vault.resolve("projects/Plan.md"), "# Plan\n\nIntro.\n\n## Steps\n\nFirst step. ^first\n\n"
                + "### Detail\n\nMore, as [[#Later]] says and [[#^first]] began.\n\n![[diagram.png]]\n\n![[Plan]]\n\n"
                + "## Later\n\nNot shown.\n");
        Files.write(vault.resolve("projects/diagram.png"), new byte[] {1});
        PageRenderer fresh = new PageRenderer();
        Article article = new Article(new ArticleId("journal/today.md"), "Today", null, null, List.of(), List.of(),
                List.of(), null, false, null, List.of(), 0, 0);

        RenderedPage page = fresh.renderPage(article, "## Mine\n\n![[projects/Plan#Steps]]\n\n![[projects/Plan#^first]]\n",
                RenderOptions.defaults(vault, vault.resolve("journal/today.md")));
        Element body = dom(page.html()).selectFirst(".article-body");

        org.jsoup.select.Elements shown = body.select(".wiki-embed-content");
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).text()).contains("Steps", "First step.", "Detail", "More,").doesNotContain("Intro", "Not shown");
        assertThat(shown.get(0).select(".wiki-embed")).as("the embedded note's own embed").singleElement()
                .satisfies(card -> assertThat(card.select(".wiki-embed-content")).isEmpty());
        assertThat(shown.get(0).select("img").attr("src")).as("a picture found beside its note")
                .isEqualTo(vault.resolve("projects/diagram.png").toUri().toString());
        assertThat(shown.get(1).text()).isEqualTo("First step.");
        assertThat(shown.get(0).select("a.wikilink:not(.missing)").eachAttr("href")).as("its own links open it there")
                .contains("/projects/Plan.md#later", "/projects/Plan.md#%5Efirst");
        assertThat(page.outline()).extracting(Heading::text).as("the page's own headings only").containsExactly("Mine");
    }

    @Test
    void aPageShowsABoundedNumberOfEmbeddedNotesTheRestStayCards() {
        Element body = body("![[线程池笔记]]\n\n".repeat(NoteEmbeds.MOST_EMBEDS + 5));

        assertThat(body.select(".wiki-embed")).hasSize(NoteEmbeds.MOST_EMBEDS + 5);
        assertThat(body.select(".wiki-embed-content")).hasSize(NoteEmbeds.MOST_EMBEDS);
    }

    @Test
    void largeEmbeddedNotesAreShownUpToTheirBoundInAllAndOneTooLargeStaysACard() throws IOException {
        String paragraph = "A long note's paragraph of words, written out at length for this test.\n\n";
        Files.writeString(vault.resolve("Large.md"), paragraph.repeat(400 * 1024 / paragraph.length()));
        Files.writeString(vault.resolve("Huge.md"), paragraph.repeat((NoteEmbeds.MAX_BYTES + 1024) / paragraph.length()));

        Element body = body("![[Huge]]\n\n" + "![[Large]]\n\n".repeat(8));

        assertThat(body.select(".wiki-embed")).hasSize(9);
        assertThat(body.select(".wiki-embed-content")).as("2 MB in all, 400 KB each").hasSize(5);
        assertThat(body.selectFirst(".wiki-embed").select(".wiki-embed-content")).as("past 512 KB").isEmpty();
    }

    @Test
    void inAVaultALinkToANoteNotWrittenYetIsShownDimmedWithoutBrackets() {
        Element body = body("Later: [[Distributed locks]]. In code: `[[Prototype]]`.\n\n```\n[[x]]\n```");

        assertThat(body.select("a.wikilink.missing").eachText()).containsExactly("Distributed locks");
        assertThat(body.select("a.wikilink.missing").attr("href")).as("pointing at it says the library has no such note")
                .isEqualTo("/Distributed%20locks.md");
        assertThat(body.select("code").eachText()).containsExactly("[[Prototype]]", "[[x]]");
    }

    @Test
    void outsideAVaultBracketsThatNameNoFileStayAsWritten() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site/_posts"));
        Files.writeString(site.resolve("2019-01-01-js.md"), "x");
        Files.writeString(site.resolve("notes.md"), "x");
        Files.createDirectories(site.resolveSibling("other"));
        Files.writeString(site.resolveSibling("other/deep.md"), "x");
        String markdown = "Every object has [[Prototype]]; see [[1]] and [[notes]], [[other/deep]], [[deep]]. "
                + "Done %%not a comment%% here. ^abc";

        Element body = body(site.getParent(), "_posts/2019-01-01-js.md", markdown);

        assertThat(body.text()).contains("has [[Prototype]]; see [[1]] and notes, other/deep, [[deep]].",
                "%%not a comment%%", "^abc");
        assertThat(body.select("a.wikilink").eachAttr("href")).as("beside the article or from the root; no folder is walked")
                .containsExactly("/_posts/notes.md", "/other/deep.md");
        assertThat(body.select(".missing")).isEmpty();
    }

    @Test
    void aVaultsCommentsAreHiddenAndItsBlockIdsBecomeAnchors() {
        Element body = body("Shown %%hidden%% text.\n\n%%\nA whole\n\nhidden block\n%%\n\n"
                + "Core size decides. ^core-size\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n^table-1\n\n"
                + "- item one ^item\n\n`%%kept%%` and 50%% left");

        assertThat(body.text()).contains("Shown text.").doesNotContain("hidden", "^core-size", "^table-1", "^item")
                .contains("%%kept%%", "50%% left");
        assertThat(body.selectFirst("p:contains(Core size)").id()).isEqualTo("^core-size");
        assertThat(body.selectFirst("table").id()).isEqualTo("^table-1");
        assertThat(body.selectFirst("li").id()).isEqualTo("^item");
    }

    @Test
    void aVaultsTagsAmongTheWordsAreLinksThatShowTheirNotes() throws IOException {
        String markdown = "Met about #project/lectern and #idea; issue #42, C#, `#code`.";
        Element body = body(markdown);

        assertThat(body.select("a.tag-inline").eachText()).containsExactly("#project/lectern", "#idea");
        assertThat(body.select("a.tag-inline").eachAttr("href")).containsExactly(
                TagLinks.href(dev.lectern.model.TagPath.parse("project/lectern")),
                TagLinks.href(dev.lectern.model.TagPath.parse("idea")));
        Path site = Files.createDirectories(temp.resolve("site"));
        assertThat(body(site, "a.md", markdown).select("a.tag-inline")).as("outside a vault").isEmpty();
        String longLine = "word ".repeat(3_000) + "\n#late in the paragraph's second line";
        assertThat(body(longLine).select("a.tag-inline").eachText()).as("line by line, as the library reads it")
                .containsExactly("#late");
        assertThat(dev.lectern.model.InlineTags.of(longLine)).containsExactly("late");
    }

    @Test
    void aVaultsTemplatePlaceholdersStayAsWrittenWhileItsMathAndMarksAreRead() throws IOException {
        String markdown = "# {{title}}\n\nDate: {{date:YYYY-MM-DD}}, {% if x %}kept{% endif %} {# note #} "
                + "==marked== and $x^2$.";

        Element body = body(markdown);

        assertThat(body.text()).contains("{{title}}", "Date: {{date:YYYY-MM-DD}}, {% if x %}kept{% endif %} {# note #}");
        assertThat(body.select("mark").text()).isEqualTo("marked");
        assertThat(body.select(".math svg")).hasSize(1);
        Path site = Files.createDirectories(temp.resolve("site"));
        assertThat(body(site, "a.md", markdown).text()).as("a site's templates, as its generator leaves them")
                .doesNotContain("{{", "{%", "{#");
    }

    @Test
    void aVaultsInlineFootnotesAreNumberedAmongItsOtherNotes() throws IOException {
        String markdown = "First[^a], then^[an inline note with [a link](https://example.org) and `^[code]`] and "
                + "10^[b].\n\nOpen ^[never closed\n\nnext paragraph] and `^[in code]`, \\^[escaped].\n\n"
                + "```\n^[in a fence]\n```\n\n[^a]: The first note.\n";

        Element body = body(markdown);

        assertThat(body.select("sup a.footnote-ref").eachText()).containsExactly("1", "2", "3");
        assertThat(body.select("div.footnotes li").eachText()).containsExactly("The first note. ↩",
                "an inline note with a link and ^[code] ↩", "b ↩");
        assertThat(body.select("div.footnotes a[href=https://example.org]")).hasSize(1);
        assertThat(body.select("p").eachText()).contains("Open ^[never closed", "next paragraph] and ^[in code], ^[escaped].");
        assertThat(body.select("pre").text()).isEqualTo("^[in a fence]");
        Path site = Files.createDirectories(temp.resolve("site"));
        assertThat(body(site, "a.md", markdown).text()).as("a site's markdown leaves them as typed")
                .contains("then^[an inline note with", "10^[b].");
        assertThat(body("x^[y] ".repeat(InlineFootnotes.MOST_NOTES + 5)).select("sup a.footnote-ref"))
                .hasSize(InlineFootnotes.MOST_NOTES);
        String unclosed = "^[" + "x".repeat(InlineFootnotes.MOST_CHARS) + " ";
        assertThat(InlineFootnotes.rewrite(unclosed.repeat(InlineFootnotes.MOST_UNCLOSED) + "a^[b]", List.of()))
                .as("past that many unclosed starts, no more are looked at").doesNotContain("[^lectern-inline-");
        assertThat(InlineFootnotes.rewrite(unclosed.repeat(3) + "a^[b]", List.of())).contains("a[^lectern-inline-1]");
    }

    @Test
    void aVaultsTasksOfEveryStatusShowABoxAndDoneOnesAreStruckThrough() throws IOException {
        String markdown = "- [ ] open\n- [x] done **now**\n  - [ ] a step still open\n- [/] half done\n"
                + "- [-] cancelled\n- [>] moved\n- [?]no space, no task\n- [ab] not a mark\n\n- [!] loose, important\n";

        Element body = body(markdown);

        assertThat(body.select("li.task-list-item").eachAttr("data-task"))
                .containsExactly(" ", "x", " ", "/", "-", ">", "!");
        assertThat(body.select(".task-box").eachAttr("data-task")).containsExactly("/", "-", ">", "!");
        assertThat(body.select("li.task-list-item").eachText()).containsExactly("open", "done now a step still open",
                "a step still open", "half done", "cancelled", "moved", "loose, important");
        assertThat(body.select(".task-done .task-text").eachText()).as("struck: done and cancelled, not their sub-list")
                .containsExactly("done now", "cancelled");
        assertThat(body.text()).contains("[?]no space, no task", "[ab] not a mark");
        Path site = Files.createDirectories(temp.resolve("site"));
        Element page = body(site, "a.md", markdown);
        assertThat(page.select(".task-box, .task-done")).as("a site shows them as GitHub does").isEmpty();
        assertThat(page.text()).contains("[/] half done");
    }

    @Test
    void aMarkdownPictureShowsAtTheSizeAfterThePipeOfItsWordsAsAnEmbeddedOneDoes() {
        String picture = "(%E6%9E%B6%E6%9E%84%20%E5%9B%BE.png)";
        Element body = body("![diagram|150]" + picture + "\n\n![x|100x50]" + picture + "\n\n![a|b]" + picture
                + "\n\n![Fig|2x]" + picture + "\n\n![lost|150](missing.png)\n");

        List<Element> images = body.select("img");
        assertThat(images).extracting(img -> img.attr("alt")).containsExactly("diagram", "x", "a|b", "Fig|2x");
        assertThat(images).extracting(img -> img.attr("width")).containsExactly("150", "100", "", "");
        assertThat(images.get(1).attr("height")).isEqualTo("50");
        assertThat(images.get(0).attr("src")).isEqualTo(vault.resolve("attachments/架构 图.png").toUri().toString());
        assertThat(body.select(".img-placeholder").text()).contains("lost").doesNotContain("150");
    }

    @Test
    void aVaultsMarkdownLinksAndPicturesFindTheirFileByItsNameAsObsidianDoes() throws IOException {
        String markdown = "[the plan](Plan.md#Steps), [old plan](old/Plan.md#Steps), [workers](Service%20workers), "
                + "[beside](today.md), "
                + "[nowhere](Gone.md), [web](https://example.org/Plan.md) and [up](../线程池笔记.md).\n\n"
                + "![diagram](%E6%9E%B6%E6%9E%84%20%E5%9B%BE.png)\n";

        Element body = body(markdown);

        assertThat(body.select("a").eachAttr("href")).as("the one beside first, as a wiki link's").containsExactly(
                "Plan.md#Steps", "/projects/old/Plan.md#Steps", "/projects/Service%20workers.md", "today.md", "Gone.md", "https://example.org/Plan.md", "../线程池笔记.md");
        assertThat(body.selectFirst("img").attr("src")).isEqualTo(vault.resolve("attachments/架构 图.png").toUri().toString());
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.createDirectories(site.resolve("posts"));
        Files.writeString(site.resolve("Plan.md"), "# Plan\n");
        assertThat(body(site, "posts/a.md", "[the plan](Plan.md)").select("a").attr("href")).as("a site's links as written")
                .isEqualTo("Plan.md");
    }

    @Test
    void aPageOfTwentyThousandLinksTurnsABoundedNumberOfThem() {
        Element body = body("See [[线程池笔记]] and [[Plan]].\n\n".repeat(10_000));

        assertThat(body.select("a.wikilink")).hasSize(WikiLinks.MOST_LINKS);
        assertThat(body.text()).contains("[[线程池笔记]]");
    }
}
