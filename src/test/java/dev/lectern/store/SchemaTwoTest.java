package dev.lectern.store;

import static dev.lectern.store.Fixtures.T0;
import static dev.lectern.store.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.ColorNames;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import dev.lectern.model.ReviewState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Schema 2 keeps tags, review state and colour names; a schema 1 file still loads. */
class SchemaTwoTest {

    private static final String SCHEMA_ONE = """
            schema: 1
            library: /home/ann/notes
            articles:
            - path: a.md
              title: A
              highlights:
              - id: 064df562-f612-448b-9dc0-23afe6859b34
                color: pink
                note: why?
                anchor:
                  quote: 斯之夜。
                  prefix: ''
                  suffix: ''
                  start: 245
                  end: 249
                created: 2026-11-22T05:51:05Z
                updated: 2026-11-22T05:51:12Z
            annotations: 1
            """;

    private final AnnotationFile format = new AnnotationFile();

    @Test
    void anOldSchemaOneFileLoadsWithoutTagsReviewOrColourNames() {
        LoadResult result = format.load(SCHEMA_ONE);

        assertThat(result.problems()).isEmpty();
        Highlight h = (Highlight) result.set().all().get(0);
        assertThat(h.note()).isEqualTo("why?");
        assertThat(h.color()).isEqualTo(HighlightColor.PINK);
        assertThat(h.tags()).isEmpty();
        assertThat(h.review()).isNull();
        assertThat(result.set().colorNames()).isEqualTo(ColorNames.NONE);
        assertThat(format.dump(result.set(), "/home/ann/notes")).startsWith("schema: 2\n");
    }

    @Test
    void tagsReviewAndColourNamesSurviveASaveAndLoad() {
        AnnotationSet set = new AnnotationSet();
        Highlight h = Fixtures.highlight("a.md", "quote", 1)
                .tagged(List.of("#aws", "to try", "AWS", " "), T0.plusSeconds(2))
                .reviewed(new ReviewState(T0.plusSeconds(86_400 * 3), 3, 2, false), T0.plusSeconds(3));
        set.put(h);
        set.setColorNames(new ColorNames(Map.of(HighlightColor.YELLOW, "important", HighlightColor.PINK, "question"),
                T0));

        String text = format.dump(set, "/lib");
        LoadResult again = format.load(text);

        assertThat(h.tags()).containsExactly("aws", "to-try");
        assertThat(text).contains("colors:\n  yellow: important\n  pink: question\n", "tags:\n    - aws\n    - to-try\n",
                "review:\n      due: 2024-05-04T10:00:00Z\n      interval: 3\n");
        assertThat(again.problems()).isEmpty();
        assertThat(again.set().all()).containsExactly(h);
        assertThat(again.set().colorNames().label(HighlightColor.PINK)).isEqualTo("question (pink)");
        assertThat(again.set().colorNames().label(HighlightColor.GREEN)).isEqualTo("green");
        assertThat(format.dump(again.set(), "/lib")).isEqualTo(text);
    }

    @Test
    void aMalformedTagListLeavesOutOnlyThoseTags() {
        String bad = SCHEMA_ONE.replace("schema: 1", "schema: 2").replace("    note: why?\n",
                "    note: why?\n    tags: {a: b}\n");

        LoadResult result = format.load(bad);

        assertThat(result.problems()).contains(Problem.because(Problem.Kind.HIGHLIGHT_FIELD_LEFT,
                Problem.of(Problem.Kind.TAGS_NOT_WORDS), 1, "a.md"));
        assertThat(result.set().all()).extracting(a -> ((dev.lectern.model.Highlight) a).note()).contains("why?");
    }

    @Test
    void theNewerColourNamesWinAMerge() {
        AnnotationSet ours = new AnnotationSet();
        ours.setColorNames(new ColorNames(Map.of(HighlightColor.YELLOW, "old"), T0));
        AnnotationSet theirs = new AnnotationSet();
        theirs.setColorNames(new ColorNames(Map.of(HighlightColor.YELLOW, "new"), T0.plusSeconds(1)));
        theirs.put(Fixtures.highlight("b.md", "x", 1));

        ours.mergeFrom(theirs);

        assertThat(ours.colorNames().nameOf(HighlightColor.YELLOW)).isEqualTo("new");
        assertThat(ours.articles()).containsExactly(id("b.md"));
    }
}
