package dev.lectern.search;

import dev.lectern.library.PlainText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.library.ArticleSource;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path folder;
    private SearchIndex index;
    /** The articles' files: the index reads them for snippets. */
    private final Map<ArticleId, ArticleSource> files = new HashMap<>();

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(folder.resolve("index"), files::get);
        add("pool.md", "Java 线程池详解", List.of("java/concurrency"), List.of("houbb"),
                "# 介绍\n\n本文讲解 **ThreadPoolExecutor** 的用法。线程池可以复用线程。");
        add("body-only.md", "并发编程笔记", List.of("java"), List.of("someone"),
                "这里顺便提到了线程池，但标题没有。还有 Kubernetes 的 Containers。");
        add("chrome.md", "拡張機能の作り方", List.of("chrome"), List.of("Google"),
                "Chrome の拡張機能はコンテナ内で動きません。Manifest V3 を使います。");
        add("single.md", "Other", List.of("misc"), List.of("Ann Lee"),
                "A quick brown fox. 猫 is a cat. Service workers cache requests.");
        index.commit();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private void add(String path, String title, List<String> tags, List<String> authors, String body) throws IOException {
        ArticleSource source = new ArticleSource("", body);
        files.put(new ArticleId(path), source);
        index.index(new Article(new ArticleId(path), title, null, null, authors, tags, List.of(), null, false, null,
                List.of(), 0, 0), source);
    }

    private List<String> ids(String query) throws IOException {
        return index.search(query, 50, null).stream().map(hit -> hit.id().path()).toList();
    }

    @Test
    void aSecondWindowOnTheLibrarySearchesTheIndexTheFirstKeepsAndSeesItsCommits() throws IOException {
        assertThat(index.isShared()).isFalse();
        try (SearchIndex second = SearchIndex.open(folder.resolve("index"), files::get)) {
            assertThat(second.isShared()).as("the first holds the writer").isTrue();
            assertThat(second.search("线程池", 50, null)).extracting(hit -> hit.id().path())
                    .containsExactly("pool.md", "body-only.md");
            assertThat(second.findTitles("xcc", 5)).extracting(ArticleId::path).contains("pool.md");
            assertThatThrownBy(() -> second.remove(new ArticleId("pool.md"))).isInstanceOf(IllegalStateException.class);

            add("later.md", "后来的文章", List.of(), List.of(), "也讲线程池");
            index.commit();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (second.search("线程池", 50, null).size() < 3 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(second.search("线程池", 50, null)).extracting(hit -> hit.id().path()).contains("later.md");
        }
        assertThat(ids("线程池")).as("the first window is unaffected").contains("pool.md", "later.md");
    }

    @Test
    void aSecondWindowWhileTheFirstHasNoIndexYetSaysSo() throws IOException {
        try (SearchIndex writing = SearchIndex.open(folder.resolve("fresh"), files::get)) {
            assertThatThrownBy(() -> SearchIndex.open(folder.resolve("fresh"), files::get))
                    .isInstanceOf(IOException.class).hasMessageContaining("another Lectern window");
            assertThat(writing.isShared()).isFalse();
        }
    }

    @Test
    void findsChineseSubstringsAndRanksTitleMatchesFirst() throws IOException {
        assertThat(ids("线程池")).containsExactly("pool.md", "body-only.md");
        assertThat(ids("程池")).containsExactlyInAnyOrder("pool.md", "body-only.md");
        assertThat(ids("线程池详")).containsExactly("pool.md");
    }

    @Test
    void theIdsOfASearchAreItsHitsInOrderWithoutTheirSnippets() throws IOException {
        for (String query : new String[] {"线程池", "程池", "コンテナ"}) {
            assertThat(index.ids(query, 50)).extracting(ArticleId::path).as(query).containsExactlyElementsOf(ids(query));
        }
        assertThat(index.ids("线程池", 1)).extracting(ArticleId::path).containsExactly("pool.md");
        assertThat(index.ids("", 5)).isEmpty();
    }

    @Test
    void findsJapaneseAcrossKatakanaAndKanji() throws IOException {
        assertThat(ids("コンテナ")).containsExactly("chrome.md");
        assertThat(ids("拡張機能")).containsExactly("chrome.md");
        assertThat(ids("機能の作")).containsExactly("chrome.md");
        assertThat(ids("ナ内")).containsExactly("chrome.md");
    }

    @Test
    void findsWordsAcrossTheRubyAJapaneseNovelWritesAndItsReadingsToo() throws IOException {
        add("novel.md", "第一話", List.of("小説"), List.of(), "　|夕陽《ゆうひ》が校庭を染めた。{魔導書|グリモワール}を開く。");
        index.commit();

        assertThat(ids("夕陽が校庭")).containsExactly("novel.md");
        assertThat(ids("魔導書を開く")).containsExactly("novel.md");
        assertThat(ids("ゆうひ")).as("the reading, as grep finds it").containsExactly("novel.md");
        assertThat(index.search("夕陽が校庭", 5, null).get(0).snippet()).contains("夕陽が校庭を染めた").doesNotContain("《", "|");
    }

    @Test
    void findsASingleCjkCharacter() throws IOException {
        assertThat(ids("猫")).containsExactly("single.md");
        assertThat(ids("池")).as("the title match first").containsExactly("pool.md", "body-only.md");
        assertThat(ids("详")).as("only in a title").containsExactly("pool.md");
    }

    @Test
    void findsASingleCjkCharacterBesideOtherCjkTextNextToALatinWord() throws IOException {
        assertThat(ids("ThreadPoolExecutor的")).containsExactly("pool.md");
        assertThat(ids("解ThreadPoolExecutor")).containsExactly("pool.md");
        assertThat(ids("\"讲解 ThreadPoolExecutor 的\"")).containsExactly("pool.md");
        assertThat(ids("ThreadPoolExecutor猫")).isEmpty();
    }

    @Test
    void foldsCaseAndFullWidthForms() throws IOException {
        assertThat(ids("threadpoolexecutor")).containsExactly("pool.md");
        assertThat(ids("ＴｈｒｅａｄＰｏｏｌ")).containsExactly("pool.md");
        assertThat(ids("ｍａｎｉｆｅｓｔ")).containsExactly("chrome.md");
    }

    @Test
    void greekFinalSigmaAndTurkishDotlessIFoldWithTheirCapitalsAsGrepDoes() throws IOException {
        add("greek.md", "Φιλοσοφία", List.of(), List.of(), "Ο Σωκράτης περπατά. Η ΟΔΟΣ ΣΩΚΡΑΤΟΥΣ είναι εδώ.");
        add("turkish.md", "Şehirler", List.of(), List.of(), "ISPARTA ve Iğdır, ılık su.");
        index.commit();
        // grep -i finds ΟΔΟΣ for οδος (ς, σ and Σ are one letter) and Iğdır for ığdır (ı is I's small letter)
        for (String query : List.of("οδος", "σωκρατους", "ΣΩΚΡΆΤΗΣ", "σωκράτησ", "ΟΔΟΣ", "\"η οδος\"", "οδ")) {
            assertThat(ids(query)).as(query).containsExactly("greek.md");
        }
        for (String query : List.of("ığdır", "ısparta", "ILIK", "iğdır", "\"ve ığdır\"")) {
            assertThat(ids(query)).as(query).containsExactly("turkish.md");
        }
        SearchHit hit = index.search("οδος", 5, null).get(0);
        assertThat(hit.snippet().substring(hit.matches().get(0)[0], hit.matches().get(0)[1])).isEqualTo("ΟΔΟΣ");
    }

    @Test
    void matchesLatinWordsAsPrefixesAndPhrasesExactly() throws IOException {
        assertThat(ids("contain")).containsExactly("body-only.md");
        assertThat(ids("serv work")).containsExactly("single.md");
        assertThat(ids("\"service workers\"")).containsExactly("single.md");
        assertThat(ids("\"workers service\"")).isEmpty();
        assertThat(ids("\"quick fox\"")).isEmpty();
    }

    @Test
    void allWordsMustMatch() throws IOException {
        assertThat(ids("线程池 kubernetes")).containsExactly("body-only.md");
    }

    @Test
    void tagAndAuthorTermsSearchOnlyTheirField() throws IOException {
        assertThat(ids("tag:java")).containsExactlyInAnyOrder("pool.md", "body-only.md");
        assertThat(ids("tag:concurrency 线程池")).containsExactly("pool.md");
        assertThat(ids("author:google")).containsExactly("chrome.md");
        assertThat(ids("author:\"ann lee\"")).containsExactly("single.md");
        assertThat(ids("author:chrome")).isEmpty();
    }

    @Test
    void appliesTheAllowedSetAsAFilter() throws IOException {
        assertThat(index.search("线程池", 50, Set.of(new ArticleId("body-only.md"))))
                .extracting(hit -> hit.id().path()).containsExactly("body-only.md");
        assertThat(index.search("线程池", 50, Set.of())).isEmpty();
    }

    @Test
    void snippetHoldsTheMatchWithRanges() throws IOException {
        SearchHit hit = index.search("线程池", 1, null).get(0);
        assertThat(hit.snippet()).contains("线程池").doesNotContain("**", "#");
        assertThat(hit.matches()).isNotEmpty();
        int[] range = hit.matches().get(0);
        assertThat(hit.snippet().substring(range[0], range[1])).isEqualTo("线程池");

        SearchHit latin = index.search("ＫＵＢＥＲ", 1, null).get(0);
        int[] bold = latin.matches().get(0);
        assertThat(latin.snippet().substring(bold[0], bold[1])).isEqualTo("Kuber");
    }

    @Test
    void textWithPunctuationFindsTheArticlesHoldingItAndNotThoseWithOtherPunctuationThere() throws IOException {
        add("call.md", "Call", List.of(), List.of(), "Write f(){ return 1; } and run it.");
        add("array.md", "Array", List.of(), List.of(), "Write f[]{ 1, 2 } and run it.");
        add("arrow.md", "Arrow", List.of(), List.of(), "const g = (x)=>{ x + 1 };");
        add("dots.md", "Dots", List.of(), List.of(), "Call window.fetch.bind(self) here.");
        add("dashes.md", "Dashes", List.of(), List.of(), "Call window-fetch-bind(self) here.");
        index.commit();

        assertThat(ids("(){")).containsExactly("call.md");
        assertThat(ids("[]{")).containsExactly("array.md");
        assertThat(ids(")=>")).containsExactly("arrow.md");
        assertThat(ids("){")).containsExactly("call.md");
        assertThat(ids("fetch.bind")).containsExactly("dots.md");
        assertThat(ids("fetch-bind")).containsExactly("dashes.md");
        assertThat(index.count("(){", null)).isEqualTo(1);
        assertThat(index.search("(){", 0, 10, null).total()).isEqualTo(1);
    }

    @Test
    void cPlusPlusAndCSharpFindTheArticlesHoldingThemNotEveryArticleOnC() throws IOException {
        add("c.md", "C 语言入门", List.of("c"), List.of(), "C 是一门语言。int c = 0;");
        add("cpp.md", "C++ 模板", List.of(), List.of(), "模板是 C++ 的核心。");
        add("csharp.md", "Notes", List.of(), List.of(), "Some C# and .NET code.");
        add("scripts.md", "Scripts", List.of(), List.of(), "Load app.js first, then the js folder.");
        add("words.md", "Words", List.of(), List.of(), "Plain js and c everywhere.");
        index.commit();

        assertThat(ids("c++")).containsExactly("cpp.md");
        assertThat(ids("C#")).containsExactly("csharp.md");
        assertThat(ids(".js")).containsExactly("scripts.md");
        assertThat(index.search("c++", 0, 10, null).total()).isEqualTo(1);
        assertThat(index.findTitles("c++", 10)).extracting(ArticleId::path).as("the go-to box too").containsExactly("cpp.md");
        assertThat(ids("c")).as("the word alone still finds them all").contains("c.md", "cpp.md", "csharp.md", "words.md");
        add("c-course.md", "C 教程", List.of(), List.of(), "C 教程：从指针开始。");
        add("cpp-course.md", "Templates", List.of(), List.of(), "一份 C++教程。");
        index.commit();
        assertThat(ids("c++教程")).as("a run before CJK text is narrowed too").containsExactly("cpp-course.md");
        assertThat(ids("c教程")).contains("c-course.md", "cpp-course.md");
    }

    @Test
    void aLongerTextWithPunctuationIsNotFoundInPiecesThatStandApart() throws IOException {
        add("c-source.md", "C", List.of(), List.of(), "Start with #include <stdio.h> and main.");
        add("apart.md", "Setup", List.of(), List.of(), "Run #install first; the include folder comes later.");
        index.commit();

        assertThat(ids("#include")).containsExactly("c-source.md");
        assertThat(index.count("#include", null)).isEqualTo(1);
        assertThat(ids("include")).contains("c-source.md", "apart.md");

        add("series.md", "锁专题", List.of(), List.of(), "锁专题（一）：第一篇。");
        add("one.md", "一个例子", List.of(), List.of(), "一 (and brackets) here（注）");
        index.commit();
        assertThat(ids("（一）")).as("a CJK character in brackets, not every article with 一 and brackets")
                .containsExactly("series.md");
    }

    @Test
    void cjkPunctuationFindsTheArticlesHoldingItAsGrepDoes() throws IOException {
        add("stop.md", "句号", List.of(), List.of(), "线程池的使用。到此为止");
        add("comma.md", "顿号", List.of(), List.of(), "线程池、连接池的使用");
        add("none.md", "No marks", List.of(), List.of(), "线程池的使用 and no Chinese punctuation");
        index.commit();

        assertThat(ids("。")).as("a mark alone").contains("stop.md").doesNotContain("comma.md", "none.md");
        assertThat(ids("、")).contains("comma.md").doesNotContain("stop.md", "none.md");
        assertThat(ids("使用。")).as("a text ending in a mark: not every article with its words")
                .containsExactly("stop.md");
        assertThat(ids("线程池的使用。")).containsExactly("stop.md");
        assertThat(index.count("使用。", null)).isEqualTo(1);
        assertThat(ids("使用")).as("the words alone still find them all").contains("stop.md", "comma.md", "none.md");
    }

    @Test
    void aQuotedPhraseWithSpacesOrLatinInChineseFindsWhatGrepFindsForThatText() throws IOException {
        add("spaced.md", "空格", List.of(), List.of(), "这里写成线程 池，中间有空格。");
        add("apart.md", "分开", List.of(), List.of(), "线程很多，后面才讲对象池。");
        add("joined-de.md", "连写", List.of(), List.of(), "线程池的参数。");
        add("spaced-de.md", "空开", List.of(), List.of(), "讲线程池 的参数。");
        add("java-spaced.md", "Java 并发", List.of(), List.of(), "学习 java 并发编程。");
        add("java-joined.md", "连写", List.of(), List.of(), "学习java并发编程。");
        add("java-comma.md", "逗号", List.of(), List.of(), "学习 java, 并发编程。");
        index.commit();

        assertThat(ids("\"线程 池\"")).as("grep -F '线程 池'").containsExactly("spaced.md");
        assertThat(index.count("\"线程 池\"", null)).isEqualTo(1);
        assertThat(ids("线程 池")).as("unquoted: both words anywhere")
                .contains("spaced.md", "apart.md", "joined-de.md", "pool.md");
        assertThat(ids("\"线程池 的\"")).containsExactly("spaced-de.md");
        assertThat(index.count("\"线程池 的\"", null)).isEqualTo(1);
        assertThat(ids("\"java 并发\"")).as("spaces included").containsExactly("java-spaced.md");
        assertThat(ids("\"java并发\"")).containsExactly("java-joined.md");
        assertThat(ids("\"線程 池\"")).as("in traditional too").containsExactly("spaced.md");
        assertThat(ids("java 并发")).contains("java-spaced.md", "java-joined.md", "java-comma.md");
        add("bold.md", "加粗", List.of(), List.of(), "学习 **java** 并发编程，`线程` 池。");
        index.commit();
        assertThat(ids("\"java 并发\"")).as("as the page shows it, across bold marks")
                .containsExactlyInAnyOrder("java-spaced.md", "bold.md");
        assertThat(ids("\"线程 池\"")).containsExactlyInAnyOrder("spaced.md", "bold.md");
    }

    @Test
    void aSnippetOfSeveralWordsShowsThePassageHoldingThemAllNotTheFirstWordAlone() throws IOException {
        add("cache.md", "浏览器缓存", List.of(), List.of(), "缓存可以减少网络 IO 消耗。浏览器**缓存**是一种常见手段。\n\n"
                + "## 强缓存\n\n" + "强缓存的规则很多，这里先略过不讲。".repeat(20) + "\n\n"
                + "离线时 [Service Worker](https://x.org/sw) 接管请求，从缓存中返回资源。\n");
        index.commit();

        SearchHit hit = index.search("service worker 缓存", 5, null).get(0);

        assertThat(hit.snippet()).contains("Service Worker 接管请求，从缓存中返回");
        assertThat(hit.matches()).extracting(range -> hit.snippet().substring(range[0], range[1]))
                .contains("Service", "Worker", "缓存");
    }

    @Test
    void aVaultNotesSnippetReadsItsWikiLinksAsTheirWordsWithoutItsComments() throws IOException {
        String markdown = "核心参数见 [[Java 并发编程实战#第 8 章|第八章]]，队列见 [[线程池笔记]] %%以后再整理%%，"
                + "图 ![[线程池.png]] 与 ![[队列#^order]]，日期 {{date}}。 ^core\n\n> [!tip]- 经验\n> 核心参数要有界 ^tip-1\n"
                + "\n2^10 和 a ^b 不是块标记";
        ArticleSource note = new ArticleSource("", markdown, true);
        files.put(new ArticleId("note.md"), note);
        index.index(new Article(new ArticleId("note.md"), "笔记", null, null, List.of(), List.of(), List.of(), null,
                false, null, List.of(), 0, 0), note);
        add("site.md", "站点", List.of(), List.of(), markdown.replace("核心参数", "站点参数"));
        index.commit();

        assertThat(index.search("核心参数", 5, null).get(0).snippet())
                .isEqualTo("核心参数见 第八章，队列见 线程池笔记 ，图 与 队列 › ^order，日期 {{date}}。 经验核心参数要有界 "
                        + "2^10 和 a ^b 不是块标记");
        assertThat(index.search("站点参数", 5, null).get(0).snippet()).as("a site's text as its generator shows it")
                .contains("[[线程池笔记]]", "%%以后再整理%%");
    }

    @Test
    void aVaultNotesSnippetReadsAsItsPageWithoutHighlightStrikeCommentFootnoteOrTableMarks() throws IOException {
        String markdown = "# Formatting\n\n==highlight== and ~~strike~~ of ==replication lag==.\n\n"
                + "Comment inline %%secret%% visible after.\n\nFootnote here[^1] and another[^note].\n\n"
                + "[^1]: First footnote.\n\nFiller words to keep the table apart. ".repeat(8) + "\n\n"
                + "| Col | Link |\n|---|---|\n| a | [[Home]] |\n| b | [[Project Alpha\\|alias in table]] |\n";
        ArticleSource note = new ArticleSource("", markdown, true);
        files.put(new ArticleId("Formatting.md"), note);
        index.index(new Article(new ArticleId("Formatting.md"), "Formatting", null, null, List.of(), List.of(),
                List.of(), null, false, null, List.of(), 0, 0), note);
        index.commit();

        assertThat(snippet("replication")).contains("highlight and strike of replication lag.")
                .doesNotContain("==", "~~");
        assertThat(snippet("secret")).as("a comment stays searchable, its words without the marks")
                .contains("Comment inline secret visible after.").doesNotContain("%%");
        assertThat(snippet("another")).contains("Footnote here and another.").doesNotContain("[^");
        assertThat(snippet("alias")).contains("Col Link a Home b alias in table").doesNotContain("|", "[[", "---");
        assertThat(snippet("\"project alpha\"")).as("the note an aliased link names, after its words")
                .contains("a Home b alias in table (Project Alpha)").doesNotContain("|", "[[", "\\");
    }

    private String snippet(String query) throws IOException {
        SearchHit hit = index.search(query, 5, null).get(0);
        assertThat(hit.id().path()).isEqualTo("Formatting.md");
        return hit.snippet();
    }

    @Test
    void aMatchOnlyInALinkAddressShowsThatLineRatherThanTheArticleStart() throws IOException {
        add("links.md", "PWA", List.of(), List.of(), "今年九月份的时候，我写了一篇文章。\n\n见 [这里][41]。\n\n"
                + "[41]: https://jakearchibald.github.io/isserviceworkerready/ \"Is it ready?\"\n");
        index.commit();

        SearchHit hit = index.search("serviceWorker", 5, null).get(0);

        assertThat(hit.snippet()).contains("isserviceworkerready").doesNotContain("\n");
        int[] bold = hit.matches().get(0);
        assertThat(hit.snippet().substring(bold[0], bold[1])).isEqualTo("serviceworker");
    }

    @Test
    void aMatchOnlyInTheTitleShowsTheWordsTheArticleOpensWithNotItsHeadingsCodeOrTableOfContents() throws IOException {
        add("http2.md", "第二版协议", List.of(), List.of(), "# Http2\n\n* any list\n{:toc}\n\n```\nGET / HTTP/2\n```\n\n"
                + "## 简介\n\n它是 HTTP 的第二个主要版本。\n");
        index.commit();

        SearchHit hit = index.search("第二版协议", 5, null).get(0);

        assertThat(hit.id().path()).isEqualTo("http2.md");
        assertThat(hit.snippet()).isEqualTo("它是 HTTP 的第二个主要版本。");
    }

    @Test
    void aMatchOnlyInAnImageAddressReadsAsTheImagesTextAndAddress() throws IOException {
        add("image.md", "iOS 9", List.of(), List.of(), "Intro.\n\n## Force **Touch**\n\n"
                + "![Force Events](http://www.mobilexweb.com/wp-content/uploads/foceevents.png)\n");
        index.commit();

        SearchHit hit = index.search("mobilexweb", 5, null).get(0);

        assertThat(hit.snippet()).contains("Force Events (http://www.mobilexweb.com/wp-content/uploads/foceevents.png)")
                .doesNotContain("![", "](", "##", "**");
        int[] bold = hit.matches().get(0);
        assertThat(hit.snippet().substring(bold[0], bold[1])).isEqualTo("mobilexweb");
    }

    @Test
    void findsHighlightQuotesAndNotesAndKeepsThemOnReindex() throws IOException {
        index.setAnnotations(new ArticleId("single.md"), List.of("记得复习这一段", "worth rereading"));
        index.commit();
        assertThat(ids("复习")).containsExactly("single.md");
        SearchHit hit = index.search("rereading", 1, null).get(0);
        assertThat(hit.snippet()).contains("worth rereading");

        add("single.md", "Other", List.of("misc"), List.of(), "Changed body.");
        index.commit();
        assertThat(ids("复习")).containsExactly("single.md");

        index.setAnnotations(new ArticleId("single.md"), List.of());
        index.commit();
        assertThat(ids("复习")).isEmpty();
    }

    @Test
    void notesSurviveReopening() throws IOException {
        index.setAnnotations(new ArticleId("chrome.md"), List.of("メモ: 後で読む"));
        index.commit();
        index.close();
        index = SearchIndex.open(folder.resolve("index"), files::get);
        add("chrome.md", "拡張機能の作り方", List.of("chrome"), List.of("Google"), "new body");
        index.commit();
        assertThat(ids("後で読む")).containsExactly("chrome.md");
    }

    @Test
    void updatesAndRemovesArticles() throws IOException {
        add("pool.md", "Java 线程池详解", List.of(), List.of(), "完全不同的内容");
        index.remove(new ArticleId("body-only.md"));
        index.commit();
        assertThat(ids("线程池")).containsExactly("pool.md");
        assertThat(ids("复用")).isEmpty();
        assertThat(ids("完全")).containsExactly("pool.md");
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.sizeBytes()).isPositive();
    }

    @Test
    void blankOrSymbolOnlyQueriesFindNothing() throws IOException {
        assertThat(ids("")).isEmpty();
        assertThat(ids("   ")).isEmpty();
        assertThat(ids("!!! ？")).isEmpty();
        assertThat(ids("\"unclosed 线程")).isEmpty();
    }

    @Test
    void aPastedPageIsSearchedByItsStartAndNeverFails() throws IOException {
        // more words than Lucene takes clauses: the first of them decide
        assertThat(ids("线程池 " + "ThreadPoolExecutor ".repeat(5_000))).containsExactly("pool.md");
        assertThat(QuerySyntax.parse("word ".repeat(200_000))).hasSize(QuerySyntax.MAX_CLAUSES);
        // one word, one phrase, one CJK run of a whole page each
        assertThat(ids("serviceworker".repeat(5_000))).isEmpty();
        assertThat(ids("\"" + "service worker ".repeat(5_000) + "\"")).isEmpty();
        assertThat(ids("线程池".repeat(5_000))).isEmpty();
        assertThat(QuerySyntax.parse("x".repeat(100_000)).get(0).text()).hasSize(QuerySyntax.MAX_CHARS);
        assertThat(QuerySyntax.parse("😀".repeat(200)).get(0).text()).as("no half character").hasSize(QuerySyntax.MAX_CHARS);
    }

    @Test
    void aDamagedIndexIsReplacedByAnEmptyOne() throws IOException {
        index.close();
        Path dir = folder.resolve("index");
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                java.nio.file.Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        index = SearchIndex.open(dir, files::get);
        assertThat(index.size()).isZero();
        add("again.md", "Again", List.of(), List.of(), "重建后的内容");
        index.commit();
        assertThat(ids("重建")).containsExactly("again.md");
    }

    @Test
    void anIndexInAnOlderLayoutIsRebuiltFromScratch() throws IOException {
        index.close();
        Path dir = folder.resolve("older");
        try (org.apache.lucene.index.IndexWriter old = new org.apache.lucene.index.IndexWriter(
                org.apache.lucene.store.FSDirectory.open(dir), new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField(IndexFields.ID, "gone.md", org.apache.lucene.document.Field.Store.YES));
            doc.add(new org.apache.lucene.document.TextField("body", "旧格式的正文", org.apache.lucene.document.Field.Store.YES));
            old.addDocument(doc);
        }
        index = SearchIndex.open(dir, files::get);
        assertThat(index.size()).isZero();
        add("new.md", "New", List.of(), List.of(), "新格式的正文");
        index.commit();
        assertThat(ids("正文")).containsExactly("new.md");
        assertThat(index.indexedIds()).extracting(ArticleId::path).containsExactly("new.md");
    }

    @Test
    void keepsItsLayoutAcrossReopening() throws IOException {
        index.close();
        index = SearchIndex.open(folder.resolve("index"), files::get);
        assertThat(index.size()).isEqualTo(4);
        assertThat(index.indexedIds()).hasSize(4);
    }

    @Test
    void snippetsOfLongBodiesAreCutAroundTheFirstMatchWhereverItIs() throws IOException {
        for (int filler : new int[] {0, 2_700, 2_715, 2_725, 2_731, 2_740, 9_000}) {
            String body = "开头。".repeat(filler / 3) + "a".repeat(filler % 3) + "这里讲 ThreadPool 和线程池的配置。" + "结尾".repeat(3_000);
            add("long-" + filler + ".md", "Long", List.of(), List.of(), body);
        }
        index.commit();
        for (String query : List.of("线程池", "threadpool", "结尾", "开头")) {
            Snippets reference = new Snippets(QuerySyntax.parse(query));
            for (SearchHit hit : index.search(query, 50, null)) {
                if (hit.id().path().startsWith("long-")) {
                    int filler = Integer.parseInt(hit.id().path().replaceAll("\\D", ""));
                    String body = "开头。".repeat(filler / 3) + "a".repeat(filler % 3) + "这里讲 ThreadPool 和线程池的配置。" + "结尾".repeat(3_000);
                    Snippets.SearchHitText expected = reference.cut(List.of(PlainText.body(body), ""));
                    assertThat(hit.snippet()).as(query + " in " + hit.id()).isEqualTo(expected.snippet());
                    assertThat(hit.matches()).as(query + " in " + hit.id()).usingRecursiveFieldByFieldElementComparator()
                            .isEqualTo(expected.matches());
                }
            }
        }
    }

    @Test
    void followsTheAllowedSetAsItChangesAndAsTheIndexChanges() throws IOException {
        Set<ArticleId> allowed = new java.util.HashSet<>(Set.of(new ArticleId("pool.md")));
        assertThat(index.search("线程池", 50, allowed)).extracting(hit -> hit.id().path()).containsExactly("pool.md");
        allowed.add(new ArticleId("body-only.md"));
        assertThat(index.search("线程池", 50, allowed)).extracting(hit -> hit.id().path())
                .containsExactlyInAnyOrder("pool.md", "body-only.md");
        assertThat(index.search("线程池", 50, Set.of(new ArticleId("body-only.md")))).extracting(hit -> hit.id().path())
                .containsExactly("body-only.md");

        add("new.md", "新文章", List.of(), List.of(), "也讲线程池");
        index.commit();
        allowed.add(new ArticleId("new.md"));
        assertThat(index.search("线程池", 50, allowed)).extracting(hit -> hit.id().path())
                .containsExactlyInAnyOrder("pool.md", "body-only.md", "new.md");
        index.remove(new ArticleId("pool.md"));
        index.commit();
        assertThat(index.search("线程池", 50, allowed)).extracting(hit -> hit.id().path())
                .containsExactlyInAnyOrder("body-only.md", "new.md");
    }

    @Test
    void findsLatinTextInsideIdentifiersAsGrepDoesWholeWordsFirst() throws IOException {
        add("sw.md", "Registering", List.of(), List.of(), "Call navigator.serviceWorker.register('/service-worker.js') early.");
        add("pre.md", "Hints", List.of(), List.of(), "Use <link rel=prefetch> and window.fetch(url); snake_case_name too.");
        add("word.md", "Workers", List.of(), List.of(), "A worker runs off the main thread. Fetch it.");
        add("near.md", "Near miss", List.of(), List.of(), "pre ref efe fet etc tch: all the pieces, apart.");
        index.commit();

        assertThat(ids("serviceworker")).containsExactly("sw.md");
        assertThat(ids("service-worker.js")).containsExactly("sw.md");
        assertThat(ids("navigator.serviceWorker")).containsExactly("sw.md");
        assertThat(ids("prefetch")).containsExactly("pre.md");
        assertThat(ids("case_na")).containsExactly("pre.md");
        assertThat(ids("\"window.fetch(\"")).containsExactly("pre.md");
        assertThat(ids("worker").get(0)).as("a title and whole word before a part of a word").isEqualTo("word.md");
        assertThat(ids("worker")).containsExactlyInAnyOrder("word.md", "sw.md", "single.md");
        assertThat(ids("fetch")).containsExactly("word.md", "pre.md");
        assertThat(ids("j")).as("the first key typed finds every article holding the letter")
                .containsExactlyInAnyOrder("pool.md", "body-only.md", "sw.md");
        assertThat(ids("Ｊ").get(0)).as("a title's whole word first").isEqualTo("pool.md");
    }

    @Test
    void findsShortTextWithSpacesOrPunctuationOnlyWhereItStandsAsTyped() throws IOException {
        add("typed.md", "Pairs", List.of(), List.of(), "Set x y first, then c.d and e-f, and 线程 池 apart.");
        add("apart.md", "Apart", List.of(), List.of(), "xy, cd and ef, and 线程池: the same letters, never as typed.");
        index.commit();

        // what grep -F -i finds for the same text
        assertThat(ids("\"x y\"")).containsExactly("typed.md");
        assertThat(ids("\"c.d\"")).containsExactly("typed.md");
        assertThat(ids("\"e-f\"")).containsExactly("typed.md");
        assertThat(ids("\"xy\"")).containsExactly("apart.md");
        // CJK text in quotes too, spaces included
        assertThat(ids("\"线程 池\"")).containsExactly("typed.md");
        assertThat(ids("\"线程池\"")).contains("apart.md").doesNotContain("typed.md");
    }

    @Test
    void reportsTheTotalAndPagesThroughIt() throws IOException {
        for (int i = 0; i < 30; i++) {
            add("many-" + i + ".md", "Many " + i, List.of(), List.of(), "xmlHttpRequest number " + i);
        }
        index.commit();
        SearchResults first = index.search("httprequest", 0, 10, null);
        SearchResults second = index.search("httprequest", 10, 10, null);
        SearchResults last = index.search("httprequest", 25, 10, null);
        assertThat(first.total()).isEqualTo(30);
        assertThat(first.hits()).hasSize(10);
        assertThat(last.hits()).hasSize(5);
        java.util.Set<ArticleId> seen = new java.util.HashSet<>();
        for (SearchResults page : List.of(first, second, index.search("httprequest", 20, 10, null))) {
            page.hits().forEach(hit -> assertThat(seen.add(hit.id())).as("one page each: " + hit.id()).isTrue());
        }
        assertThat(seen).hasSize(30);
        assertThat(index.search("httprequest", 0, 10, Set.of(new ArticleId("many-3.md"))).total()).isEqualTo(1);
    }

    @Test
    void checksOnlyAsManyFilesAsAPageNeedsAndCountsTheRestOnRequest() throws IOException {
        for (int i = 0; i < 40; i++) {
            add("near-" + i + ".md", "Near " + i, List.of(), List.of(), "http prefix tpr requests"); // every piece, not the text
        }
        for (int i = 0; i < 30; i++) {
            add("many-" + i + ".md", "Many " + i, List.of(), List.of(), "xmlHttpRequest number " + i);
        }
        add("word.md", "HttpRequest", List.of(), List.of(), "the word itself");
        index.commit();

        SearchResults first = index.search("httprequest", 0, 5, null);
        assertThat(first.hits()).hasSize(5);
        assertThat(first.hits().get(0).id().path()).as("the whole word first").isEqualTo("word.md");
        assertThat(first.exact()).as("40 candidates not holding the text were not all read").isFalse();
        assertThat(index.count("httprequest", null)).isEqualTo(31);
        assertThat(index.count("httprequest", null, () -> true)).as("cancelled").isEqualTo(-1);
        assertThat(index.count("httprequest", Set.of(new ArticleId("many-3.md"), new ArticleId("near-3.md")))).isEqualTo(1);

        SearchResults all = index.search("httprequest", 0, 100, null);
        assertThat(all.exact()).isTrue();
        assertThat(all.total()).isEqualTo(31);
        assertThat(all.hits()).extracting(hit -> hit.id().path()).hasSize(31).noneMatch(path -> path.startsWith("near-"));
        assertThat(index.count("xmlhttp", null)).as("a query of words counts the same").isEqualTo(index.search("xmlhttp", 0, 1, null).total());
    }

    @Test
    void aPageFilledByWholeWordsReadsNoLongFileJustToEstimateTheRest() throws IOException {
        // snippets are cut on several threads at once
        Map<ArticleId, Integer> reads = new java.util.concurrent.ConcurrentHashMap<>();
        try (SearchIndex counted = SearchIndex.open(folder.resolve("counted"), id -> {
            reads.merge(id, 1, Integer::sum);
            return files.get(id);
        })) {
            for (int i = 0; i < 20; i++) {
                addSized(counted, "word-" + i + ".md", "HttpRequest " + i, "the word itself", 100);
                addSized(counted, "long-" + i + ".md", "Long " + i, "http prefix tpr requests, and a long text", 100_000);
            }
            counted.commit();

            SearchResults first = counted.search("httprequest", 0, 5, null);

            assertThat(first.hits()).extracting(hit -> hit.id().path()).allMatch(path -> path.startsWith("word-"));
            assertThat(first.exact()).isFalse();
            assertThat(reads.keySet()).as("only the page's files, for their snippets").hasSize(5)
                    .allMatch(id -> id.path().startsWith("word-"));
            assertThat(counted.count("httprequest", null)).as("counted exactly on request").isEqualTo(20);
        }
    }

    private void addSized(SearchIndex target, String path, String title, String body, long size) throws IOException {
        ArticleSource source = new ArticleSource("", body);
        files.put(new ArticleId(path), source);
        target.index(new Article(new ArticleId(path), title, null, null, List.of(), List.of(), List.of(), null, false, null,
                List.of(), size, 0), source);
    }

    @Test
    void aQueryOfSeveralWordsChecksOnlyAsManyFilesAsAPageNeedsToo() throws IOException {
        for (int i = 0; i < 40; i++) {
            add("near-" + i + ".md", "Near " + i, List.of(), List.of(), "Chrome: http prefix tpr requests"); // pieces only
        }
        for (int i = 0; i < 30; i++) {
            add("many-" + i + ".md", "Many " + i, List.of(), List.of(), "xmlHttpRequest in Chrome, number " + i);
        }
        add("word.md", "HttpRequest", List.of(), List.of(), "the word itself, in Chrome");
        add("inside.md", "Inside", List.of(), List.of(), "an HttpRequest from GoogleChrome");
        index.commit();

        SearchResults first = index.search("chrome httprequest", 0, 5, null);
        assertThat(first.hits()).hasSize(5);
        assertThat(first.hits().get(0).id().path()).as("both as whole words first").isEqualTo("word.md");
        assertThat(first.exact()).as("40 candidates not holding the text were not all read").isFalse();
        assertThat(index.count("chrome httprequest", null)).isEqualTo(32);
        assertThat(index.count("httprequest chrome", Set.of(new ArticleId("many-3.md"), new ArticleId("near-3.md")))).isEqualTo(1);

        SearchResults all = index.search("httprequest chrome", 0, 100, null);
        assertThat(all.exact()).isTrue();
        assertThat(all.total()).isEqualTo(32);
        assertThat(all.hits()).extracting(hit -> hit.id().path()).hasSize(32).contains("inside.md", "word.md")
                .noneMatch(path -> path.startsWith("near-"));
        assertThat(ids("httprequest chrome tag:java")).isEmpty();
        assertThat(ids("googlechrome httprequest")).containsExactly("inside.md");
    }

    @Test
    void findsChineseInItsSimplifiedAndTraditionalForms() throws IOException {
        add("tw.md", "執行緒筆記", List.of(), List.of(), "線程池的設計與記憶體。");
        index.commit();
        assertThat(ids("线程池")).containsExactlyInAnyOrder("pool.md", "body-only.md", "tw.md");
        assertThat(ids("線程池")).containsExactlyInAnyOrder("pool.md", "body-only.md", "tw.md");
        assertThat(ids("设计")).containsExactly("tw.md");
        SearchHit hit = index.search("线程池的设计", 1, null).get(0);
        int[] bold = hit.matches().get(0);
        assertThat(hit.snippet().substring(bold[0], bold[1])).isEqualTo("線程池的設計");
        assertThat(TextMatches.ofQuery("设计", "線程池的設計與記憶體")).hasSize(1);
    }

    @Test
    void findsSimplifiedArticlesByTheTaiwanWordsTheReaderIsShown() throws IOException {
        add("memory.md", "内存模型", List.of(), List.of(), "每个线程都有自己的工作内存。");
        add("tw-memory.md", "記憶體筆記", List.of(), List.of(), "每個執行緒都有自己的記憶體。");
        add("traditional.md", "筆記", List.of(), List.of(), "線程池的設計。");
        index.commit();
        // with View › Chinese Script › Traditional (Taiwan) the app shows 内存 as 記憶體 and 线程 as 執行緒
        assertThat(ids("記憶體")).containsExactlyInAnyOrder("memory.md", "tw-memory.md");
        assertThat(ids("執行緒")).containsExactlyInAnyOrder("pool.md", "body-only.md", "memory.md", "tw-memory.md",
                "traditional.md");
        assertThat(ids("執行緒池")).as("线程池, and 線程池 as plain traditional writes it")
                .containsExactlyInAnyOrder("pool.md", "body-only.md", "traditional.md");
        assertThat(ids("內存")).as("a word in traditional characters, by its Taiwan word too")
                .contains("memory.md", "tw-memory.md");
        add("dry.md", "天气", List.of(), List.of(), "冬天空气很干燥。");
        index.commit();
        assertThat(ids("乾燥")).as("干燥 as a traditional page shows it, which no converter turns back").contains("dry.md");
        SearchHit hit = index.search("記憶體", 50, null).stream().filter(h -> h.id().path().equals("memory.md"))
                .findFirst().orElseThrow();
        int[] bold = hit.matches().get(0);
        assertThat(hit.snippet().substring(bold[0], bold[1])).as("the word marked in the snippet").isEqualTo("内存");
    }

    @Test
    void aSimplifiedQueryFindsItsTraditionalSpellingsButNotTheTaiwanWordForIt() throws IOException {
        add("perf.md", "调优", List.of(), List.of(), "提高系统性能。");
        add("tw-perf.md", "調校", List.of(), List.of(), "提升系統性能與穩定。");
        add("kpi.md", "STAR 原则", List.of(), List.of(), "共同提高绩效能力。");
        add("cache.md", "缓存", List.of(), List.of(), "浏览器缓存。");
        add("tw-cache.md", "快取", List.of(), List.of(), "瀏覽器快取。");
        add("inside.md", "裡面", List.of(), List.of(), "寫在裡面。");
        add("memory.md", "内存模型", List.of(), List.of(), "每个线程都有自己的工作内存。");
        add("tw-memory.md", "記憶體筆記", List.of(), List.of(), "每個執行緒都有自己的記憶體。");
        index.commit();

        // 性能 is 效能 in Taiwan, but 效能 in simplified text is another word, or none (绩效|能力)
        assertThat(ids("性能")).as("grep's articles and the traditional spelling").containsExactlyInAnyOrder("perf.md", "tw-perf.md");
        assertThat(index.count("性能", null)).isEqualTo(2);
        assertThat(ids("缓存")).containsExactly("cache.md");
        assertThat(ids("里面")).as("a character Taiwan writes otherwise").containsExactly("inside.md");
        assertThat(ids("内存")).containsExactly("memory.md");
        assertThat(ids("記憶體")).as("typed as a Taiwan page shows it").containsExactlyInAnyOrder("memory.md", "tw-memory.md");
        assertThat(ids("快取")).as("a Taiwan word in characters both scripts share stays as typed").containsExactly("tw-cache.md");
    }

    @Test
    void findsTitlesTagsAndAuthorsByPinyinAndInitials() throws IOException {
        add("lock.md", "Redis 实现分布式锁", List.of("分布式", "数据库/缓存"), List.of("老马"), "正文 body");
        index.commit();
        assertThat(ids("xianchengchi")).containsExactly("pool.md");
        assertThat(ids("xcc")).containsExactly("pool.md");
        assertThat(ids("chengchi")).containsExactly("pool.md");
        assertThat(ids("xianch")).containsExactly("pool.md");
        assertThat(ids("fenbushisuo")).containsExactly("lock.md");
        assertThat(ids("fbss")).containsExactly("lock.md");
        assertThat(ids("huancun")).as("a tag").containsExactly("lock.md");
        assertThat(ids("laoma")).as("an author").containsExactly("lock.md");
        assertThat(ids("lm redis")).containsExactly("lock.md");
        assertThat(ids("\"xcc\"")).as("a quoted text is taken literally").isEmpty();
    }

    @Test
    void twoLettersThatAreATitlesInitialsRankBelowEveryArticleHoldingThem() throws IOException {
        add("engineering.md", "软件工程导论", List.of(), List.of(), "没有那两个字母");
        add("jvm.md", "JVM 调优", List.of(), List.of(), "Full GC 太频繁时先看堆。");
        add("inside.md", "Notes", List.of(), List.of(), "Set -XX:+UseG1GC and run jsgct.");
        index.commit();

        assertThat(ids("gc")).as("the text first, inside words too; the initials of 工程 last")
                .containsExactly("jvm.md", "inside.md", "engineering.md");
        assertThat(ids("rjgc")).as("longer initials rank as before").startsWith("engineering.md");
    }

    @Test
    void pinyinTypedWithSpacesRanksTheTitlesSpellingItInARowFirst() throws IOException {
        // each syllable alone is the pinyin of some word of this title (实现, 集成) and chi is in its text
        add("tomcat.md", "从零手写实现 tomcat-08 tomcat 如何与 springboot 集成", List.of(), List.of(), "findChildren()");
        add("pool.md", "java 线程池", List.of(), List.of(), "body");
        index.commit();

        assertThat(ids("xian cheng chi")).containsExactly("pool.md", "tomcat.md");
        assertThat(ids("java xian cheng")).containsExactly("pool.md");
        add("persist.md", "实现、集成与电池", List.of(), List.of(), "body");
        index.commit();
        assertThat(index.findTitles("xian cheng chi", 10)).as("the go-to box").extracting(ArticleId::path)
                .containsExactly("pool.md", "persist.md");
    }

    @Test
    void findsAThaiOrLaoTitleInTheGoToBoxByItsFirstLetters() throws IOException {
        // Thai is written without spaces: a title is one run, the word that the reader types the start of
        add("thai.md", "บันทึกภาษาไทย", List.of("ภาษาไทย"), List.of(), "body");
        add("lao.md", "ບັນທຶກພາສາລາວ", List.of(), List.of(), "body");
        index.commit();
        for (String typed : List.of("บัน", "บันทึก", "บันทึกภาษาไทย")) {
            assertThat(index.findTitles(typed, 10)).as(typed).extracting(ArticleId::path).containsExactly("thai.md");
        }
        assertThat(index.findTitles("ບັນທຶກ", 10)).extracting(ArticleId::path).containsExactly("lao.md");
    }

    @Test
    void anEmojiFindsItWithASkinToneAfterItAsGrepDoes() throws IOException {
        add("plain.md", "Plain", List.of(), List.of(), "Thumbs 👍 up and a 🚀.");
        add("tone.md", "Tone", List.of(), List.of(), "Thumbs 👍🏽 up.");
        add("dark.md", "Dark", List.of(), List.of(), "Thumbs👍🏿up, no spaces.");
        index.commit();
        assertThat(ids("👍")).containsExactlyInAnyOrder("plain.md", "tone.md", "dark.md");
        assertThat(ids("👍🏽")).as("a tone finds that tone only").containsExactly("tone.md");
        assertThat(ids("🚀")).containsExactly("plain.md");
    }

    @Test
    void findsTitlesForTheGoToBoxByWordStartsAndPinyin() throws IOException {
        add("lock.md", "Redis 实现分布式锁", List.of("分布式"), List.of(), "线程池 body xcc");
        index.commit();
        assertThat(index.findTitles("xcc", 10)).extracting(ArticleId::path).containsExactly("pool.md");
        assertThat(index.findTitles("xianchengchi", 10)).extracting(ArticleId::path).containsExactly("pool.md");
        assertThat(index.findTitles("java 线程", 10)).extracting(ArticleId::path).containsExactly("pool.md");
        assertThat(index.findTitles("red fbs", 10)).extracting(ArticleId::path).containsExactly("lock.md");
        assertThat(index.findTitles("线程池", 10)).as("titles only, not bodies").extracting(ArticleId::path).containsExactly("pool.md");
        assertThat(index.findTitles("  ", 10)).isEmpty();
    }

    @Test
    void theGoToBoxPutsInitialsSpellingAWholeTitleWordAndShorterTitlesFirst() throws IOException {
        add("framework.md", "hippo4j 异步线程池框架，支持线程池动态变更&监控&报警", List.of(), List.of(), "x");
        add("conflict.md", "操作系统学习-05-03-多线程冲突了怎么办?", List.of(), List.of(), "x");
        add("shutdown.md", "JCIP-21-thread pool shutdown 如何优雅的关闭线程池", List.of(), List.of(), "x");
        add("short.md", "java 线程池", List.of(), List.of(), "x");
        index.commit();

        // 线程池 ends a run of Han characters in short.md and shutdown.md, starts one in the others (线程池详解 …)
        assertThat(index.findTitles("xcc", 10)).extracting(ArticleId::path).as("whole runs spelled, then shortest first")
                .containsExactly("short.md", "shutdown.md", "pool.md", "conflict.md", "framework.md");
        assertThat(index.findTitles("xcc", 2)).extracting(ArticleId::path).containsExactly("short.md", "shutdown.md");
    }

    @Test
    void theGoToBoxFindsAKoreanWordInsideAWordAfterTitlesWhereItStartsOne() throws IOException {
        add("thread.md", "Java스레드 풀 완벽 정리", List.of(), List.of(), "x");
        add("threads.md", "스레드 안전한 코드", List.of(), List.of(), "x");
        add("cafe.md", "익선동한옥카페", List.of(), List.of(), "x");
        index.commit();

        // Korean glues particles and compounds onto words: 스레드 is inside "Java스레드", 한옥 inside 익선동한옥카페
        assertThat(index.findTitles("스레드", 10)).extracting(ArticleId::path).as("a word start first")
                .containsExactly("threads.md", "thread.md");
        assertThat(index.findTitles("한옥", 10)).extracting(ArticleId::path).containsExactly("cafe.md");
    }

    @Test
    void aKoreanWordIsFoundInsideAWordItSharesWithLatinLettersOrDigits() throws IOException {
        add("jeju.md", "제주도 자전거 일주", List.of(), List.of(), "하루에 60킬로미터씩 달렸다. ExecutorService를 썼다.");
        index.commit();

        assertThat(ids("킬로미터")).containsExactly("jeju.md");
        assertThat(ids("60킬로미터씩")).containsExactly("jeju.md");
        assertThat(ids("ExecutorService")).containsExactly("jeju.md");
    }

    @Test
    void aQueryTypedOrPastedAsLooseJamoFindsTheComposedText() throws IOException {
        add("busan.md", "부산 여행", List.of("여행"), List.of(), "돼지국밥을 먹었다.");
        index.commit();
        String decomposed = java.text.Normalizer.normalize("돼지국밥", java.text.Normalizer.Form.NFD);

        assertThat(decomposed).isNotEqualTo("돼지국밥");
        assertThat(ids(decomposed)).containsExactly("busan.md");
        assertThat(index.findTitles(java.text.Normalizer.normalize("부산", java.text.Normalizer.Form.NFD), 10))
                .extracting(ArticleId::path).containsExactly("busan.md");
    }
}
