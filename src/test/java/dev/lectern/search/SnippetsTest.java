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
    void fallsBackToTheNotesThenToTheStartOfTheBody() {
        Snippets snippets = new Snippets(QuerySyntax.parse("复习"));
        assertThat(snippets.cut(List.of("正文没有", "记得复习")).snippet()).isEqualTo("记得复习");
        assertThat(snippets.cut(List.of("正文没有", "")).snippet()).isEqualTo("正文没有");
        assertThat(snippets.cut(List.of("", "")).snippet()).isEmpty();
    }
}
