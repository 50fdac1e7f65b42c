package dev.lectern.search;

import dev.lectern.library.PlainText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.ArticleSource;
import dev.lectern.library.ScanResult;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Recall on real articles of corpus B: every article whose file holds a word (as grep -F finds it) is found. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusRecallTest {

    private static final int HOUBB_SAMPLE = 1000;
    private static final int CHROME_EN_SAMPLE = 1000;

    private SearchIndex index;
    /** The decoded text of each article's file (front matter and markdown), folded as the index folds it. */
    private final Map<ArticleId, String> texts = new HashMap<>();
    /** The plain body text of each article, folded. */
    private final Map<ArticleId, String> bodies = new HashMap<>();

    @BeforeAll
    void indexSample(@TempDir Path folder) throws Exception {
        String shared = System.getProperty("lectern.shared");
        Path root = shared == null ? null : Path.of(shared, "corpora", "B");
        if (root == null || !Files.isDirectory(root)) {
            System.out.println("SKIPPED: corpus B is not on this machine (" + root + "): search recall on real articles not run");
        }
        assumeTrue(root != null && Files.isDirectory(root), "corpus B is not on this machine");
        List<Path> files = new ArrayList<>(markdown(root.resolve("houbb.github.io")).limit(HOUBB_SAMPLE).toList());
        files.addAll(markdown(root.resolve("developer.chrome.com/site/ja")).toList());
        files.addAll(markdown(root.resolve("developer.chrome.com/site/en")).limit(CHROME_EN_SAMPLE).toList());
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            try {
                Article article = reader.read(root, file);
                articles.add(article);
                ArticleSource source = reader.readSource(root, article.id());
                bodies.put(article.id(), Snippets.fold(PlainText.body(source.body())));
                // the file's whole decoded text, as grep -F sees it
                texts.put(article.id(), Snippets.fold(source.frontMatter() + "\n" + source.body()));
            } catch (IOException e) {
                // not text: neither indexed nor expected
            }
        }
        index = SearchIndex.open(folder.resolve("index"), SourceFiles.under(root, reader));
        int indexed = new IndexBuilder(reader, 4).build(new ScanResult(root, articles, List.of()), index,
                (done, total) -> { }, () -> false);
        assertThat(indexed).isEqualTo(articles.size());
    }

    @AfterAll
    void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    private static Stream<Path> markdown(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> file.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"线程池", "分布式", "注解", "缓存", "池", "コンテナ", "拡張機能", "サービスワーカー", "ウェブ", "する"})
    void findsEveryArticleHoldingACjkWord(String word) throws IOException {
        assertFindsAll(word, text -> text.contains(Snippets.fold(word)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"redis", "spring", "manifest", "chrome", "JAVA", "Ｊａｖａ"})
    void findsEveryArticleHoldingALatinWordStart(String word) throws IOException {
        String folded = Snippets.fold(word);
        Pattern wordStart = Pattern.compile("(?<![\\p{L}\\p{N}_])(?<![\\p{L}\\p{N}][.:'’])" + Pattern.quote(folded));
        assertFindsAll(word, text -> wordStart.matcher(text).find());
    }

    /**
     * Latin words as grep -F -i finds them: inside identifiers and dotted names (ServiceWorker, window.fetch, prefetch,
     * navigator.serviceWorker, service-worker.js, web_accessible_resources), quoted phrases with their space, words
     * of one or two letters, and short texts with punctuation or a space.
     */
    @ParameterizedTest
    @ValueSource(strings = {"worker", "fetch", "async", "serviceworker", "\"Service Worker\"", "prefetch",
            "navigator.serviceWorker", "service-worker.js", "window.fetch", "EventListener", "chrome.runtime",
            "web_accessible", "onmessage", "v3", "js", "Ｆｅｔｃｈ", "ache", "orker", ".js", "c++", "://", "e.g", "()",
            "s r"})
    void findsEveryArticleHoldingALatinTextAnywhere(String query) throws IOException {
        String literal = Snippets.fold(query.replace("\"", ""));
        assertFindsAll(query, text -> text.contains(literal));
    }

    /**
     * A text whose words leave out some of it (c++ is the word c, .js the word js) finds the articles holding the text,
     * not every article with its words: exactly what grep -F -i finds; so does CJK punctuation, which is no word at all.
     */
    @ParameterizedTest
    @ValueSource(strings = {"c++", "c#", ".js", "service-worker.js", "。", "、", "使用。", "《"})
    void findsOnlyTheArticlesHoldingATextWithPunctuation(String query) throws IOException {
        String literal = Snippets.fold(query);
        Set<ArticleId> expected = texts.entrySet().stream().filter(entry -> entry.getValue().contains(literal))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(expected).as("articles holding %s", query).isNotEmpty();
        Set<ArticleId> found = index.search(query, texts.size(), null).stream().map(SearchHit::id).collect(Collectors.toSet());
        assertThat(found).as("articles found for %s", query).isEqualTo(expected);
    }

    /** Several words, each anywhere (inside identifiers too), all in one article: as a chain of grep -F -i would find. */
    @ParameterizedTest
    @ValueSource(strings = {"chrome serviceworker", "fetch orker", "redis 缓存", "extension manifest", "js 线程池"})
    void findsEveryArticleHoldingSeveralTextsAnywhere(String query) throws IOException {
        List<String> words = List.of(Snippets.fold(query).split(" "));
        assertFindsAll(query, text -> words.stream().allMatch(text::contains));
    }

    private void assertFindsAll(String word, Predicate<String> holds) throws IOException {
        Set<ArticleId> expected = texts.entrySet().stream().filter(entry -> holds.test(entry.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(expected).as("articles holding %s", word).isNotEmpty();
        List<SearchHit> hits = index.search(word, texts.size(), null);
        Set<ArticleId> found = hits.stream().map(SearchHit::id).collect(Collectors.toSet());
        long missed = expected.stream().filter(id -> !found.contains(id)).count();
        System.out.printf("recall for %s: %d of %d articles that hold it (%d found in all)%n",
                word, expected.size() - missed, expected.size(), found.size());
        assertThat(found).as("articles found for %s", word).containsAll(expected);
        if (word.contains(" ") && !word.startsWith("\"")) {
            return; // several words: a snippet shows the first that occurs
        }
        String literal = Snippets.fold(word.replace("\"", ""));
        for (SearchHit hit : hits.subList(0, Math.min(20, hits.size()))) {
            if (!bodies.get(hit.id()).contains(literal)) {
                continue;
            }
            assertThat(Snippets.fold(hit.snippet())).as("snippet of %s", hit.id()).contains(literal);
            assertThat(hit.matches()).as("bold ranges in the snippet of %s for %s", hit.id(), word).isNotEmpty();
        }
    }
}
