package dev.lectern.store;

import static dev.lectern.store.Fixtures.T0;
import static dev.lectern.store.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Anchor;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An export reaches articles the window has not opened since formulas had words: a quote made then, with a hole where
 * each formula was, is written with the formulas' TeX, and the annotations themselves are left as they were.
 */
class FormulaQuotesTest {

    private static final ArticleId ARTICLE = id("h.md");
    /** The page's text before formulas had words, and now. */
    private static final String BEFORE = "Intro.\nFor :  holds always.\n";
    private static final String NOW = "Intro.\nFor $X_i$: $\\Pr[X] \\le t$ holds always.\n";

    @Test
    void aQuoteWithHolesIsWrittenWithTheFormulasAndTheSetIsLeftAsItWas() {
        AnnotationSet set = new AnnotationSet();
        Highlight holed = highlight(Anchor.of(BEFORE, 7, 7 + "For :  holds".length(), null));
        Highlight plain = highlight(Anchor.of(BEFORE, 0, 6, null));
        set.put(holed);
        set.put(plain);

        AnnotationSet filled = FormulaQuotes.filled(set, article -> NOW);

        Highlight now = (Highlight) filled.get(holed.id()).orElseThrow();
        assertThat(now.anchor().quote()).isEqualTo("For $X_i$: $\\Pr[X] \\le t$ holds");
        assertThat(now.anchor().originalQuote()).as("not an edit of the article").isNull();
        assertThat(now.updated()).isEqualTo(holed.updated());
        assertThat(filled.get(plain.id())).contains(plain);
        assertThat(set.get(holed.id())).as("the set itself unchanged").contains(holed);
        assertThat(new Exporter().markdown(filled, article -> NOW)).contains("> For $X_i$: $\\Pr[X] \\le t$ holds")
                .doesNotContain("not found");
    }

    @Test
    void eachArticlesTextIsReadOnce() {
        List<String> reads = new java.util.ArrayList<>();
        var once = FormulaQuotes.once(article -> {
            reads.add(article.path());
            return NOW;
        });
        once.apply(ARTICLE);
        once.apply(ARTICLE);
        assertThat(reads).containsExactly("h.md");
    }

    private static Highlight highlight(Anchor anchor) {
        return new Highlight(UUID.randomUUID(), ARTICLE, anchor, HighlightColor.PINK, "", T0, T0, null);
    }
}
