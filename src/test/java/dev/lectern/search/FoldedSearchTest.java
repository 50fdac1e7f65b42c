package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldedSearchTest {

    @Test
    void findsAWordInsideIdentifiersInAnyCaseAndWidth() {
        assertThat(FoldedSearch.indexOf("navigator.serviceWorker.register()", "worker", 0)).isEqualTo(17);
        assertThat(FoldedSearch.contains("ＳＥＲＶＩＣＥ　ＷＯＲＫＥＲ 的用法", "service worker")).isTrue();
        assertThat(FoldedSearch.contains("a 5 \u212Aelvin sign", "kelvin")).isTrue();
        assertThat(FoldedSearch.contains("线程池和 ThreadPool", "线程池")).isTrue();
        assertThat(FoldedSearch.contains("prefetch", "fetcher")).isFalse();
        assertThat(FoldedSearch.indexOf("Fetch, then fetch again", "fetch", 1)).isEqualTo(12);
        assertThat(FoldedSearch.indexOf("abc", "bcd", 0)).isEqualTo(-1);
    }

    /** The same answers as folding the whole text and searching it, on texts mixing case, widths, CJK and surrogates. */
    @Test
    void agreesWithSearchingTheFoldedText() {
        String alphabet = "aAｂＢkK\u212Ae\u00c9\u00e9 .线程池😀x";
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random, alphabet, random.nextInt(40));
            String needle = Snippets.fold(random.nextBoolean() && text.length() > 2
                    ? text.substring(random.nextInt(text.length() - 2)).substring(0, 1 + random.nextInt(2))
                    : randomText(random, alphabet, 1 + random.nextInt(3)));
            int from = random.nextInt(text.length() + 1);
            assertThat(FoldedSearch.indexOf(text, needle, from))
                    .as("\"%s\" in \"%s\" from %d", needle, text, from)
                    .isEqualTo(Snippets.fold(text).indexOf(needle, from));
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int at = random.nextInt(alphabet.length());
            if (Character.isHighSurrogate(alphabet.charAt(at))) {
                text.append(alphabet, at, at + 2);
            } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
                text.append(alphabet.charAt(at));
            }
        }
        return text.toString();
    }
}
