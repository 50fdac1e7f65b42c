package dev.lectern.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Backlinks": the articles whose links lead to the open one, as a click in them would, found through the search. */
class BacklinksViewModelTest {

    private static final Article TARGET = article("_posts/2018-07-13-database-recover.md", LocalDate.of(2018, 7, 13));
    private final List<String> asked = new ArrayList<>();
    private final javafx.beans.property.SimpleBooleanProperty ready = new javafx.beans.property.SimpleBooleanProperty(true);

    @Test
    void articlesWhoseLinksLeadHereAreListedNewestFirst() {
        Map<String, String> bodies = Map.of(
                "_posts/2019-01-01-relative.md", "见[上一篇](2018-07-13-database-recover.md#intro)。",
                "_posts/2020-01-01-permalink.md", "[01](https://houbb.github.io/2018/07/13/database-recover)",
                "_posts/2021-01-01-html.md", "<a href=\"/2018/07/13/database-recover.html\">01</a>",
                "_posts/2022-01-01-reference.md", "[一][r]\n\n[r]: /2018/07/13/database-recover/\n",
                "_posts/2023-01-01-mention.md", "database-recover 只是提到，不是链接。",
                "_posts/2024-01-01-liquid.md", "[01]({{ site.url }}/2018/07/13/database-recover/)",
                "_posts/2024-02-01-liquid-html.md", "<a href=\"{{site.baseurl}}/2018/07/13/database-recover.html\">01</a>",
                "_posts/2023-02-01-longer.md", "[02](https://houbb.github.io/2018/07/13/database-recover-02-multi-place)",
                "_posts/2018-07-13-database-recover.md", "[自己](2018-07-13-database-recover.md)");
        List<Article> all = new ArrayList<>(List.of(TARGET, article("_posts/2018-07-13-database-recover-02-multi-place.md", null)));
        bodies.keySet().stream().filter(p -> !p.equals(TARGET.id().path()))
                .forEach(p -> all.add(article(p, LocalDate.parse(p.substring(7, 17)))));
        BacklinksViewModel model = new BacklinksViewModel((phrases, limit, wanted, keep, then) -> {
            asked.addAll(phrases.get());
            then.accept(bodies.entrySet().stream().filter(e -> keep.test(new ArticleId(e.getKey()), e.getValue()))
                    .map(e -> new ArticleId(e.getKey())).toList());
        }, ready, () -> all, id -> all.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null));

        ready.set(false);
        model.show(TARGET);
        assertThat(asked).as("not before the index can answer").isEmpty();
        assertThat(model.searchingProperty().get()).isTrue();
        ready.set(true);

        assertThat(asked).containsExactly("\"database-recover\"");
        assertThat(model.contextOf(all.stream().filter(a -> a.id().path().endsWith("relative.md")).findFirst().orElseThrow()))
                .isEqualTo("见上一篇。");
        assertThat(model.linking()).extracting(a -> a.id().path()).containsExactly("_posts/2024-02-01-liquid-html.md",
                "_posts/2024-01-01-liquid.md", "_posts/2022-01-01-reference.md",
                "_posts/2021-01-01-html.md", "_posts/2020-01-01-permalink.md", "_posts/2019-01-01-relative.md");
        assertThat(model.searchingProperty().get()).isFalse();

        model.show(null);
        assertThat(model.linking()).isEmpty();
    }

    @Test
    void aSlowerEarlierAnswerDoesNotReplaceALaterOne() {
        List<Runnable> answers = new ArrayList<>();
        Article other = article("notes/other.md", null);
        Article linking = article("notes/linking.md", null);
        List<Article> all = List.of(TARGET, other, linking);
        List<java.util.function.BooleanSupplier> wanted = new ArrayList<>();
        BacklinksViewModel model = new BacklinksViewModel((phrases, limit, stillWanted, keep, then) -> {
            wanted.add(stillWanted);
            answers.add(() -> then.accept(List.of(linking.id())));
        }, ready, () -> all,
                id -> all.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null));

        model.show(TARGET);
        model.show(other);
        assertThat(model.searchingProperty().get()).isTrue();
        assertThat(wanted.get(0).getAsBoolean()).as("the first article's files are no longer read").isFalse();
        assertThat(wanted.get(1).getAsBoolean()).isTrue();
        answers.get(0).run();
        assertThat(model.linking()).as("the first article's answer, come late").isEmpty();
        answers.get(1).run();
        assertThat(model.linking()).extracting(Article::title).containsExactly("notes/linking.md");
    }

    @Test
    void aFileOfThousandsOfSuchLinksIsReadForABoundedNumber() {
        List<Article> all = List.of(TARGET);
        StringBuilder body = new StringBuilder("[x](https://example.com/database-recover)\n".repeat(100_000));
        for (int i = 0; i < BacklinksViewModel.MOST_TRIED; i++) {
            body.append("[x](https://example.com/").append(i).append("/database-recover)\n");
        }
        String real = "[01](/2018/07/13/database-recover/)";
        ArticleId from = new ArticleId("_posts/2020-01-01-x.md");

        assertThat(BacklinksViewModel.linksTo(real, from, TARGET.id(), "database-recover", all)).isTrue();
        assertThat(BacklinksViewModel.linksTo(body + real, from, TARGET.id(), "database-recover", all))
                .as("past the first %d addresses holding the name, no more are resolved", BacklinksViewModel.MOST_TRIED).isFalse();
    }

    @Test
    void aVaultsNotesThatWikiLinkHereAreListed() {
        Article target = article("projects/Plan.md", null);
        Map<String, String> bodies = Map.of(
                "journal/a.md", "Next: [[Plan]] and more.",
                "journal/b.md", "See [[projects/Plan#Steps|the steps]].",
                "journal/c.md", "Embedded: ![[plan]]",
                "projects/old/d.md", "Its own: [[Plan]]",
                "journal/e.md", "Just the word Plan, [[Planning]] and `code`.",
                "projects/Plan.md", "The plan itself: [[Plan]].");
        List<Article> all = new ArrayList<>(List.of(target, article("projects/old/Plan.md", null)));
        bodies.keySet().stream().filter(p -> !p.equals(target.id().path())).forEach(p -> all.add(article(p, null)));
        BacklinksViewModel model = new BacklinksViewModel((phrases, limit, wanted, keep, then) -> then.accept(
                bodies.entrySet().stream().filter(e -> keep.test(new ArticleId(e.getKey()), e.getValue()))
                        .map(e -> new ArticleId(e.getKey())).toList()),
                ready, () -> all, id -> all.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null));

        model.show(target);

        assertThat(model.linking()).extracting(a -> a.id().path()).as("d.md's [[Plan]] is the Plan beside it; not itself")
                .containsExactlyInAnyOrder("journal/a.md", "journal/b.md", "journal/c.md");
        assertThat(model.linking()).extracting(model::contextOf).as("the words around each one's link, as its page reads")
                .containsExactlyInAnyOrder("Next: Plan and more.", "See the steps.", "Embedded: plan");
        model.show(null);
        assertThat(model.contextOf(all.get(2))).isEmpty();
    }

    @Test
    void aWikiLinkInATableWithItsBarEscapedIsABacklink() {
        Article target = article("Project Alpha.md", null);
        Article formatting = article("Formatting.md", null);
        List<Article> all = List.of(target, formatting);
        String body = "| Col | Link |\n|---|---|\n| b | [[Project Alpha\\|alias in table]] |\n";
        BacklinksViewModel model = new BacklinksViewModel((phrases, limit, wanted, keep, then) -> then.accept(
                keep.test(formatting.id(), body) ? List.of(formatting.id()) : List.of()),
                ready, () -> all, id -> all.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null));

        model.show(target);

        assertThat(model.linking()).containsExactly(formatting);
        assertThat(model.contextOf(formatting)).as("its row as the page reads it").isEqualTo("b alias in table");
    }

    @Test
    void aVaultsNotesThatLinkHereByOneOfItsAliasesOrByItsNameAloneAreListed(@TempDir Path vault) throws IOException {
        Files.createDirectories(vault.resolve(".obsidian"));
        Files.createDirectories(vault.resolve("books"));
        Article target = article("books/Java Concurrency in Practice.md", null);
        Files.writeString(vault.resolve(target.id().path()), "---\naliases: [JCIP, \"Goetz book\"]\n---\n# JCIP\n");
        Files.writeString(vault.resolve("Plan.md"), "---\naliases: [JCIP plan]\n---\n");
        Map<String, String> bodies = Map.of(
                "journal/a.md", "Read [[JCIP]] tonight.",
                "journal/b.md", "The [[goetz book|book]] again.",
                "journal/c.md", "The word JCIP, [[JCIP plan]] and [[Plan]].",
                "journal/d.md", "A markdown link by its name: [the book](Java%20Concurrency%20in%20Practice.md#ch8).",
                "books/Java Concurrency in Practice.md", "Itself: [[JCIP]].");
        List<Article> all = new ArrayList<>(List.of(target, article("Plan.md", null)));
        bodies.keySet().stream().filter(p -> !p.equals(target.id().path())).forEach(p -> all.add(article(p, null)));
        for (String path : bodies.keySet().stream().filter(p -> !p.equals(target.id().path())).toList()) {
            Files.createDirectories(vault.resolve(path).getParent());
            Files.writeString(vault.resolve(path), bodies.get(path));
        }
        BacklinksViewModel model = new BacklinksViewModel((phrases, limit, wanted, keep, then) -> {
            asked.addAll(phrases.get());
            then.accept(bodies.entrySet().stream().filter(e -> keep.test(new ArticleId(e.getKey()), e.getValue()))
                    .map(e -> new ArticleId(e.getKey())).toList());
        }, ready, () -> all, id -> all.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null), () -> vault);

        model.show(target);

        assertThat(asked).containsExactly("\"Java Concurrency in Practice\"", "\"JCIP\"", "\"Goetz book\"");
        assertThat(model.linking()).extracting(a -> a.id().path()).as("by an alias, or by its name as Obsidian writes it")
                .containsExactlyInAnyOrder("journal/a.md", "journal/b.md", "journal/d.md");
    }

    @Test
    void theNameALinkHoldsIsTheSlugOrTheFolder() {
        assertThat(dev.lectern.library.SiteLinks.nameOf(new ArticleId("_posts/2018-07-13-database-recover.md"))).isEqualTo("database-recover");
        assertThat(dev.lectern.library.SiteLinks.nameOf(new ArticleId("site/en/blog/floc/index.md"))).isEqualTo("floc");
        assertThat(dev.lectern.library.SiteLinks.nameOf(new ArticleId("中文笔记.md"))).isEqualTo("中文笔记");
    }

    private static Article article(String path, LocalDate date) {
        return new Article(new ArticleId(path), path, null, date, List.of(), List.of(), List.of(), null, false, null,
                List.of(), 0, 0);
    }
}
