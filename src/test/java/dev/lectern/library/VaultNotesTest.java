package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault's notes are listed under the tags written among their words too; a site's articles are not. */
class VaultNotesTest {

    private static final String NOTE = "---\ntags: [java]\n---\nRead about #reading and #Java/concurrency, issue #42.\n";

    @TempDir
    Path dir;

    @Test
    void aVaultNoteHasItsFrontMatterTagsThenThoseAmongItsWords() throws IOException {
        Path vault = Files.createDirectories(dir.resolve("vault/.obsidian")).getParent();

        Article note = new ArticleFixture(vault).read("journal/2024/note.md", NOTE);
        Article site = new ArticleFixture(Files.createDirectories(dir.resolve("site"))).read("_posts/note.md", NOTE);

        assertThat(note.tags()).containsExactly("java", "reading", "Java/concurrency");
        assertThat(site.tags()).containsExactly("java");
    }

    @Test
    void aVaultNoteWithoutATitleInItsFrontMatterIsNamedByItsFileAsTheNotesAppNamesIt() throws IOException {
        Path vault = Files.createDirectories(dir.resolve("vault/.obsidian")).getParent();
        String daily = "Standup: reviewed the [[Plan]] and #reading.\n\n# Later\n";

        assertThat(new ArticleFixture(vault).read("Journal/2024-03-18.md", daily).title()).isEqualTo("2024-03-18");
        assertThat(new ArticleFixture(vault).read("Named.md", "---\ntitle: Given\n---\n# Heading\n").title())
                .isEqualTo("Given");
        assertThat(new ArticleFixture(Files.createDirectories(dir.resolve("site"))).read("2024-03-18.md", daily).title())
                .as("a site's article keeps its heading or first line").isEqualTo("Later");
    }

    @Test
    void aVaultTemplatesDatePlaceholderIsNoWrongDateButASitesIs() throws IOException {
        String template = "---\ncreated: {{date}}\n---\n# {{title}}\n";
        Path vault = Files.createDirectories(dir.resolve("vault/.obsidian")).getParent();

        Article note = new ArticleFixture(vault).read("Templates/Daily.md", template);
        Article site = new ArticleFixture(Files.createDirectories(dir.resolve("site"))).read("post.md", template);

        assertThat(note.date()).isNull();
        assertThat(note.warnings()).as("a template's placeholder").isEmpty();
        assertThat(site.warnings()).extracting(dev.lectern.model.Problem::kind)
                .containsExactly(dev.lectern.model.Problem.Kind.DATE_INVALID);
    }

    @Test
    void frontMatterTagsWrittenWithAHashAreTheTagsWithoutItAsObsidianReadsThem() throws IOException {
        Path vault = Files.createDirectories(dir.resolve("vault/.obsidian")).getParent();
        ArticleFixture fixture = new ArticleFixture(vault);

        Article flow = fixture.read("flow.md", "---\ntags: [\"#quoted-hash\", \"#project/lectern\", plain]\n---\n"
                + "Also #quoted-hash here.\n");
        Article block = fixture.read("block.md", "---\ntags:\n  - \"#x\"\n  - \"##two\"\n  - \"#\"\n---\nText\n");
        TagIndex index = TagIndex.build(List.of(flow, block));

        assertThat(flow.tags()).containsExactly("quoted-hash", "project/lectern", "plain");
        assertThat(block.tags()).as("one '#' is dropped, a lone '#' is no tag").containsExactly("x", "#two");
        assertThat(index.roots(Facet.TAG)).extracting(TagNode::label)
                .contains("quoted-hash", "project", "x").doesNotContain("#quoted-hash", "#x");
    }

    @Test
    void aScanOfAVaultListsTheNotesUnderTheirInlineTags() throws IOException {
        Path vault = Files.createDirectories(dir.resolve("vault/.obsidian")).getParent();
        Files.writeString(vault.resolve("a.md"), "# A\n\nText #idea\n");
        Files.writeString(vault.resolve("b.md"), "No tags, `#code` only.\n");

        ScanResult result = new LibraryScanner(new ArticleReader(), 2).scan(vault, article -> { }, () -> false);

        assertThat(result.articles()).filteredOn(a -> a.id().path().equals("a.md")).singleElement()
                .extracting(Article::tags).isEqualTo(List.of("idea"));
        assertThat(result.articles()).filteredOn(a -> a.id().path().equals("b.md")).singleElement()
                .extracting(Article::tags).isEqualTo(List.of());
    }

    @Test
    void aLogseqGraphIsReadAsLogseqNamesItsPagesWithoutItsBackupCopies() throws IOException {
        Path graph = Files.createDirectories(dir.resolve("graph"));
        Files.createDirectories(graph.resolve("logseq/bak/pages"));
        Files.writeString(graph.resolve("logseq/config.edn"), "{:meta/version 1}\n");
        Files.createDirectories(graph.resolve("pages"));
        Files.createDirectories(graph.resolve("journals"));
        String page = "title:: Thread Pools\ntags:: java, [[thread pools]], #reading\nalias:: TP\n\n"
                + "- A pool reuses threads. #idea\n  id:: 64f1c2a0-1b2c-4d5e-8f90-123456789abc\n";
        Files.writeString(graph.resolve("pages/thread-pools.md"), page);
        Files.writeString(graph.resolve("logseq/bak/pages/thread-pools.md"), page);
        Files.writeString(graph.resolve("pages/Java___Virtual Threads.md"), "- Cheap threads.\n");
        Files.writeString(graph.resolve("pages/What%3F.md"), "- A question.\n");
        Files.writeString(graph.resolve("journals/2024_03_18.md"), "- Read about [[Thread Pools]].\n");

        ScanResult result = new LibraryScanner(new ArticleReader(), 2).scan(graph, article -> { }, () -> false);

        assertThat(result.articles()).extracting(a -> a.id().path()).as("not the copies in logseq/bak")
                .containsExactlyInAnyOrder("pages/thread-pools.md", "pages/Java___Virtual Threads.md", "pages/What%3F.md",
                        "journals/2024_03_18.md");
        Article pools = result.articles().stream().filter(a -> a.id().path().equals("pages/thread-pools.md")).findFirst()
                .orElseThrow();
        assertThat(pools.title()).as("its title:: property").isEqualTo("Thread Pools");
        assertThat(pools.tags()).as("its tags:: property, then those among its words")
                .containsExactly("java", "thread pools", "reading", "idea");
        assertThat(result.articles()).extracting(Article::title).contains("Java/Virtual Threads", "What?", "2024-03-18");
        assertThat(result.articles()).filteredOn(a -> a.title().equals("2024-03-18")).singleElement()
                .extracting(Article::date).isEqualTo(java.time.LocalDate.of(2024, 3, 18));
        assertThat(result.articles()).allSatisfy(a -> assertThat(a.warnings()).isEmpty());
        Path vault = Files.createDirectories(dir.resolve("vault/.obsidian")).getParent();
        assertThat(new ArticleFixture(vault).read("notes/a___b 100%25.md", "Text.\n").title())
                .as("an Obsidian note is named by its file as written").isEqualTo("a___b 100%25");
    }

    @Test
    void aSitesArticleThatStartsWithKeyColonColonKeepsItsFirstLine() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));

        Article post = new ArticleFixture(site).read("post.md", "Note:: the API changed in 2.0.\n\nMore words.\n");

        assertThat(post.title()).isEqualTo("Note:: the API changed in 2.0.");
        assertThat(new ArticleReader().readBody(site, post.id())).startsWith("Note:: the API changed");
    }

    @Test
    void aFolderThatBecomesAVaultIsReadAgainRatherThanFromItsCache() throws IOException {
        Path library = Files.createDirectories(dir.resolve("notes"));
        MetadataCache cache = new MetadataCache(dir.resolve("cache"));
        List<Article> articles = List.of(new Article(new ArticleId("a.md"), "A", null, null, List.of(), List.of(),
                List.of(), null, false, null, List.of(), 1, 1));
        cache.save(library, articles);
        assertThat(cache.load(library)).containsExactlyElementsOf(articles);

        Files.createDirectories(library.resolve(".obsidian"));

        assertThat(cache.load(library)).as("read before the folder was a vault: no inline tags").isEmpty();
    }
}
