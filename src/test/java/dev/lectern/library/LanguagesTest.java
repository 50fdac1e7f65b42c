package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Languages section of a translated library, and filtering by it. */
class LanguagesTest {

    private static Article article(String path, String lang, String... tags) {
        return new Article(new ArticleId(path), path, null, null, List.of(), List.of(tags), List.of(), null, false, lang,
                List.of(), 0, 0);
    }

    private static List<String> languages(List<Article> articles) {
        return TagIndex.build(articles).roots(Facet.LANGUAGE).stream().map(n -> n.label() + " " + n.total()).toList();
    }

    @Test
    void aSitesLanguageFoldersAreItsLanguagesEachNamedInItself() {
        List<Article> chromeDocs = List.of(article("site/en/blog/a/index.md", null), article("site/en/blog/b/index.md", null),
                article("site/es/blog/a/index.md", null), article("site/ja/blog/a/index.md", null),
                article("site/zh/docs/x.md", null), article("site/pt/blog/a/index.md", null),
                article("README.md", null));

        assertThat(languages(chromeDocs)).containsExactly("English 2", "Español 1", "Português 1", "中文 1", "日本語 1");
    }

    @Test
    void aTranslatedSiteBesideALargerBlogInOneLibraryKeepsItsLanguages() {
        // corpus B: Chrome docs' site/en, site/ja, site/es (2,937 files) beside houbb's 7,196 posts: no Languages at all
        List<Article> archive = new ArrayList<>(List.of(article("developer.chrome.com/site/en/blog/a/index.md", null),
                article("developer.chrome.com/site/en/blog/b/index.md", null),
                article("developer.chrome.com/site/ja/blog/a/index.md", null),
                article("developer.chrome.com/site/es/blog/a/index.md", null)));
        for (int i = 0; i < 10; i++) {
            archive.add(article("houbb.github.io/_posts/p" + i + ".md", null));
        }

        assertThat(languages(archive)).containsExactly("English 2", "Español 1", "日本語 1");
        ArticleLanguages.Found found = new ArticleLanguages().of(archive);
        assertThat(found.siblings()[0]).isEqualTo(found.siblings()[2]).isEqualTo(found.siblings()[3]);
        assertThat(found.names()[4]).as("a post of the blog has no language").isNull();
    }

    @Test
    void frontMatterAndHugosFileNamesNameTheLanguageToo() {
        List<Article> hugo = List.of(article("posts/intro.md", null), article("posts/intro.zh-cn.md", null),
                article("posts/about.md", "en"), article("posts/more.md", "zh-CN"));

        assertThat(languages(hugo)).containsExactly("中文 (中国) 2", "English 1");
    }

    @Test
    void aLibraryInOneLanguageOrFoldersThatOnlyLookLikeLanguagesHasNoSection() {
        List<Article> oneLanguage = List.of(article("a.md", "zh"), article("b.md", "zh-cn"), article("c.md", null));
        assertThat(languages(oneLanguage)).as("中文 and 中文 (中国) are two, so one more is needed").hasSize(2);
        assertThat(languages(List.of(article("a.md", "zh"), article("b.md", "zh")))).isEmpty();

        List<Article> topics = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            topics.add(article("java/p" + i + ".md", null));
        }
        topics.add(article("it/office.md", null)); // "it" and "os" are language codes, and here topics
        topics.add(article("os/linux.md", null));
        assertThat(languages(topics)).isEmpty();
        assertThat(languages(List.of(article("a.md", "klingon"), article("b.md", "xx")))).isEmpty();

        List<Article> courses = new ArrayList<>(topics);
        for (int i = 0; i < 60; i++) {
            courses.add(article("posts/p" + i + ".md", null));
        }
        courses.add(article("notes/courses/cs/intro.md", null)); // Czech and Malayalam by their codes, and one page
        courses.add(article("notes/courses/ml/intro.md", null));
        assertThat(languages(courses)).as("two notes of a larger library").isEmpty();
    }

    @Test
    void checkedLanguagesAddToEachOtherAndNarrowTheOtherChecks() {
        List<Article> articles = List.of(article("en/a.md", null, "css"), article("en/b.md", null, "js"),
                article("es/a.md", null, "css"), article("ja/a.md", null, "css"));
        FilterEngine filter = new FilterEngine();
        filter.setLibrary(articles, TagIndex.build(articles));
        TagRef english = TagRef.of(Facet.LANGUAGE, "English");
        TagRef spanish = TagRef.of(Facet.LANGUAGE, "Español");
        TagRef css = TagRef.of(Facet.TAG, "css");

        filter.setChecked(english, true);
        assertThat(filter.apply()).extracting(a -> a.id().path()).containsExactly("en/a.md", "en/b.md");
        assertThat(filter.count(spanish)).as("what checking it adds").isEqualTo(1);
        filter.setChecked(spanish, true);
        assertThat(filter.apply()).as("all of English and Español: either").hasSize(3);
        filter.setChecked(css, true);
        assertThat(filter.apply()).extracting(a -> a.id().path()).containsExactly("en/a.md", "es/a.md");
        assertThat(filter.count(TagRef.of(Facet.LANGUAGE, "日本語"))).as("css in Japanese").isEqualTo(1);
        assertThat(filter.count(english)).isEqualTo(1);
    }

    @Test
    void anArticlesTranslationsAreItsPathInTheOtherLanguageFoldersOrFileNames() {
        List<Article> site = List.of(article("site/en/blog/x/index.md", null), article("site/ja/blog/x/index.md", null),
                article("site/es/blog/x/index.md", null), article("site/en/blog/y/index.md", null),
                article("posts/intro.zh.md", null), article("posts/intro.en.md", null));
        TagIndex index = TagIndex.build(site);

        assertThat(index.translationsOf(new ArticleId("site/en/blog/x/index.md")))
                .extracting(t -> t.article().path() + " " + t.language())
                .containsExactlyInAnyOrder("site/ja/blog/x/index.md 日本語", "site/es/blog/x/index.md Español");
        assertThat(index.translationsOf(new ArticleId("site/en/blog/y/index.md"))).as("not translated").isEmpty();
        assertThat(index.translationsOf(new ArticleId("posts/intro.zh.md"))).extracting(Translation::language)
                .containsExactly("English");
        assertThat(TagIndex.build(List.of(article("a/x.md", null), article("b/x.md", null)))
                .translationsOf(new ArticleId("a/x.md"))).isEmpty();
    }
}
