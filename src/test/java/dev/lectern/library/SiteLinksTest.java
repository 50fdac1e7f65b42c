package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Links to the site an archive came from lead to its articles: dated permalinks on any host, paths on the same site. */
class SiteLinksTest {

    private static final List<Article> BLOG = List.of(
            article("_posts/2017-09-01-markdown-odd-skills.md", null),
            article("_posts/2018-07-13-database-recover.md", null),
            article("_posts/2018-07-13-database-recover-02-multi-place.md", null),
            article("source/_posts/hexo-slug.md", LocalDate.of(2015, 7, 9)),
            article("source/_posts/中文标题.md", LocalDate.of(2020, 1, 2)));

    private static final List<Article> DOCS = List.of(
            article("chrome/site/en/blog/new-in-devtools-104/index.md", null),
            article("chrome/site/ko/blog/new-in-devtools-104/index.md", null),
            article("chrome/site/en/docs/devtools/recorder/index.md", null),
            article("chrome/site/en/docs/privacy-sandbox/faq.md", null),
            article("chrome/site/en/docs/index.md", null),
            article("other-blog/samples.md", null));

    @Test
    void aDatedPermalinkOnTheBlogsHostOrAnyOtherIsThePostOfThatDateAndSlug() {
        assertThat(resolve("https://mazhuang.org/2017/09/01/markdown-odd-skills/", BLOG))
                .contains(id("_posts/2017-09-01-markdown-odd-skills.md"));
        assertThat(resolve("https://houbb.github.io/2018/07/13/database-recover", BLOG))
                .as("not the longer slug that ends the same way").contains(id("_posts/2018-07-13-database-recover.md"));
        assertThat(resolve("/2018/07/13/database-recover-02-multi-place.html#top", BLOG))
                .contains(id("_posts/2018-07-13-database-recover-02-multi-place.md"));
        assertThat(resolve("/java/2018/07/13/database-recover/", BLOG)).as("Jekyll's categories before the date")
                .contains(id("_posts/2018-07-13-database-recover.md"));
        assertThat(resolve("https://huangxuan.me/2015/07/09/hexo-slug/", BLOG)).as("Hexo: the date from the front matter")
                .contains(id("source/_posts/hexo-slug.md"));
        assertThat(resolve("/2020/01/%E4%B8%AD%E6%96%87%E6%A0%87%E9%A2%98/", BLOG)).as("year and month, a Chinese slug")
                .contains(id("source/_posts/中文标题.md"));
    }

    @Test
    void aDatedLinkOfAnotherDayOrSlugIsNoArticle() {
        assertThat(resolve("https://mazhuang.org/2017/09/02/markdown-odd-skills/", BLOG)).isEmpty();
        assertThat(resolve("https://blog.chromium.org/2017/07/so-long-and-thanks-for-all-flash.html", BLOG)).isEmpty();
        assertThat(resolve("/2018/07/13/", BLOG)).isEmpty();
        assertThat(resolve("/2018/07/13/recover", BLOG)).as("a slug is the whole of the name after the date").isEmpty();
    }

    @Test
    void aPathOnTheSameSiteIsTheArticleWhosePageEndsWithIt() {
        assertThat(onDocs("/docs/devtools/recorder/#record", "chrome/site/en/blog/new-in-devtools-104/index.md"))
                .contains(id("chrome/site/en/docs/devtools/recorder/index.md"));
        assertThat(onDocs("/docs/privacy-sandbox/faq", "chrome/site/en/docs/index.md"))
                .contains(id("chrome/site/en/docs/privacy-sandbox/faq.md"));
        assertThat(onDocs("/docs/", "chrome/site/en/docs/privacy-sandbox/faq.md"))
                .contains(id("chrome/site/en/docs/index.md"));
        assertThat(onDocs("/docs/privacy-sandbox/faq.md", "chrome/site/en/docs/index.md"))
                .as("Hugo's ref to a file of the content folder").contains(id("chrome/site/en/docs/privacy-sandbox/faq.md"));
    }

    @Test
    void ofSeveralTranslationsTheLinkingArticlesOwnLanguageComesFirst() {
        assertThat(onDocs("/blog/new-in-devtools-104/", "chrome/site/ko/docs/x/index.md"))
                .contains(id("chrome/site/ko/blog/new-in-devtools-104/index.md"));
        assertThat(onDocs("/blog/new-in-devtools-104/", "chrome/site/en/docs/x/index.md"))
                .contains(id("chrome/site/en/blog/new-in-devtools-104/index.md"));
        assertThat(onDocs("/docs/devtools/recorder/", "chrome/site/ja/blog/y/index.md"))
                .as("no Japanese page: the English one").contains(id("chrome/site/en/docs/devtools/recorder/index.md"));
    }

    @Test
    void anotherSiteOfTheLibraryOrAnotherHostIsNotThisSite() {
        assertThat(onDocs("/docs", "other-blog/_posts/2021-01-01-x.md")).isEmpty();
        assertThat(onDocs("/samples", "chrome/site/en/docs/index.md")).isEmpty();
        assertThat(onDocs("https://github.com/x/docs/devtools/recorder", "chrome/site/en/docs/index.md"))
                .as("a path without a date on a host is not taken for the site's").isEmpty();
        assertThat(onDocs("//cdn.example.com/docs/", "chrome/site/en/docs/index.md")).isEmpty();
    }

    @Test
    void hostileLinksFindNothingAndThrowNothing() {
        for (String href : new String[] {null, "", "/", "#x", "mailto:a@b.c", "https://%zz/2017/09/01/x", "/%E4%B8",
                "/" + "a/".repeat(10_000), "https://x/" + "1".repeat(5_000), "/2017/09/01/../../x", "javascript:alert(1)"}) {
            assertThat(resolve(href, BLOG)).as(String.valueOf(href)).isEmpty();
        }
    }

    @Test
    void theAnchorIsTheDecodedFragment() {
        assertThat(SiteLinks.anchorOf("/docs/x/#record")).isEqualTo("record");
        assertThat(SiteLinks.anchorOf("/a#%E4%B8%80")).isEqualTo("一");
        assertThat(SiteLinks.anchorOf("/a#")).isNull();
        assertThat(SiteLinks.anchorOf("/a")).isNull();
    }

    private static Optional<ArticleId> resolve(String href, List<Article> articles) {
        return SiteLinks.resolve(href, id("_posts/2020-02-02-from.md"), articles);
    }

    /** Where a link in the Chrome docs page at from leads. */
    private static Optional<ArticleId> onDocs(String href, String from) {
        return SiteLinks.resolve(href, id(from), DOCS);
    }

    private static ArticleId id(String path) {
        return new ArticleId(path);
    }

    private static Article article(String path, LocalDate date) {
        return new Article(id(path), path, null, date, List.of(), List.of(), List.of(), null, false, null, List.of(), 0, 0);
    }
}
