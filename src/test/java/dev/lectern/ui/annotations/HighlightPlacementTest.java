package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Anchor;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.AnnotationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Highlights placed in an article's text as it changes, with executors run in place and a fixed clock. */
class HighlightPlacementTest {

    private static final Executor NOW = Runnable::run;
    private static final String TEXT = "线程池满了以后，新的任务会被拒绝。";

    @TempDir
    Path root;
    private AnnotationsViewModel annotations;
    private HighlightPlacement placement;
    private Article article;
    private Highlight highlight;

    @BeforeEach
    void store() throws IOException {
        Files.writeString(root.resolve("pool.md"), "# 线程池\n\n" + TEXT + "\n");
        ArticleReader reader = new ArticleReader();
        article = reader.read(root, root.resolve("pool.md"));
        annotations = new AnnotationsViewModel(new ArticleTexts(reader, new PageRenderer()), NOW, NOW);
        annotations.use(AnnotationStore.open(root.resolve("annotations.yaml"), root, null,
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC)));
        highlight = annotations.highlight(article, ArticleKey.of(article.title(), article.date(), TEXT),
                Anchor.of(TEXT, 8, 15, null), HighlightColor.YELLOW, "");
        placement = new HighlightPlacement(annotations);
    }

    @AfterEach
    void close() {
        annotations.close();
    }

    @Test
    void aHighlightInPlaceIsPaintedWhereItWasAndNothingIsSaved() {
        long before = annotations.revisionProperty().get();

        assertThat(placement.place(article.id(), TEXT)).singleElement()
                .satisfies(p -> assertThat(new int[] {p.start(), p.end()}).containsExactly(8, 15));
        assertThat(placement.status(highlight)).isEqualTo(HighlightPlacement.Status.IN_PLACE);
        assertThat(annotations.revisionProperty().get()).isEqualTo(before);
    }

    @Test
    void aPassageThatMovedIsFoundAndItsNewPlaceSavedOnce() {
        String edited = "前言：" + TEXT;
        long before = annotations.revisionProperty().get();

        assertThat(placement.place(article.id(), edited)).singleElement()
                .satisfies(p -> assertThat(edited.substring(p.start(), p.end())).isEqualTo("新的任务会被拒"));
        assertThat(annotations.of(article.id())).singleElement()
                .satisfies(a -> assertThat(a.anchor().start()).isEqualTo(11));
        long afterFirst = annotations.revisionProperty().get();
        assertThat(afterFirst).isEqualTo(before + 1);

        placement.place(article.id(), edited);
        placement.place(article.id(), edited);
        assertThat(annotations.revisionProperty().get()).as("saved once, not on every repaint").isEqualTo(afterFirst);
    }

    @Test
    void aPassageThatIsGoneHasNoPlace() {
        assertThat(placement.place(article.id(), "全文已经改写，一个字也没有留下。")).isEmpty();
        assertThat(placement.status(highlight)).isEqualTo(HighlightPlacement.Status.NOT_FOUND);
        assertThat(placement.where(highlight.id())).isNull();
        assertThat(placement.place(new ArticleId("other.md"), TEXT)).isEmpty();
    }

    @Test
    void aPassageAnEditChangedIsQuotedAsItReadsNowAndTheWordsHighlightedAreKept() throws IOException {
        // 任务 edited to 任何 in place: the highlight moved right but panels, popover, file and exports kept quoting
        // words no longer in the article
        String edited = TEXT.replace("任务", "任何");

        assertThat(placement.place(article.id(), edited)).singleElement()
                .satisfies(p -> assertThat(edited.substring(p.start(), p.end())).isEqualTo("新的任何会被拒"));
        assertThat(annotations.of(article.id())).singleElement().satisfies(a -> {
            assertThat(a.anchor().quote()).as("what the panel and popover show").isEqualTo("新的任何会被拒");
            assertThat(a.anchor().originalQuote()).isEqualTo("新的任务会被拒");
        });
        placement.place(article.id(), edited);
        assertThat(placement.status(annotations.of(article.id()).get(0)))
                .as("still says the text changed once the new words are stored").isEqualTo(HighlightPlacement.Status.SHIFTED);

        annotations.close();
        String file = Files.readString(root.resolve("annotations.yaml"));
        assertThat(file).contains("quote: 新的任何会被拒", "originalQuote: 新的任务会被拒");
        try (AnnotationStore again = AnnotationStore.open(root.resolve("annotations.yaml"), root, null, Clock.systemUTC())) {
            assertThat(again.highlights(article.id())).singleElement()
                    .satisfies(h -> assertThat(h.anchor().originalQuote()).isEqualTo("新的任务会被拒"));
        }
    }

    @Test
    void aPassageEditedBackAsItWasNoLongerCarriesTheWordsItWas() {
        placement.place(article.id(), TEXT.replace("任务", "任何"));
        placement.place(article.id(), TEXT);

        assertThat(annotations.of(article.id())).singleElement().satisfies(a -> {
            assertThat(a.anchor().quote()).isEqualTo("新的任务会被拒");
            assertThat(a.anchor().originalQuote()).isNull();
        });
    }
}
