package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Anchor;
import org.junit.jupiter.api.Test;

class ReanchorerTest {

    private static final String ARTICLE = "Serverless came of age this year. Lambda now supports custom runtimes, "
            + "so any language can run. The quick brwon fox jumps over the lazy dog in every demo. "
            + "Step Functions gained new integrations. Finally, the keynote ended with a long list of regions.";

    private final Reanchorer reanchorer = new Reanchorer();

    private static Anchor anchorOf(String text, String quote) {
        int start = text.indexOf(quote);
        return Anchor.of(text, start, start + quote.length(), null);
    }

    @Test
    void anUnchangedArticleKeepsTheAnchorInPlace() {
        Anchor anchor = anchorOf(ARTICLE, "custom runtimes");

        AnchorMatch match = reanchorer.locate(anchor, ARTICLE);

        assertThat(match).isEqualTo(new AnchorMatch(AnchorState.ANCHORED, anchor.start(), anchor.end(), "custom runtimes"));
    }

    @Test
    void textInsertedBeforeThePassageShiftsItsOffsets() {
        Anchor anchor = anchorOf(ARTICLE, "Step Functions gained new integrations.");
        String edited = "Update: this post was revised in January. " + ARTICLE;

        AnchorMatch match = reanchorer.locate(anchor, edited);

        assertThat(match.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(match.start()).isEqualTo(anchor.start() + 42);
        assertThat(edited.substring(match.start(), match.end())).isEqualTo(anchor.quote());
    }

    @Test
    void aTypoFixedInsideThePassageFindsItAsMoved() {
        Anchor anchor = anchorOf(ARTICLE, "The quick brwon fox jumps over the lazy dog");
        String edited = ARTICLE.replace("brwon", "brown");

        AnchorMatch match = reanchorer.locate(anchor, edited);

        assertThat(match.state()).isEqualTo(AnchorState.MOVED);
        assertThat(match.text()).isEqualTo("The quick brown fox jumps over the lazy dog");
        assertThat(match.start()).isEqualTo(anchor.start());
    }

    @Test
    void aMovedParagraphIsFoundAtItsNewPlace() {
        String first = "First paragraph about storage and buckets.\n";
        String second = "Second paragraph about databases and caches.\n";
        String third = "Third paragraph about networking.\n";
        Anchor anchor = anchorOf(first + second + third, "databases and caches");
        String edited = second.replace("Second", "Now first") + third + first;

        AnchorMatch match = reanchorer.locate(anchor, edited);

        assertThat(match.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(match.start()).isEqualTo(edited.indexOf("databases and caches"));
    }

    @Test
    void aDeletedPassageIsOrphaned() {
        Anchor anchor = anchorOf(ARTICLE, "Step Functions gained new integrations.");
        String edited = ARTICLE.replace("Step Functions gained new integrations. ", "");

        assertThat(reanchorer.locate(anchor, edited)).isEqualTo(AnchorMatch.orphaned());
    }

    @Test
    void amongDuplicatesTheOneWithMatchingContextIsChosen() {
        String text = "Alpha said: read the docs. Beta said: read the docs. Gamma said: read the docs.";
        int beta = text.indexOf("Beta said: ") + "Beta said: ".length();
        Anchor anchor = Anchor.of(text, beta, beta + "read the docs".length(), null);
        String edited = "A new opening line that shifts everything. " + text.replace("Gamma", "Delta");

        AnchorMatch match = reanchorer.locate(anchor, edited);

        assertThat(match.start()).isEqualTo(edited.indexOf("Beta said: ") + "Beta said: ".length());
    }

    @Test
    void amongDuplicatesWithTheSameContextTheNearestToTheOldPlaceIsChosen() {
        String line = "- item: read the docs\n";
        String text = line.repeat(6);
        int start = line.length() * 4 + line.indexOf("read");
        Anchor anchor = Anchor.of(text, start, start + "read the docs".length(), null);
        String edited = "x" + text;

        AnchorMatch match = reanchorer.locate(anchor, edited);

        assertThat(match.start()).isEqualTo(start + 1);
    }

    @Test
    void chineseAndJapaneseTextIsReanchored() {
        String text = "今天我们讨论无服务器架构。東京のイベントはとても楽しかったです。最後にまとめます。";
        Anchor anchor = anchorOf(text, "東京のイベントはとても楽しかった");
        String inserted = "前言：本文已更新。" + text;
        String corrected = text.replace("とても", "すごく");

        AnchorMatch shifted = reanchorer.locate(anchor, inserted);
        AnchorMatch moved = reanchorer.locate(anchor, corrected);

        assertThat(shifted.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(shifted.start()).isEqualTo(anchor.start() + 9);
        assertThat(moved.state()).isEqualTo(AnchorState.MOVED);
        assertThat(moved.text()).isEqualTo("東京のイベントはすごく楽しかった");
    }

    @Test
    void aHighlightQuotedBeforeFormulasHadWordsIsFoundWithTheirTexAndNotAsChangedText() {
        // quoted when a formula added nothing to the page's text: "For : ." and "is\n\nBy"
        String before = "Hoeffding\nFor : .\n\nThe test is\n\nBy Fourier analysis we get .\n";
        String now = "Hoeffding\nFor $X_i \\in [a_i, b_i]$: $\\Pr[X - \\mu \\ge t] \\le \\exp(-t)$.\n\n"
                + "The test is\n$$\\Pr_{x}[f(x)] \\ge \\delta$$\nBy Fourier analysis we get $\\hat f$.\n";
        Anchor first = anchorOf(before, "For : .");
        Anchor second = anchorOf(before, "The test is\n\nBy Fourier");

        AnchorMatch one = reanchorer.locate(first, now);
        AnchorMatch two = reanchorer.locate(second, now);

        assertThat(one.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(one.text()).isEqualTo("For $X_i \\in [a_i, b_i]$: $\\Pr[X - \\mu \\ge t] \\le \\exp(-t)$.");
        assertThat(two.text()).isEqualTo("The test is\n$$\\Pr_{x}[f(x)] \\ge \\delta$$\nBy Fourier");
        Anchor placed = first.foundAgainIn(now, one.start(), one.end());
        assertThat(placed.quote()).isEqualTo(one.text());
        assertThat(placed.originalQuote()).as("no edit to report: only the formulas gained words").isNull();
        assertThat(first.foundAgainIn(now.replace("For", "Per"), one.start(), one.end()).originalQuote())
                .as("a real edit is still told").isEqualTo("For : .");
    }

    @Test
    void aDisplayFormulaWithDollarsInItsTextIsSkippedWhole() {
        Anchor anchor = anchorOf("Then\n\nso on.", "Then\n\nso on");
        String now = "Then\n$$f = \\text{if $x>0$ then } 1$$\nso on.";

        AnchorMatch match = reanchorer.locate(anchor, now);

        assertThat(match.state()).isEqualTo(AnchorState.ANCHORED);
        assertThat(match.text()).isEqualTo("Then\n$$f = \\text{if $x>0$ then } 1$$\nso on");
    }

    @Test
    void dollarsThatCloseNoFormulaGiveNoPlace() {
        Anchor anchor = anchorOf("Price is high.", "Price is high.");
        String hostile = "Price is $" + "$ $ ".repeat(100_000) + " high.";

        assertThat(reanchorer.locate(anchor, hostile).state()).isNotEqualTo(AnchorState.ANCHORED);
    }
}
