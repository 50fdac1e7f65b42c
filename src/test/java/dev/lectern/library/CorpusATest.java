package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real Chinese Jekyll posts (Hux Blog and mzlogin); skipped when ../shared/corpora is absent. */
class CorpusATest {

    private static final String HUX = "huxpro.github.io/_posts/";
    private static final String MZ = "mzlogin.github.io/_posts/";
    private static Path root;
    private static ScanResult result;
    private static Map<String, Article> byPath;

    @BeforeAll
    static void scan() throws Exception {
        root = Corpora.locate("A");
        result = new LibraryScanner(new ArticleReader(), 4).scan(root, ScanListener.NONE, () -> false);
        byPath = Corpora.byPath(result);
    }

    @Test
    void listsEveryFileExactlyOnce() {
        assertThat(byPath).hasSize(273).hasSize((int) Corpora.countMarkdown(root));
        assertThat(result.skipped()).isEmpty();
        assertThat(result.articles()).allSatisfy(a -> assertThat(a.title()).isNotBlank());
    }

    @Test
    void huxPostWithOneDigitDayAndBlockTags() {
        Article post = byPath.get(HUX + "2014-10-01-why-alibaba-ux-sucks.md");

        assertThat(post.title()).isEqualTo("为什么阿里系软件体验都不好？");
        assertThat(post.subtitle()).isEqualTo("或许这就是所谓的企业 DNA");
        assertThat(post.date()).isEqualTo(LocalDate.of(2014, 10, 1));
        assertThat(post.authors()).containsExactly("Hux");
        assertThat(post.tags()).containsExactly("知乎", "产品", "阿里");
    }

    @Test
    void huxDatesFromFrontMatterOrFileName() {
        assertThat(byPath.get(HUX + "2015-03-25-digital-native.md").date()).isEqualTo(LocalDate.of(2015, 3, 25));
        assertThat(byPath.get(HUX + "2014-01-29-hello-2015.md").date()).isEqualTo(LocalDate.of(2015, 1, 29));
        assertThat(byPath.get(HUX + "2016-06-05-pwa-in-my-pov.md").date()).isEqualTo(LocalDate.of(2016, 6, 5));
        assertThat(result.articles()).filteredOn(a -> a.id().path().startsWith(HUX))
                .allSatisfy(a -> assertThat(a.date()).as(a.id().path()).isNotNull());
    }

    @Test
    void uxUiNestsUnderUx() {
        assertThat(byPath.get(HUX + "2015-03-25-digital-native.md").tags()).contains("UX/UI");
        TagIndex index = TagIndex.build(result.articles());
        TagNode ux = index.roots(Facet.TAG).stream().filter(n -> n.label().equals("UX")).findFirst().orElseThrow();

        assertThat(ux.children()).extracting(TagNode::label).contains("UI");
        assertThat(index.count(TagRef.of(Facet.TAG, "ux/ui"), index.articlesWith(TagRef.of(Facet.TAG, "UX")))).isEqualTo(7);
    }

    @Test
    void huxUnpublishedPostsAreDrafts() {
        assertThat(result.articles().stream().filter(a -> a.id().path().startsWith(HUX) && a.draft())).hasSize(7);
    }

    @Test
    void mzloginCategoriesAsStringOrFlowListAndNoTags() {
        Article hacked = byPath.get(MZ + "2023-10-08-what-to-do-after-mysql-been-hacked.md");
        Article excel = byPath.get(MZ + "2011-05-25-export-data-from-excel-to-word-by-vba.md");

        assertThat(hacked.title()).isEqualTo("运维｜MySQL 数据库被黑，心力交瘁");
        assertThat(hacked.categories()).containsExactly("Linux", "Database");
        assertThat(hacked.tags()).isEmpty();
        assertThat(hacked.date()).isEqualTo(LocalDate.of(2023, 10, 8));
        assertThat(excel.categories()).containsExactly("Excel");
        assertThat(excel.description()).isEqualTo("将 Excel 里的数据使用 VBA 导入 Word 表格中。");
        assertThat(TagIndex.build(result.articles()).roots(Facet.CATEGORY)).isNotEmpty();
    }
}
