package dev.lectern.store;

import static dev.lectern.store.Fixtures.T0;
import static dev.lectern.store.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Anchor;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExporterTest {

    private static final String TEXT = "Intro. Lambda supports \"custom\" runtimes now. The end.";

    private final Exporter exporter = new Exporter();
    private final AnnotationSet set = new AnnotationSet();
    private final Highlight highlight = new Highlight(UUID.randomUUID(), id("aws/re invent.md"),
            Anchor.of(TEXT, 7, 45, "Serverless"), HighlightColor.GREEN, "worth trying\nat work", T0, T0, null);

    ExporterTest() {
        set.put(highlight);
        set.put(new Bookmark(UUID.randomUUID(), id("aws/re invent.md"), null, "finish reading", T0, T0, null));
        set.put(new Bookmark(UUID.randomUUID(), id("gone.md"), Anchor.of("a vanished passage", 2, 10, null), "", T0, T0,
                null));
        set.put(Fixtures.highlight("aws/re invent.md", "deleted one", 5).deletedAt(T0.plusSeconds(6)));
        set.putEntry(new ArticleEntry(id("aws/re invent.md"), new ArticleKey("re:Invent", "2019-12-06", "x"), List.of()));
    }

    @Test
    void markdownGroupsByArticleWithQuotesColoursNotesAndBookmarks() {
        String md = exporter.markdown(set);

        assertThat(md).contains("## re:Invent\n\n[aws/re invent.md](aws/re%20invent.md)\n")
                .contains("> Lambda supports \"custom\" runtimes now.\n\n*green* — worth trying\n  at work\n")
                .contains("### Bookmarks\n\n- finish reading — whole article\n")
                .contains("## gone.md").contains("- (no label) — “vanished”")
                .doesNotContain("deleted one");
    }

    /** An export saved outside the library links to the articles from where it is, not from the library. */
    @Test
    void markdownSavedElsewhereLinksToTheArticlesFromWhereItIs() {
        java.nio.file.Path library = java.nio.file.Path.of("/home/me/blog");

        String md = exporter.markdown(set, id -> null,
                Exporter.linksFrom(library, java.nio.file.Path.of("/home/me/notes/reading (2026).md")));

        assertThat(md).contains("[aws/re invent.md](../blog/aws/re%20invent.md)")
                .doesNotContain("](aws/re%20invent.md)");
        set.put(Fixtures.highlight("C# notes [draft].md", "a passage", 0));
        assertThat(exporter.markdown(set)).as("a # is no fragment, brackets end no link text")
                .contains("[C# notes \\[draft\\].md](C%23%20notes%20[draft].md)");
    }

    @Test
    void markdownListsAnArticlesHighlightsInReadingOrderNotInTheOrderTheyWereMade() {
        set.put(new Highlight(UUID.randomUUID(), id("aws/re invent.md"), Anchor.of(TEXT, 0, 6, null),
                HighlightColor.YELLOW, "made later, read first", T0.plusSeconds(60), T0.plusSeconds(60), null));

        String md = exporter.markdown(set);

        assertThat(md.indexOf("made later, read first")).isPositive().isLessThan(md.indexOf("worth trying"));
    }

    @Test
    void jsonHoldsEveryLiveAnnotationWithEscapedText() {
        String json = exporter.json(set);

        assertThat(json).contains("\"path\": \"aws/re invent.md\"", "\"title\": \"re:Invent\"", "\"color\": \"green\"",
                "\"note\": \"worth trying\\nat work\"", "\"quote\": \"Lambda supports \\\"custom\\\" runtimes now.\"",
                "\"label\": \"finish reading\"", "\"quote\": null", "\"id\": \"" + highlight.id() + "\"")
                .doesNotContain("deleted one");
    }

    @Test
    void markdownAndJsonCarryTagsAndColourNames() {
        set.put(highlight.tagged(List.of("serverless", "to try"), T0.plusSeconds(1)));
        set.setColorNames(new dev.lectern.model.ColorNames(Map.of(HighlightColor.GREEN, "to try"), T0));

        assertThat(exporter.markdown(set)).contains("*to try (green)* — worth trying\n  at work #serverless #to-try\n");
        assertThat(exporter.json(set)).contains("\"colorName\": \"to try\"", "\"tags\": [\n");
    }

    @Test
    void statusLinesTellAnchoredMovedAndOrphanedAnnotationsApart() {
        String edited = TEXT.replace("runtimes", "runtime");

        List<String> lines = exporter.statusLines(set, Map.of(id("aws/re invent.md"), edited)::get);

        assertThat(lines).containsExactlyInAnyOrder(
                "moved     \"Lambda supports \"custom\" runtimes now.\"  aws/re invent.md",
                "anchored  (whole article)  aws/re invent.md",
                "orphaned  \"vanished\"  gone.md");
    }
}
