package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMatchesTest {

    private static List<String> marked(List<int[]> ranges, String text) {
        return ranges.stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void marksEveryWordAndPhraseOfASearchButNotItsTagOrAuthorTerms() {
        String text = "线程池 is a Thread Pool; 线程池满了. Pool again, tag here";
        List<int[]> ranges = TextMatches.ofQuery("线程池 \"thread pool\" tag:here author:pool", text);
        assertThat(marked(ranges, text)).containsExactly("线程池", "Thread Pool", "线程池");
    }

    @Test
    void foldsCaseAndFullWidthFormsWithoutShiftingOffsets() {
        String text = "ＷｅｂＳｏｃｋｅｔ と websocket";
        assertThat(marked(TextMatches.ofQuery("WebSocket", text), text)).containsExactly("ＷｅｂＳｏｃｋｅｔ", "websocket");
    }

    @Test
    void findsGreekWordsWhateverTheirSigmaAndTurkishWordsWhateverTheirI() {
        String greek = "Ο Σωκράτης και η ΟΔΟΣ ΣΩΚΡΑΤΟΥΣ";
        assertThat(marked(TextMatches.ofLiteral("οδος", greek), greek)).containsExactly("ΟΔΟΣ");
        assertThat(marked(TextMatches.ofLiteral("ΣΩΚΡΆΤΗΣ", greek), greek)).containsExactly("Σωκράτης");
        assertThat(marked(TextMatches.ofQuery("σωκρατους", greek), greek)).containsExactly("ΣΩΚΡΑΤΟΥΣ");
        String turkish = "ISPARTA ve Iğdır, ılık su";
        assertThat(marked(TextMatches.ofLiteral("ığdır", turkish), turkish)).containsExactly("Iğdır");
        assertThat(marked(TextMatches.ofLiteral("ILIK", turkish), turkish)).containsExactly("ılık");
    }

    @Test
    void findFieldTextIsTakenLiterallyWithItsSpaces() {
        String text = "thread pool, thread, pool";
        assertThat(marked(TextMatches.ofLiteral("thread pool", text), text)).containsExactly("thread pool");
        assertThat(TextMatches.ofLiteral("   ", text)).isEmpty();
    }

    @Test
    void findFieldTextPastedAsLooseJamoFindsTheComposedSyllablesOfThePage() {
        String text = "부산에서 먹은 돼지국밥은 맛있었다.";
        String mac = java.text.Normalizer.normalize("돼지국밥", java.text.Normalizer.Form.NFD);

        assertThat(marked(TextMatches.ofLiteral(mac, text), text)).containsExactly("돼지국밥");
        assertThat(marked(TextMatches.ofQuery(mac, text), text)).containsExactly("돼지국밥");
    }

    @Test
    void findFieldTextInEitherScriptFindsTheSourceTextOfAConvertedPage() {
        String text = "我们的线程池的内存很大，線程池也是。";
        assertThat(marked(TextMatches.ofLiteral("記憶體", text), text)).containsExactly("内存");
        assertThat(marked(TextMatches.ofLiteral("執行緒池", text), text)).containsExactly("线程池", "線程池");
        assertThat(marked(TextMatches.ofLiteral("線程池", text), text)).containsExactly("线程池", "線程池");
    }

    @Test
    void findFieldTextAsAConvertedPageShowsItFindsItsSourceOncePerPlace() {
        String source = "空气干燥，内存大";
        // the page shows 空氣乾燥，記憶體大: 空气干燥， kept its length (char for char), 内存 became 記憶體
        ShownText shown = ShownText.of("空氣乾燥，記憶體大", "0,0,5,1,5,5,7,0,8,7,8,1");
        assertThat(marked(TextMatches.ofLiteral("乾燥", source, shown), source)).containsExactly("干燥");
        assertThat(marked(TextMatches.ofLiteral("記憶體", source, shown), source)).as("found in both texts, counted once")
                .containsExactly("内存");
        assertThat(marked(TextMatches.ofLiteral("憶體大", source, shown), source)).containsExactly("内存大");
        assertThat(marked(TextMatches.ofLiteral("干燥", source, shown), source)).containsExactly("干燥");
        assertThat(marked(TextMatches.ofLiteral("乾燥", source, null), source))
                .as("as written, no shown text: typed in Traditional, its Simplified spelling").containsExactly("干燥");
        assertThat(ShownText.of("x", "0,0,oops")).isNull();
    }

    @Test
    void prefersTheLongerWordAtOnePlaceAndNeverOverlaps() {
        String text = "コンテナ技術とコンテ";
        List<int[]> ranges = TextMatches.ofQuery("コンテ コンテナ", text);
        assertThat(marked(ranges, text)).containsExactly("コンテナ", "コンテ");
        assertThat(ranges.get(0)[1]).isLessThanOrEqualTo(ranges.get(1)[0]);
    }

    @Test
    void stopsAtAReasonableNumberOfMarks() {
        String text = "a".repeat(5000);
        assertThat(TextMatches.ofLiteral("a", text)).hasSize(TextMatches.MAX);
    }
}
