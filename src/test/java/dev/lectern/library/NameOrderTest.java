package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Names sorted as their readers expect: Chinese by pinyin interleaved with Latin, Japanese in gojūon order by reading,
 * a tag of kanji alone as the articles that carry it are written; the tag tree by name.
 */
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

    /** A tag index of articles with these titles (and no lang), each carrying the tags after its title. */
    private static TagIndex library(String[][] titlesAndTags) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < titlesAndTags.length; i++) {
            String[] row = titlesAndTags[i];
            articles.add(new Article(new ArticleId(i + ".md"), row[0], null, null, List.of(),
                    List.of(row).subList(1, row.length), List.of(), null, false, null, List.of(), 0, 0));
        }
        return TagIndex.build(articles);
    }

    private List<String> byName(TagIndex index, boolean japaneseInterface) {
        return order.byName(index.roots(Facet.TAG), node -> index.readsJapanese(node.ref(), japaneseInterface)).stream()
                .map(TagNode::label).toList();
    }

    @Test
    void aJapaneseWritersTagsSortInGojuonOrderByTheirReadingsKanjiAloneToo() {
        // a web-novel writer's library: titles with kana, tags of kanji alone among tags with kana
        TagIndex novels = library(new String[][] {
                {"第一話　雨の日の出会い", "異世界ファンタジー", "連載中", "小説", "長編"},
                {"執筆メモ：プロットの立て方", "執筆メモ", "エッセイ", "記号"},
                {"短編「夏の終わり」", "短編", "恋愛", "日常", "小説"},
                {"ふだんの記号の使い方", "記号", "執筆メモ"},
                {"長編の構想", "長編", "連載中", "異世界ファンタジー"}});

        List<String> expected = List.of("異世界ファンタジー", "エッセイ", "記号", "執筆メモ", "小説", "短編", "長編", "日常",
                "恋愛", "連載中");
        assertThat(byName(novels, false)).as("whatever the interface speaks").isEqualTo(expected);
        assertThat(byName(novels, true)).isEqualTo(expected);
        assertThat(order.key("連載中", true)).isEqualTo("れんさいちゆう");
        // one name, both ways, each kept: a title 小説 sorted by pinyin beside a tag 小説 read しょうせつ
        assertThat(order.key("小説", false)).startsWith("xiao\u0001");
        assertThat(order.key("小説", true)).isEqualTo("しようせつ");
        assertThat(order.key("小説")).startsWith("xiao\u0001");
    }

    @Test
    void aChineseLibraryKeepsPinyinEvenInAJapaneseInterface() {
        TagIndex blog = library(new String[][] {
                {"线程池的内存调优", "编程", "数据库"}, {"我们的读书笔记", "读书", "生活"}, {"云计算之美", "编程", "AWS"}});
        assertThat(byName(blog, true)).containsExactly("AWS", "编程", "读书", "生活", "数据库");
    }

    @Test
    void aMixedLibraryReadsEachKanjiTagAsTheArticlesThatCarryItAreWritten() {
        // Chinese posts beside Japanese notes (the sample library): 日常 is on the notes, 生活 on the posts
        TagIndex mixed = library(new String[][] {
                {"我们的周末", "生活"}, {"这是测试", "生活", "测试"}, {"ふだんのメモ", "日常"}, {"京都の日常", "日常", "京都"}});
        assertThat(byName(mixed, false)).as("生活 shenghuo and 测试 ceshi by pinyin; 京都 きょうと, 日常 にちじょう by reading")
                .containsExactly("测试", "生活", "京都", "日常");
    }

    @Test
    void whereNeitherTheArticlesNorTheLibraryTellTheInterfaceLanguageDecides() {
        TagIndex silent = library(new String[][] {{"Chapter 1", "恋愛", "小説"}, {"Chapter 2", "日常"}});
        assertThat(byName(silent, true)).containsExactly("小説", "日常", "恋愛");
        assertThat(byName(silent, false)).as("liàn'ài, rìcháng, xiǎoshuō").containsExactly("恋愛", "日常", "小説");
    }

    @Test
    void kanaSortAsAJapaneseDictionaryDoesLongVowelsAndSmallKanaAsThePlainOnes() {
        // カード is かあど, がっこう かつこう, カット かつと, all before かとう (as code points ー and っ sorted after)
        assertThat(sorted("かとう", "カット", "カード", "がっこう")).containsExactly("カード", "がっこう", "カット", "かとう");
    }

    @Test
    void anArticleTellsItsLanguageByItsLangItsKanaOrACharacterJapaneseDoesNotWrite() {
        assertThat(JapaneseTags.vote("執筆メモ：プロット")).isEqualTo(1);
        assertThat(JapaneseTags.vote("线程池的内存")).as("线 is simplified Chinese only").isEqualTo(-1);
        assertThat(JapaneseTags.vote("第一話　東京物語")).as("kanji both languages write").isZero();
        assertThat(JapaneseTags.vote("Review of AWS re:Invent")).isZero();
        assertThat(JapaneseTags.kanjiOnly("小説")).isTrue();
        assertThat(JapaneseTags.kanjiOnly("執筆メモ")).isFalse();
        assertThat(JapaneseTags.kanjiOnly("AWS")).isFalse();
    }
}
