package dev.lectern.library;

import static dev.lectern.library.EnglishWarnings.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 10,138 real files (Chrome docs in nine languages, a large Chinese Jekyll blog), scanned once; skipped when absent. */
class CorpusBTest {

    private static final System.Logger LOG = System.getLogger(CorpusBTest.class.getName());
    private static final String HOUBB = "houbb.github.io/_posts/";
    private static final String CHROME = "developer.chrome.com/site/";
    private static Path root;
    private static ScanResult result;
    private static Map<String, Article> byPath;

    @BeforeAll
    static void scan() throws Exception {
        root = Corpora.locate("B");
        long start = System.nanoTime();
        result = new LibraryScanner(new ArticleReader(), Runtime.getRuntime().availableProcessors())
                .scan(root, ScanListener.NONE, () -> false);
        LOG.log(System.Logger.Level.INFO, "Scanned corpus B: " + result.articles().size() + " articles in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        byPath = Corpora.byPath(result);
    }

    @Test
    void listsEveryFileExactlyOnce() {
        // 10,138 files, of which 267 are the Chrome site's page pieces (257 in _partials, its _includes, _data, _js,
        // _scss and the authors' _example templates), which its build never publishes as pages
        long pieces = Corpora.countMarkdown(root, file -> root.relativize(file).toString().matches(".*(^|/)_("
                + "partials|includes|data|js|scss|example)/.*"));
        assertThat(pieces).isEqualTo(267);
        assertThat(byPath).hasSize(9_871).hasSize((int) (Corpora.countMarkdown(root) - pieces));
        assertThat(result.skipped()).isEmpty();
        assertThat(result.articles()).allSatisfy(a -> assertThat(a.title()).isNotBlank());
    }

    @Test
    void unquotedColonInTitleStillGivesTitleAndWarning() {
        Article cloak = byPath.get(HOUBB + "2026-05-13-03-cloak-browser-intro.md");
        Article vimax = byPath.get(HOUBB + "2026-05-21-01-vimax-01-intro.md");

        assertThat(cloak.title()).isEqualTo("GitHub - CloakHQ/CloakBrowser: 能通过所有机器人检测测试的隐身 Chromium 浏览器。");
        assertThat(cloak.tags()).containsExactly("ai", "agent");
        assertThat(cloak.date()).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(english(cloak)).singleElement().asString().contains("not valid YAML (line 3");
        assertThat(vimax.title()).isEqualTo("ViMax: Agentic Video Generation");
        assertThat(english(vimax)).singleElement().asString().contains("not valid YAML (line 3");
        assertThat(result.articles().stream().filter(a -> english(a).stream().anyMatch(w -> w.contains("not valid YAML"))))
                .hasSize(2);
    }

    @Test
    void houbbPostWithoutFrontMatterWhoseFirstHeadingIsASectionIsTitledByItsFileName() {
        Article post = byPath.get(HOUBB + "2026-04-03-git-history-12-all-in-one.md");

        assertThat(post.title()).as("its first heading, # 背景, names a section").isEqualTo("git-history-12-all-in-one");
        assertThat(post.date()).isEqualTo(LocalDate.of(2026, 4, 3));
    }

    @Test
    void houbbDateForms() {
        assertThat(date("2018-03-16-okhttp-02-with-ip-proxy-intro.md")).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(date("2018-07-02-annotation-07-java-complie-annotation.md")).isEqualTo(LocalDate.of(2018, 7, 2));
        assertThat(date("2018-12-25-osgi.md")).isEqualTo(LocalDate.of(2018, 12, 25));
        assertThat(date("2018-12-21-linux-01-overview.md")).isEqualTo(LocalDate.of(2018, 12, 21));
        assertThat(date("2016-04-26-test-ab-test.md")).isEqualTo(LocalDate.of(2018, 11, 21));
        // the only impossible date in the blog ("2020-3-19 29:39:08 +0800") falls back to the file name's date
        assertThat(result.articles().stream().filter(a -> english(a).stream().anyMatch(w -> w.contains("is not a date"))))
                .extracting(a -> a.id().path()).containsExactly(HOUBB + "2020-03-29-funny-joke.md");
        assertThat(date("2020-03-29-funny-joke.md")).isEqualTo(LocalDate.of(2020, 3, 29));
    }

    @Test
    void houbbTagsAndCategories() {
        Article okhttp = byPath.get(HOUBB + "2018-03-16-okhttp-02-with-ip-proxy-intro.md");

        assertThat(okhttp.title()).isEqualTo("okhttp-02-okhttp 与 ip 代理原理介绍");
        assertThat(okhttp.tags()).containsExactly("java", "http", "ip", "proxy", "sh");
        assertThat(okhttp.categories()).containsExactly("Java");
    }

    @Test
    void publishedTypoStaysPublishedWithWarning() {
        Article post = byPath.get(HOUBB + "2020-10-17-lock-09-LinkedTransferQueue-source-code.md");

        assertThat(post.draft()).isFalse();
        assertThat(english(post)).singleElement().asString().contains("flase");
        assertThat(result.articles().stream().filter(a -> a.id().path().startsWith(HOUBB) && a.draft())).hasSize(145);
    }

    @Test
    void chromeIndexFilesAreArticlesAndItsPartialsAreNot() {
        Article blog = byPath.get(CHROME + "en/blog/100-web-moments/index.md");

        assertThat(blog.title()).isEqualTo("Celebrate Chrome 100 with #100CoolWebMoments");
        assertThat(blog.description()).startsWith("We are celebrating the launch of Chrome version 100");
        assertThat(blog.authors()).containsExactly("rachelandrew");
        assertThat(blog.date()).isEqualTo(LocalDate.of(2022, 3, 29));
        assertThat(byPath).doesNotContainKey(CHROME + "en/_partials/deprecations-policy.md");
        assertThat(byPath.keySet()).noneMatch(path -> path.contains("/_partials/") || path.contains("/_example/"));
        assertThat(byPath.keySet().stream().filter(path -> path.startsWith(CHROME))).hasSize(2_942 - 267);
    }

    private static LocalDate date(String houbbFile) {
        return byPath.get(HOUBB + houbbFile).date();
    }
}
