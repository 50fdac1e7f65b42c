package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Snippets show emphasis without its underscores, and identifiers with theirs. */
class UnderscoreEmphasisTest {

    @Test
    void emphasisUnderscoresGoFromTheTextASnippetIsCutFrom() {
        assertThat(PlainText.body("_SW-Precache_ _is a great Service Worker tool_ from Google."))
                .isEqualTo("SW-Precache is a great Service Worker tool from Google.");
        assertThat(PlainText.body("This is __strong__ and ___both___, (_quoted_).")).isEqualTo("This is strong and both , ( quoted ).");
        assertThat(PlainText.body("中文 _强调_ 之后")).isEqualTo("中文 强调 之后");
    }

    @Test
    void underscoresOfIdentifiersStay() {
        assertThat(PlainText.body("Call snake_case_name or MAX_VALUE, not __init__ in `__init__` or `a _b_ c`."))
                .isEqualTo("Call snake_case_name or MAX_VALUE, not init in __init__ or a _b_ c .");
        assertThat(PlainText.body("an _opener with no closer\n\nand_a closer_ in the next paragraph"))
                .isEqualTo("an _opener with no closer and_a closer_ in the next paragraph");
        assertThat(PlainText.body("foo_bar_ and _ alone _ and ____four____"))
                .isEqualTo("foo_bar_ and _ alone _ and ____four____");
    }

    @Test
    void aCodeSpanRunsToTheNextRunOfItsLengthInItsParagraph() {
        assertThat(PlainText.body("`` a `_x_` b `` then _y_")).isEqualTo("a _x_ b then y");
        assertThat(PlainText.body("` unclosed _z_\n\n` later")).isEqualTo("unclosed z later");
    }

    @Test
    void aLongHostileLineTakesLinearTime() {
        String hostile = "_a `".repeat(200_000) + "_ b" + "`` _".repeat(200_000);
        long start = System.nanoTime();
        String text = UnderscoreEmphasis.blank(hostile);
        assertThat(text).hasSameSizeAs(hostile);
        assertThat(System.nanoTime() - start).as("not quadratic").isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(20));
    }
}
