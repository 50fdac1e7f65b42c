package dev.lectern.library;

import static dev.lectern.library.EnglishWarnings.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagsTest {

    @TempDir
    Path dir;
    private ArticleFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ArticleFixture(dir);
    }

    private Article read(String frontMatter) throws Exception {
        return fixture.read("post.md", "---\n" + frontMatter + "\n---\nText\n");
    }

    @Test
    void blockListTrimmedWithEmptiesAndDuplicatesDropped() throws Exception {
        Article article = read("tags:\n    - AWS  \n    - ''\n    - aws\n    - 云计算\n    - re:invent");

        assertThat(article.tags()).containsExactly("AWS", "云计算", "re:invent");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tags: [maven, bash, 'pl/sql']|maven;bash;pl/sql",
        "tags: java, spring boot ,  web|java;spring boot;web",
        "tags: 开发者大会，云计算、AWS|开发者大会;云计算;AWS",
        "tags: jekyll  blog   tips|jekyll;blog;tips",
        "tag: single|single",
        "tags: 2048|2048",
        "tags:|''",
    })
    void stringsAndFlowLists(String line, String expected) throws Exception {
        String[] tags = expected.isEmpty() ? new String[0] : expected.split(";");

        assertThat(read(line).tags()).containsExactly(tags);
    }

    @Test
    void keywordsAreNotTags() throws Exception {
        assertThat(read("keywords: Excel, VBA").tags()).isEmpty();
    }

    @Test
    void nonStringItemsBecomeTextOrAreDroppedWithWarning() throws Exception {
        Article article = read("tags:\n  - 42\n  - !!bool true\n  - {name: map}\n  - ~\n  - kept");

        assertThat(article.tags()).containsExactly("42", "true", "kept");
        assertThat(english(article)).hasSize(2).allMatch(w -> w.startsWith("tags: ignored"));
    }

    @Test
    void tagsAsMapAreDroppedWithWarning() throws Exception {
        Article article = read("tags:\n  a: b");

        assertThat(article.tags()).isEmpty();
        assertThat(english(article)).singleElement().asString().contains("not a list or text");
    }

    @Test
    void categoriesAreTheirOwnFacetWithHexoNesting() throws Exception {
        Article flat = read("categories: [Java, Database]\ntags: [x]");
        Article nested = read("categories: [[Tech, Java], Life]");
        Article block = read("category:\n  - [Diary, 2020]\n  - Notes");
        Article single = read("categories: Excel");

        assertThat(flat.categories()).containsExactly("Java", "Database");
        assertThat(flat.tags()).containsExactly("x");
        assertThat(nested.categories()).containsExactly("Tech/Java", "Life");
        assertThat(block.categories()).containsExactly("Diary/2020", "Notes");
        assertThat(single.categories()).containsExactly("Excel");
    }

    @Test
    void aHexoPostsListOfCategoriesIsACategoryAndItsSubCategoryAsHexoFilesIt() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("blog/scaffolds"));
        String post = "---\ntitle: 文章\ncategories:\n  - 技术\n  - Java\n---\nText\n";
        String several = "---\ncategories:\n  - [技术, Java]\n  - [生活]\n---\nText\n";

        assertThat(fixture.read("blog/source/_posts/post.md", post).categories()).containsExactly("技术/Java");
        assertThat(fixture.read("blog/source/_posts/several.md", several).categories())
                .containsExactly("技术/Java", "生活");
        assertThat(fixture.read("blog/source/_posts/one.md", "---\ncategories: Notes\n---\nText\n").categories())
                .containsExactly("Notes");
        assertThat(fixture.read("jekyll/_posts/post.md", post).categories()).as("Jekyll: side by side")
                .containsExactly("技术", "Java");
        assertThat(fixture.read("octopress/source/_posts/post.md", post).categories())
                .as("a source folder of a site that is not Hexo's (Octopress)").containsExactly("技术", "Java");
    }

    @Test
    void aHexoSiteIsKnownByItsPackageFileToo() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("site/source/_posts"));
        java.nio.file.Files.writeString(dir.resolve("site/package.json"),
                "{\"name\": \"hexo-site\", \"hexo\": {\"version\": \"7.3.0\"}}");

        assertThat(fixture.read("site/source/_posts/p.md", "---\ncategories: [A, B]\n---\nx\n").categories())
                .containsExactly("A/B");
    }

    @Test
    void slashNestsTags() throws Exception {
        assertThat(read("tags:\n  - UX/UI\n  - lang/java").tags()).containsExactly("UX/UI", "lang/java");
    }

    @Test
    void aTagSavedAsLooseJamoIsTheSameTagAsTheOneTypedAndListedOnce() throws Exception {
        String nfd = java.text.Normalizer.normalize("---\ntitle: 부산\ntags: [여행, 맛집]\n---\n부산.\n",
                java.text.Normalizer.Form.NFD);
        Article mac = fixture.read("mac.md", nfd);
        Article typed = fixture.read("typed.md", "---\ntitle: 제주\ntags: [여행]\n---\n제주.\n");

        assertThat(mac.title()).isEqualTo("부산");
        assertThat(mac.tags()).containsExactly("여행", "맛집");
        assertThat(TagIndex.build(java.util.List.of(mac, typed)).roots(Facet.TAG))
                .extracting(TagNode::label, TagNode::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("여행", 2), org.assertj.core.groups.Tuple.tuple("맛집", 1));
    }
}
