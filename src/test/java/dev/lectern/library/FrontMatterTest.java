package dev.lectern.library;

import static dev.lectern.library.EnglishWarnings.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterTest {

    @TempDir
    Path dir;
    private ArticleFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ArticleFixture(dir);
    }

    @Test
    void yamlScalarsStayAsWritten() throws Exception {
        Article article = fixture.read("a.md", "---\ntitle: 2048\ntags: [no, yes, 012, 3.10, true]\ndate: 2020-01-05\n---\nBody\n");

        assertThat(article.title()).isEqualTo("2048");
        assertThat(article.tags()).containsExactly("no", "yes", "012", "3.10", "true");
        assertThat(article.date()).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void yamlClosedByDots() throws Exception {
        Article article = fixture.read("a.md", "---\ntitle: Dots\n...\n# Heading\n");

        assertThat(article.title()).isEqualTo("Dots");
        assertThat(fixture.reader().readBody(dir, new ArticleId("a.md"))).isEqualTo("# Heading\n");
    }

    @Test
    void unquotedColonInTitleIsReadLineByLineWithWarningNamingTheLine() throws Exception {
        Article article = fixture.read("a.md", "---\nlayout: post\ntitle: GitHub - Cloak: a browser\n"
                + "date: 2026-05-13 21:01:55 +0800\ntags: [ai, agent]\n---\nText\n");

        assertThat(article.title()).isEqualTo("GitHub - Cloak: a browser");
        assertThat(article.date()).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(article.tags()).containsExactly("ai", "agent");
        assertThat(english(article)).singleElement().asString()
                .startsWith("front matter is not valid YAML (line 3: ")
                .endsWith("); read line by line");
        assertThat(article.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(dev.lectern.model.Problem.Kind.FRONT_MATTER_NOT_YAML_AT);
            assertThat(w.value(0)).isEqualTo("3");
        });
    }

    @Test
    void aQuoteOrAListNeverClosedIsReadAsItsWords() throws Exception {
        // the list and the tag tree showed the title "unclosed and the tags [a and b
        Article article = fixture.read("broken.md", "---\ntitle: \"unclosed\ntags: [a, b\ndate: 2020-13-45\n: : :\n---\n# Body\n");

        assertThat(article.title()).isEqualTo("unclosed");
        assertThat(article.tags()).containsExactly("a", "b");
        assertThat(article.warnings()).isNotEmpty();
    }

    @Test
    void tabsAndDuplicateKeysFallBackToLines() throws Exception {
        Article tabs = fixture.read("tabs.md", "---\ntitle: Tabs\ntags:\n\t- one\n\t- two\n---\n");
        Article duplicate = fixture.read("dup.md", "---\ntitle: First\ndescription: >\n  folded\n  text\ntitle: Second\n---\n");

        assertThat(tabs.tags()).containsExactly("one", "two");
        assertThat(english(tabs)).singleElement().asString().contains("line 4");
        assertThat(duplicate.title()).isEqualTo("Second");
        assertThat(duplicate.description()).isEqualTo("folded text");
        assertThat(english(duplicate)).singleElement().asString().contains("not valid YAML (line 6");
    }

    @Test
    void aliasBombIsRefusedWithoutHanging() throws Exception {
        StringBuilder yaml = new StringBuilder("---\ntitle: Bomb\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev).append(", *")
                    .append(prev).append(", *").append(prev).append("]\n");
        }
        Article article = fixture.read("bomb.md", yaml.append("---\n").toString());

        assertThat(article.title()).isEqualTo("Bomb");
        assertThat(english(article)).singleElement().asString().contains("not valid YAML");
    }

    @Test
    void frontMatterThatIsNotAMapIsIgnoredWithWarning() throws Exception {
        Article article = fixture.read("list.md", "---\n- just\n- a list\n---\n# Real title\n");

        assertThat(article.title()).isEqualTo("Real title");
        assertThat(english(article)).singleElement().asString().contains("not a list of key: value lines");
    }

    @Test
    void tomlFrontMatter() throws Exception {
        Article article = fixture.read("hugo.md", "+++\ntitle = \"Hugo \\\"post\\\"\"\ndate = 2020-01-05T10:00:00+08:00\n"
                + "tags = [\"go\", 'static sites',\n  \"hugo\"]\ndraft = true\n# comment\n[params]\ntitle = \"ignored\"\n+++\nBody\n");

        assertThat(article.title()).isEqualTo("Hugo \"post\"");
        assertThat(article.date()).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(article.tags()).containsExactly("go", "static sites", "hugo");
        assertThat(article.draft()).isTrue();
        assertThat(fixture.reader().readBody(dir, new ArticleId("hugo.md"))).isEqualTo("Body\n");
    }

    @Test
    void hugoJsonFrontMatter() throws Exception {
        Article article = fixture.read("json.md", "{\n  \"title\": \"Hugo JSON 标题\",\n  \"date\": \"2019-03-01T10:00:00+08:00\",\n"
                + "  \"tags\": [\"go\", \"hugo\"],\n  \"params\": {\n    \"x\": 1\n  },\n  \"draft\": true\n}\n\n# 正文\n");

        assertThat(article.title()).isEqualTo("Hugo JSON 标题");
        assertThat(article.date()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(article.tags()).containsExactly("go", "hugo");
        assertThat(article.draft()).isTrue();
        assertThat(article.warnings()).isEmpty();
        assertThat(fixture.reader().readBody(dir, new ArticleId("json.md"))).isEqualTo("\n# 正文\n");
        Article tabbed = fixture.read("tabs.md", "{\n\t\"title\": \"Tabbed\",\n\t\"tags\": [\n\t\t\"a\"\n\t]\n}\nBody\n");
        assertThat(tabbed.title()).as("indented with tabs, as editors write JSON").isEqualTo("Tabbed");
        assertThat(tabbed.tags()).containsExactly("a");
        assertThat(tabbed.warnings()).isEmpty();
        Article broken = fixture.read("broken.md", "{\n  \"title\": \"Broken 标题\",\n  \"tags\": [\"a\" \"b\"],\n"
                + "  \"date\": \"2021-02-03\"\n}\nBody\n");
        assertThat(broken.title()).as("its key lines still read").isEqualTo("Broken 标题");
        assertThat(broken.date()).isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(english(broken)).singleElement().asString()
                .startsWith("front matter is not valid JSON (line 3: ").endsWith("; read line by line");
        Article example = fixture.read("example.md", "{\n  \"port\": 8080,\n  \"debug\": true\n}\n\n上面是配置文件的例子。\n");
        assertThat(example.warnings()).as("an object of no front matter key is the note's text").isEmpty();
        assertThat(fixture.reader().readBody(dir, new ArticleId("example.md"))).startsWith("{\n  \"port\": 8080");
        Article unclosed = fixture.read("brace.md", "{\n  \"title\": \"never closed\"\n\n# 标题\n");
        assertThat(unclosed.title()).as("no front matter: the heading names it").isEqualTo("标题");
    }

    @Test
    void hexoFrontMatterWithoutOpeningFence() throws Exception {
        Article article = fixture.read("hexo.md", "title: Hexo post\ndate: 2019-03-02 10:00:00\ntags:\n- a\n- b\n---\n\nBody\n");

        assertThat(article.title()).isEqualTo("Hexo post");
        assertThat(article.date()).isEqualTo(LocalDate.of(2019, 3, 2));
        assertThat(article.tags()).containsExactly("a", "b");
        assertThat(fixture.reader().readBody(dir, new ArticleId("hexo.md"))).isEqualTo("\nBody\n");
    }

    @Test
    void proseBeforeARuleIsNotMistakenForHexoFrontMatter() throws Exception {
        Article article = fixture.read("note.md", "Note: this is prose\nWarning: so is this\n---\nafter the rule\n");

        assertThat(article.title()).isEqualTo("Warning: so is this");
        assertThat(article.warnings()).isEmpty();
        assertThat(fixture.reader().readBody(dir, new ArticleId("note.md"))).startsWith("Note: this is prose");
    }

    @Test
    void unclosedFenceIsReadAsText() throws Exception {
        Article article = fixture.read("open.md", "---\n\nJust a rule, then text\n");

        assertThat(article.title()).isEqualTo("Just a rule, then text");
    }
}
