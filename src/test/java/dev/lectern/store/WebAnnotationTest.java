package dev.lectern.store;

import static dev.lectern.store.Fixtures.T0;
import static dev.lectern.store.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Bookmark;
import dev.lectern.model.ColorNames;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import dev.lectern.model.ReviewState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** W3C Web Annotation export and import: structure, code point offsets, merge by id, round trip, Hypothesis shape. */
class WebAnnotationTest {

    /** CJK Extension B and an emoji before the passage: UTF-16 and code point offsets differ by two. */
    private static final String TEXT = "前言 𠀀 😀 夜 — 斯之夜。明月当空，清风徐来。 The end.";
    private static final ArticleId ARTICLE = id("2020/夜.md");

    private final AnnotationSet set = new AnnotationSet();
    private final Highlight highlight;
    private final Function<ArticleId, String> textOf = Map.of(ARTICLE, TEXT)::get;
    private final Function<String, Optional<ArticleId>> resolve = source -> Optional.of(new ArticleId(source));

    WebAnnotationTest() {
        int start = TEXT.indexOf("斯之夜");
        highlight = new Highlight(UUID.randomUUID(), ARTICLE, Anchor.of(TEXT, start, start + 4, "前言"),
                HighlightColor.PINK, "why \"this\"?\nline two", List.of("moon", "古文"),
                new ReviewState(T0.plusSeconds(86_400), 1, 1, false), T0, T0.plusSeconds(5), null);
        set.put(highlight);
        set.put(new Bookmark(UUID.randomUUID(), ARTICLE, null, "finish", T0, T0, null));
        set.put(new Bookmark(UUID.randomUUID(), ARTICLE, Anchor.of(TEXT, 3, 5, null), "", T0, T0.plusSeconds(1), null));
        set.put(Fixtures.highlight("2020/夜.md", "deleted", 3).deletedAt(T0.plusSeconds(4)));
        set.putEntry(new ArticleEntry(ARTICLE, new ArticleKey("夜", null, null), List.of()));
        set.setColorNames(new ColorNames(Map.of(HighlightColor.PINK, "question"), T0));
    }

    private JsonNode exported() throws Exception {
        return new ObjectMapper().readTree(new WebAnnotationExporter().export(set, "/lib", textOf));
    }

    @Test
    void theExportHasTheStandardsRequiredFields() throws Exception {
        JsonNode root = exported();

        assertThat(root.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(root.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(root.get("id").asText()).startsWith("urn:uuid:");
        JsonNode page = root.get("first");
        assertThat(page.get("type").asText()).isEqualTo("AnnotationPage");
        assertThat(page.get("items")).hasSize(3).allSatisfy(item -> {
            assertThat(item.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
            assertThat(item.get("id").asText()).matches("urn:uuid:[0-9a-f-]{36}");
            assertThat(item.get("type").asText()).isEqualTo("Annotation");
            assertThat(item.get("target").get("source").asText()).isEqualTo("2020/夜.md");
            assertThat(item.get("created").asText()).endsWith("Z");
        });
        assertThat(root.get("total").asInt()).isEqualTo(3);
        assertThat(root.toString()).doesNotContain("deleted");
    }

    @Test
    void aHighlightCarriesQuoteAndPositionSelectorsInCodePointsWithNoteTagsAndColour() throws Exception {
        JsonNode item = item(exported(), highlight.id());

        assertThat(item.get("motivation").asText()).isEqualTo("commenting");
        JsonNode selectors = item.get("target").get("selector");
        assertThat(selectors.get(0).get("type").asText()).isEqualTo("TextQuoteSelector");
        assertThat(selectors.get(0).get("exact").asText()).isEqualTo("斯之夜。");
        assertThat(selectors.get(0).get("prefix").asText()).isEqualTo(highlight.anchor().prefix());
        assertThat(selectors.get(1).get("type").asText()).isEqualTo("TextPositionSelector");
        int utf16 = TEXT.indexOf("斯之夜");
        assertThat(selectors.get(1).get("start").asInt()).isEqualTo(utf16 - 2).isEqualTo(TEXT.codePointCount(0, utf16));
        assertThat(selectors.get(1).get("end").asInt()).isEqualTo(utf16 - 2 + 4);
        assertThat(item.get("body")).extracting(b -> b.get("purpose").asText() + ":" + b.get("value").asText())
                .containsExactly("commenting:why \"this\"?\nline two", "tagging:moon", "tagging:古文");
        assertThat(item.get("lectern:color").asText()).isEqualTo("pink");
        assertThat(item.get("lectern:colorName").asText()).isEqualTo("question");
    }

    @Test
    void roundTripThroughAnEmptyFileKeepsEveryField() {
        String json = new WebAnnotationExporter().export(set, "/lib", textOf);

        ImportPlan plan = new WebAnnotationImporter().plan(json, new AnnotationSet(), resolve, textOf);

        List<Annotation> live = set.all().stream().filter(a -> !a.isDeleted()).toList();
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.duplicates()).isEmpty();
        assertThat(plan.fresh()).containsExactlyInAnyOrderElementsOf(live);
        assertThat(plan.colorNames()).isEqualTo(Map.of(HighlightColor.PINK, "question"));
    }

    @Test
    void anExportImportedAgainIsAllAlreadyHereEvenForAPassageWhoseWordsChanged() throws Exception {
        String changed = TEXT.replace("明月当空", "明月高悬");
        int start = changed.indexOf("明月高悬");
        Highlight edited = new Highlight(UUID.randomUUID(), ARTICLE,
                new Anchor("明月当空", "", "", start, start + 4, "前言").foundAgainIn(changed, start, start + 4),
                HighlightColor.BLUE, "moon", T0, T0.plusSeconds(7), null);
        set.put(edited);
        Function<ArticleId, String> now = Map.of(ARTICLE, changed)::get;
        String json = new WebAnnotationExporter().export(set, "/lib", now);

        ImportPlan again = new WebAnnotationImporter().plan(json, set, resolve, now);
        ImportPlan fresh = new WebAnnotationImporter().plan(json, new AnnotationSet(), resolve, now);

        assertThat(item(new ObjectMapper().readTree(json), edited.id()).get("lectern:originalQuote").asText())
                .isEqualTo("明月当空");
        assertThat(again.duplicates()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(fresh.fresh()).filteredOn(a -> a.id().equals(edited.id())).singleElement()
                .satisfies(a -> assertThat(a.anchor().originalQuote()).isEqualTo("明月当空"));
    }

    @Test
    void aHighlightWhoseArticleGrewAboveItIsAlreadyHereOnReImport() {
        String edited = "新的一段开头。" + TEXT;
        Function<ArticleId, String> now = Map.of(ARTICLE, edited)::get;
        String json = new WebAnnotationExporter().export(set, "/lib", now);

        ImportPlan again = new WebAnnotationImporter().plan(json, set, resolve, now);

        assertThat(again.duplicates()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(3);
    }

    @Test
    void storedUtf16AnchorsStillLocateTextOutsideTheBmpAfterImport() {
        String json = new WebAnnotationExporter().export(set, "/lib", textOf);
        Highlight back = (Highlight) new WebAnnotationImporter().plan(json, new AnnotationSet(), resolve, textOf).fresh()
                .stream().filter(a -> a.id().equals(highlight.id())).findFirst().orElseThrow();

        AnchorMatch match = new Reanchorer().locate(back.anchor(), TEXT);

        assertThat(match.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(TEXT.substring(match.start(), match.end())).isEqualTo("斯之夜。");
        assertThat(back.anchor().start()).isEqualTo(TEXT.indexOf("斯之夜"));
    }

    @Test
    void importMergesByIdAndSetsChangedDuplicatesApart() {
        String json = new WebAnnotationExporter().export(set, "/lib", textOf);
        AnnotationSet existing = new AnnotationSet();
        existing.put(highlight.edited(HighlightColor.BLUE, "mine", T0.plusSeconds(9)));
        set.all().stream().filter(Bookmark.class::isInstance).limit(1).forEach(existing::put);

        ImportPlan plan = new WebAnnotationImporter().plan(json, existing, resolve, textOf);

        assertThat(plan.duplicates()).singleElement().isEqualTo(highlight);
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.fresh()).hasSize(1);
    }

    @Test
    void aTextWhosePassageMovedIsReanchoredOnImport() {
        String json = new WebAnnotationExporter().export(set, "/lib", textOf);
        String edited = "新的一段开头。" + TEXT;

        Highlight back = (Highlight) new WebAnnotationImporter().plan(json, new AnnotationSet(), resolve,
                Map.of(ARTICLE, edited)::get).fresh().stream().filter(Highlight.class::isInstance).findFirst().orElseThrow();

        assertThat(edited.substring(back.anchor().start(), back.anchor().end())).isEqualTo("斯之夜。");
    }

    @Test
    void aHypothesisApiAnswerImports() {
        String hypothesis = """
                {"total": 1, "rows": [{"id": "Xk3v9aBcEe-2mZ", "created": "2024-05-01T10:00:00.123456+00:00",
                  "updated": "2024-05-02T08:30:00.000000+00:00", "uri": "https://blog.example/2020/ye/",
                  "text": "a note", "tags": ["moon", "poem"],
                  "target": [{"source": "https://blog.example/2020/ye/", "selector": [
                    {"type": "RangeSelector", "startContainer": "/div[1]/p[2]", "startOffset": 0},
                    {"type": "TextPositionSelector", "start": 10, "end": 14},
                    {"type": "TextQuoteSelector", "exact": "斯之夜。", "prefix": "夜 — ", "suffix": "明月"}]}]}]}
                """;

        ImportPlan plan = new WebAnnotationImporter().plan(hypothesis, new AnnotationSet(),
                source -> source.contains("/ye/") ? Optional.of(ARTICLE) : Optional.empty(), textOf);

        Highlight h = (Highlight) plan.fresh().get(0);
        assertThat(h.note()).isEqualTo("a note");
        assertThat(h.tags()).containsExactly("moon", "poem");
        assertThat(h.color()).isEqualTo(HighlightColor.YELLOW);
        assertThat(TEXT.substring(h.anchor().start(), h.anchor().end())).isEqualTo("斯之夜。");
        assertThat(h.updated()).isEqualTo(java.time.Instant.parse("2024-05-02T08:30:00Z"));
        ImportPlan again = new WebAnnotationImporter().plan(hypothesis, planned(plan), source -> Optional.of(ARTICLE),
                textOf);
        assertThat(again.unchanged()).isEqualTo(1);
    }

    @Test
    void anUnknownSourceIsSkippedWithAReason() {
        String json = new WebAnnotationExporter().export(set, "/lib", textOf);

        ImportPlan plan = new WebAnnotationImporter().plan(json, new AnnotationSet(), source -> Optional.empty(), textOf);

        assertThat(plan.fresh()).isEmpty();
        assertThat(plan.problems()).hasSize(3).allMatch(p -> p.kind() == dev.lectern.model.Problem.Kind.IMPORT_ITEM_SKIPPED)
                .extracting(p -> dev.lectern.ui.common.Messages.forLocale(java.util.Locale.ENGLISH).problem(p))
                .allMatch(p -> p.contains("no article of the library matches 2020/夜.md"));
    }

    @Test
    void anArticleRenamedSinceTheExportIsFoundByItsPassagesAndSaidSo() {
        String json = new WebAnnotationExporter().export(set, "/lib", textOf);
        ArticleId renamed = id("2020/夜-renamed.md");
        ArticleId other = id("2020/other.md");
        Map<ArticleId, String> texts = Map.of(renamed, TEXT, other, "前言 斯之夜 is not here in full.");

        ImportPlan plan = new WebAnnotationImporter().plan(json, new AnnotationSet(),
                source -> texts.containsKey(new ArticleId(source)) ? Optional.of(new ArticleId(source)) : Optional.empty(),
                texts::get, List.of(other, renamed));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.fresh()).hasSize(3).allMatch(a -> a.article().equals(renamed));
        assertThat(plan.found()).extracting(p -> dev.lectern.ui.common.Messages.forLocale(java.util.Locale.ENGLISH)
                .problem(p)).containsExactly("no article is at 2020/夜.md any more: its 3 annotations were imported into "
                + "2020/夜-renamed.md, whose text holds their passages");
        ImportPlan twoHold = new WebAnnotationImporter().plan(json, new AnnotationSet(), source -> Optional.empty(),
                Map.of(renamed, TEXT, other, TEXT)::get, List.of(other, renamed));
        assertThat(twoHold.fresh()).isEmpty();
        assertThat(twoHold.problems()).hasSize(3);
    }

    @Test
    void eachSkippedItemSaysWhyAsTypedData() {
        String quote = "{\"type\": \"TextQuoteSelector\", \"exact\": \"斯之夜。\"}";
        String json = "[{\"target\": {\"source\": \"2020/夜.md\", \"selector\": " + quote + "}},"
                + " {\"target\": {\"source\": \"2020/夜.md\", \"selector\": " + quote + "},"
                + " \"created\": \"2024-05-02T08:30:00Z\", \"lectern:color\": \"ultraviolet\"},"
                + " {\"target\": {\"source\": \"2020/夜.md\", \"selector\": " + quote + "}, \"created\": \"yesterday\"},"
                + " {\"target\": {}, \"created\": \"2024-05-02T08:30:00Z\"}]";

        ImportPlan plan = new WebAnnotationImporter().plan(json, new AnnotationSet(), resolve, textOf);

        assertThat(plan.fresh()).isEmpty();
        assertThat(plan.problems()).containsExactly(
                Problem.because(Problem.Kind.IMPORT_ITEM_SKIPPED, Problem.of(Problem.Kind.ITEM_WITHOUT_TIME), 1),
                Problem.because(Problem.Kind.IMPORT_ITEM_SKIPPED,
                        Problem.of(Problem.Kind.FIELD_INVALID, "lectern:color", "ultraviolet"), 2),
                Problem.because(Problem.Kind.IMPORT_ITEM_SKIPPED,
                        Problem.of(Problem.Kind.FIELD_INVALID, "created", "yesterday"), 3),
                Problem.because(Problem.Kind.IMPORT_ITEM_SKIPPED, Problem.of(Problem.Kind.TARGET_WITHOUT_SOURCE), 4));
    }

    @Test
    void textThatIsNotWebAnnotationJsonIsRefusedWithAMessage() {
        WebAnnotationImporter importer = new WebAnnotationImporter();
        AnnotationSet empty = new AnnotationSet();

        assertThatThrownBy(() -> importer.plan("{\"a\": [1,", empty, resolve, textOf))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("it is not JSON");
        assertThatThrownBy(() -> importer.plan("[]", empty, resolve, textOf))
                .hasMessage("it holds no Web Annotations");
        assertThatThrownBy(() -> importer.plan("[".repeat(5000) + "]".repeat(5000), empty, resolve, textOf))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AnnotationSet planned(ImportPlan plan) {
        AnnotationSet s = new AnnotationSet();
        plan.fresh().forEach(s::put);
        return s;
    }

    private static JsonNode item(JsonNode root, UUID id) {
        for (JsonNode item : root.get("first").get("items")) {
            if (item.get("id").asText().equals("urn:uuid:" + id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id);
    }
}
