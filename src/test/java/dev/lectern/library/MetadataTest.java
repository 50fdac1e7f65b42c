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

class MetadataTest {

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
    void subtitleDescriptionAndLanguage() throws Exception {
        Article hux = read("subtitle: \" 两岁的侄女 \"\ndescription: >\n  folded\n  description\nlang: zh");
        Article chrome = read("subhead: >\n  Chrome subhead\nexcerpt: Short excerpt");

        assertThat(hux.subtitle()).isEqualTo("两岁的侄女");
        assertThat(hux.description()).isEqualTo("folded description");
        assertThat(hux.lang()).isEqualTo("zh");
        assertThat(chrome.subtitle()).isEqualTo("Chrome subhead");
        assertThat(chrome.description()).isEqualTo("Short excerpt");
        assertThat(read("description: ''").description()).isNull();
    }

    @Test
    void authorsFromStringListAndMaps() throws Exception {
        assertThat(read("author: \"Hux\"").authors()).containsExactly("Hux");
        assertThat(read("authors:\n  - rachelandrew\n  - name: Jake\n    url: x").authors()).containsExactly("rachelandrew", "Jake");
        assertThat(read("author: [A, B]\nauthors: [B, C]").authors()).containsExactly("A", "B", "C");
        Article odd = read("authors:\n  - {url: x}");
        assertThat(odd.authors()).isEmpty();
        assertThat(odd.warnings()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "published: false|true",
        "published: 'false'|true",
        "published: no|true",
        "published: true|false",
        "published: 'true '|false",
        "draft: true|true",
        "draft: false|false",
        "hidden: true|false",
    })
    void draftState(String line, boolean draft) throws Exception {
        Article article = read(line);

        assertThat(article.draft()).isEqualTo(draft);
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void publishedTypoIsReadAsPublishedWithWarning() throws Exception {
        Article article = read("published: flase");

        assertThat(article.draft()).isFalse();
        assertThat(english(article)).singleElement().asString().contains("\"flase\" is not true or false");
    }
}
