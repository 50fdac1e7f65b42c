package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void foldsEveryCharLikeLowerCasingTheHalfWidthForm() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char half = c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c == 0x3000 ? ' ' : (char) c;
            assertThat(Snippets.foldChar((char) c)).as("U+%04X", c).isEqualTo(Character.toLowerCase(half));
        }
    }

    @Test
    void cutsAroundTheFirstMatchOfAnyWordDeepInALongText() {
        String text = "开头。".repeat(5_000) + "这里讲 ThreadPool 和线程池的配置，" + "结尾。".repeat(100);
        Snippets.SearchHitText hit = new Snippets(QuerySyntax.parse("线程池 ＴＨＲＥＡＤ")).cut(List.of(text, ""));
        assertThat(hit.snippet()).startsWith("…").endsWith("…").contains("这里讲 ThreadPool 和线程池的配置");
        assertThat(hit.matches()).hasSize(2);
        assertThat(hit.snippet().substring(hit.matches().get(0)[0], hit.matches().get(0)[1])).isEqualTo("Thread");
        assertThat(hit.snippet().substring(hit.matches().get(1)[0], hit.matches().get(1)[1])).isEqualTo("线程池");
    }

    @Test
    void aQueryOfSeveralWordsIsCutWhereMostOfThemShowTogether() {
        String text = "线程池很常用。" + "无关的话。".repeat(40) + "用 ThreadPoolExecutor 创建線程池，再看 Executors 的写法。";
        Snippets snippets = new Snippets(QuerySyntax.parse("线程池 executors threadpool"));

        assertThat(snippets.bestMatch(text, 0)).isEqualTo(text.indexOf("ThreadPoolExecutor"));
        assertThat(snippets.cut(List.of(text, "")).snippet()).contains("ThreadPoolExecutor 创建線程池，再看 Executors");
        assertThat(new Snippets(QuerySyntax.parse("线程池")).bestMatch(text, 0)).as("one word: its first match").isZero();
        String spread = "alpha " + "x ".repeat(100) + "beta";
        assertThat(new Snippets(QuerySyntax.parse("beta alpha")).bestMatch(spread, 0))
                .as("never together: the first match").isZero();
    }

    @Test
    void fallsBackToTheNotesThenToTheStartOfTheBody() {
        Snippets snippets = new Snippets(QuerySyntax.parse("复习"));
        assertThat(snippets.cut(List.of("正文没有", "记得复习")).snippet()).isEqualTo("记得复习");
        assertThat(snippets.cut(List.of("正文没有", "")).snippet()).isEqualTo("正文没有");
        assertThat(snippets.cut(List.of("", "")).snippet()).isEmpty();
    }
}
