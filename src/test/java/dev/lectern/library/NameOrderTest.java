package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Names sorted as a Chinese reader expects: pinyin interleaved with Latin, kana by reading; the tag tree by name. */
class NameOrderTest {

    private final NameOrder order = new NameOrder();

    private List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        Collections.shuffle(list, new Random(7));
        list.sort(order.comparing(s -> s));
        return list;
    }

    @Test
    void chineseSortsByPinyinAmongLatinNames() {
        assertThat(sorted("zsh", "测试", "Bash", "编程", "安全")).containsExactly("安全", "Bash", "编程", "测试", "zsh");
        assertThat(sorted("Java", "数据库", "docker", "读书", "算法", "AWS", "网络", "Go"))
                .containsExactly("AWS", "docker", "读书", "Go", "Java", "数据库", "算法", "网络");
    }

    @Test
    void pinyinIsPhraseAwareAndSyllablesSortBeforeLongerWords() {
        // 重庆 is chong qing (not zhong), 银行 is yin hang (not xing)
        assertThat(sorted("重要", "重庆", "长城")).containsExactly("长城", "重庆", "重要");
        assertThat(sorted("银行", "银杏")).containsExactly("银行", "银杏");
        assertThat(sorted("bash", "巴士")).as("a syllable ends before a longer Latin word, as in a dictionary")
                .containsExactly("巴士", "bash");
        assertThat(order.key("线程池")).isEqualTo("xian\u0001cheng\u0001chi\u0001");
    }

    @Test
    void caseAccentsAndFullWidthLettersAreIgnoredButTiesStayStable() {
        assertThat(sorted("éclair", "Eclipse", "ｅａｓｙ", "apple")).containsExactly("apple", "ｅａｓｙ", "éclair", "Eclipse");
        assertThat(sorted("java", "Java", "JAVA")).containsExactly("JAVA", "Java", "java");
    }

    @Test
    void kanaSortsByReadingAfterLatinAndPinyin() {
        assertThat(sorted("さくら", "カメラ", "あさひ", "Tokyo", "东京"))
                .containsExactly("东京", "Tokyo", "あさひ", "カメラ", "さくら");
    }

    @Test
    void japaneseNamesWithKanaSortByTheirReading() {
        // 読書 is どくしょ, 漢字 かんじ, 桜 さくら: among the kana names by reading, not by the characters' pinyin
        assertThat(sorted("読書ノート", "さくらの木", "漢字の話", "あさひ", "Tokyo"))
                .containsExactly("Tokyo", "あさひ", "漢字の話", "さくらの木", "読書ノート");
    }

    @Test
    void keysAreWorkedOutOnceAndHostileNamesAreBounded() {
        order.prepare(List.of("编程", "Bash"));
        String key = order.key("编程");
        assertThat(order.key("编程")).isSameAs(key);
        String huge = "中".repeat(100_000);
        assertThat(order.key(huge)).hasSizeLessThan(2_000);
        assertThat(order.key(null)).isEmpty();
        assertThat(order.key("𠀀𠀁")).isNotNull();
    }

    @Test
    void theTagTreeSortsEachLevelByNameOrByCount() {
        List<Article> articles = new ArrayList<>();
        String[][] tags = {{"测试"}, {"测试"}, {"测试"}, {"zsh"}, {"编程/Java"}, {"编程/算法"}, {"编程/算法"}, {"安全"},
                {"Bash"}, {"Bash"}};
        for (int i = 0; i < tags.length; i++) {
            articles.add(new Article(new ArticleId(i + ".md"), "t" + i, null, null, List.of(), List.of(tags[i]), List.of(),
                    null, false, null, List.of(), 0, 0));
        }
        TagIndex index = TagIndex.build(articles);

        List<TagNode> byCount = index.roots(Facet.TAG);
        assertThat(byCount).extracting(TagNode::label).containsExactly("测试", "编程", "Bash", "zsh", "安全");
        List<TagNode> byName = order.byName(byCount);
        assertThat(byName).extracting(TagNode::label).containsExactly("安全", "Bash", "编程", "测试", "zsh");
        assertThat(byName).extracting(TagNode::total).containsExactly(1, 2, 3, 3, 1);
        assertThat(byName.get(2).children()).extracting(TagNode::label).containsExactly("Java", "算法");
        assertThat(byCount.get(1).children()).extracting(TagNode::label).containsExactly("算法", "Java");
    }
}
