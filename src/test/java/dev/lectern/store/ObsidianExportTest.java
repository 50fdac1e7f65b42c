package dev.lectern.store;

import static dev.lectern.store.Fixtures.T0;
import static dev.lectern.store.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Anchor;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.ColorNames;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The Obsidian-shaped notes: one per article, callouts, block ids, notes and tags, in reading order. */
class ObsidianExportTest {

    private static final String TEXT = "First passage here. Then a second: the middle one. And the last words.";
    private static final ArticleId ARTICLE = id("notes/a: b?.md");

    private final AnnotationSet set = new AnnotationSet();
    private final Highlight last = highlight("the last words", HighlightColor.YELLOW, "", List.of(), 1);
    private final Highlight first = highlight("First passage", HighlightColor.PINK, "ask why\nsecond line",
            List.of("q", "to-do"), 2);

    ObsidianExportTest() {
        set.put(last);
        set.put(first);
        set.put(highlight("the middle one", HighlightColor.GREEN, "", List.of(), 3).deletedAt(T0.plusSeconds(9)));
        set.put(Fixtures.bookmark("notes/a: b?.md", "only a bookmark", 4));
        set.put(Fixtures.bookmark("other.md", "no highlights here", 4));
        set.putEntry(new ArticleEntry(ARTICLE, new ArticleKey("Title: with/odd?chars", null, null), List.of()));
        set.setColorNames(new ColorNames(Map.of(HighlightColor.PINK, "question"), T0));
    }

    private Highlight highlight(String quote, HighlightColor color, String note, List<String> tags, int second) {
        int at = TEXT.indexOf(quote);
        return new Highlight(UUID.randomUUID(), ARTICLE, Anchor.of(TEXT, at, at + quote.length(), null), color, note,
                tags, null, T0.plusSeconds(second), T0.plusSeconds(second), null);
    }

    @Test
    void oneNotePerArticleWithHighlightsNamedAfterItsTitle() {
        Map<String, String> notes = new ObsidianExporter().export(set, Map.of(ARTICLE, TEXT)::get);

        assertThat(notes).containsKey("Title with odd chars.md").hasSize(2); // other.md has a bookmark only
    }

    @Test
    void theNoteHasPropertiesAndEachHighlightAsACalloutWithBlockIdNoteAndTagsInReadingOrder() {
        String note = new ArticleNote().of(set, ARTICLE, Map.of(ARTICLE, TEXT)::get);

        String[] parts = note.split("---\n", 3);
        Map<String, Object> properties = new Yaml().load(parts[1]);
        assertThat(properties).containsEntry("title", "Title: with/odd?chars").containsEntry("source", "notes/a: b?.md")
                .containsEntry("tags", List.of("q", "to-do"));
        assertThat(parts[2]).contains("# Title: with/odd?chars\n\nSource: [notes/a: b?.md](notes/a:%20b?.md)\n")
                .contains("> [!quote] question (pink)\n> First passage\n\n^" + first.id() + "\n\nask why\nsecond line\n\n#q #to-do\n")
                .contains("> [!quote] yellow\n> the last words\n\n^" + last.id() + "\n")
                .doesNotContain("middle").endsWith("\n## Bookmarks\n\n- only a bookmark — whole article\n");
        assertThat(parts[2].indexOf("First passage")).isLessThan(parts[2].indexOf("the last words"));
    }

    @Test
    void withoutTheArticlesTextTheStoredPlacesGiveTheOrder() {
        String note = new ArticleNote().of(set, ARTICLE, article -> null);

        assertThat(note.indexOf("First passage")).isLessThan(note.indexOf("the last words"));
        assertThat(new ArticleNote().of(set, id("other.md"), article -> null)).contains("- no highlights here");
        assertThat(new ArticleNote().of(set, id("nothing.md"), article -> null)).isNull();
    }

    @Test
    void theSourceLinkLeadsFromTheVaultAndPassagesGoneFromTheArticleAreMarked() {
        Anchor gone = Anchor.of("A sentence that was deleted since.", 2, 10, null);
        set.put(new Highlight(UUID.randomUUID(), ARTICLE, gone, HighlightColor.BLUE, "", List.of(), null, T0, T0, null));
        set.put(new dev.lectern.model.Bookmark(UUID.randomUUID(), ARTICLE, gone, "named", T0, T0, null));
        java.nio.file.Path root = java.nio.file.Path.of("/home/ann/lib").toAbsolutePath();

        String note = new ObsidianExporter().export(set, Map.of(ARTICLE, TEXT)::get,
                Exporter.linksFrom(root, root.resolveSibling("vault").resolve("x.md"))).get("Title with odd chars.md");

        assertThat(note).contains("Source: [notes/a: b?.md](../lib/notes/a:%20b?.md)\n")
                .contains("> sentence\n>\n> (not found in the article now)\n")
                .contains("- named — “sentence” (not found in the article now)\n")
                .doesNotContain("> the last words\n>\n");
    }

    @Test
    void fileNamesAreSafeAndBounded() {
        assertThat(ObsidianExporter.fileName("..a/b\\c:d*e?f\"g<h>i|j#k^l[m]n")).isEqualTo("a b c d e f g h i j k l m n");
        assertThat(ObsidianExporter.fileName("\u0000")).isEqualTo("untitled");
        assertThat(ObsidianExporter.fileName("长".repeat(200))).hasSize(80);
    }
}
