package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void foldsEveryCharLikeLowerCasingTheHalfWidthFormFinalSigmaAsSigmaAndDotlessIAsI() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char half = c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c == 0x3000 ? ' ' : (char) c;
            char folded = c == 'ς' ? 'σ' : c == 'ı' ? 'i' : Character.toLowerCase(half);
            assertThat(Snippets.foldChar((char) c)).as("U+%04X", c).isEqualTo(folded);
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
    void aSnippetStartsAndEndsBetweenWordsNotInsideThem() {
        // "…s of cool stuff about Service Worker": a word cut in two at the snippet's start
        String text = "Chrome ships with lots of cool stuff about Service Worker caching and the offline experience "
                + "that developers love, and then some more words follow here";
        Snippets.SearchHitText hit = new Snippets(QuerySyntax.parse("service")).cut(List.of(text, ""));

        assertThat(hit.snippet()).startsWith("…").endsWith("…").contains("Service Worker");
        String inside = hit.snippet().substring(1, hit.snippet().length() - 1);
        assertThat(text).as("whole words at both ends").containsPattern("(^|\\W)" + java.util.regex.Pattern.quote(inside) + "(\\W|$)");
        assertThat(inside).doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(hit.snippet().substring(hit.matches().get(0)[0], hit.matches().get(0)[1])).isEqualTo("Service");

        String cjk = "前面的话。".repeat(10) + "线程池的拒绝策略" + "后面的话。".repeat(30);
        Snippets.SearchHitText chinese = new Snippets(QuerySyntax.parse("拒绝策略")).cut(List.of(cjk, ""));
        assertThat(chinese.snippet().length()).as("Chinese is cut anywhere, as before").isEqualTo(92);
        String korean = "앞의 문장입니다 ".repeat(4) + "서비스 워커는 브라우저에서 동작합니다 " + "뒤의 문장입니다 ".repeat(10);
        String hangul = new Snippets(QuerySyntax.parse("워커")).cut(List.of(korean, "")).snippet();
        String within = hangul.substring(1, hangul.length() - 1);
        assertThat(korean).as("Korean is cut between its words").containsPattern("(^| )" + java.util.regex.Pattern.quote(within) + "( |$)");
        String word = "x".repeat(200) + "prefetch" + "y".repeat(200);
        assertThat(new Snippets(QuerySyntax.parse("fetch")).cut(List.of(word, "")).snippet())
                .as("inside one long word: cut as before").contains("prefetch");
    }

    @Test
    void fallsBackToTheNotesThenToTheStartOfTheBody() {
        Snippets snippets = new Snippets(QuerySyntax.parse("复习"));
        assertThat(snippets.cut(List.of("正文没有", "记得复习")).snippet()).isEqualTo("记得复习");
        assertThat(snippets.cut(List.of("正文没有", "")).snippet()).isEqualTo("正文没有");
        assertThat(snippets.cut(List.of("", "")).snippet()).isEmpty();
    }
}
