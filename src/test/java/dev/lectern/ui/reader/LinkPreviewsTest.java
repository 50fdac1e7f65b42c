package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The card over a link to another article: what it says, read where the card's work is queued. */
class LinkPreviewsTest {

    @TempDir
    Path root;
    private final ArticleReader articles = new ArticleReader();
    private final List<Runnable> background = new ArrayList<>();
    private final Executor now = Runnable::run;
    private final LinkPreviews previews = new LinkPreviews(articles, () -> root, background::add, now);
    private final List<LinkPreviews.Card> cards = new ArrayList<>();

    private Article write(String name, String text) throws IOException {
        return articles.read(root, Files.writeString(root.resolve(name), text));
    }

    @Test
    void anArticleWithoutADescriptionIsPreviewedByItsOpeningReadOffTheFxThread() throws IOException {
        Article pool = write("pool.md", "---\ntitle: 线程池\nsubtitle: 两个小问题\ndate: 2023-04-11\nauthor: 马壮\ncategories: [Java]\n"
                + "tags: [并发, 线程, 池, JDK, 性能]\n---\n# 线程池\n\n记两个有关线程池的小问题。\n\n```java\nnew Thread();\n```\n");

        previews.cardOf(pool, null, cards::add);

        assertThat(cards).as("nothing read on the calling thread").isEmpty();
        background.forEach(Runnable::run);
        assertThat(cards).containsExactly(new LinkPreviews.Card("线程池", "两个小问题",
                "2023-04-11  ·  马壮  ·  ▸ Java  ·  #并发  #线程  #池  #JDK  #…", "记两个有关线程池的小问题。"));
    }

    @Test
    void theAuthorsDescriptionIsTheCardsTextAtOnce() throws IOException {
        Article described = write("ai.md", "---\ntitle: AI 自动补全的这句日志能正常打印吗？\n"
                + "description: 一句 GitHub Copilot 自动生成的代码让我产生了疑惑，于是探索了一番。\n---\nBody.\n");

        previews.cardOf(described, null, cards::add);

        assertThat(background).isEmpty();
        assertThat(cards).extracting(LinkPreviews.Card::text).containsExactly("一句 GitHub Copilot 自动生成的代码让我产生了疑惑，于是探索了一番。");
    }

    @Test
    void aDescriptionThatOnlyRepeatsTheSubtitleGivesWayToTheOpeningWords() throws IOException {
        // Chrome docs' subhead and description are often one sentence: the card said it twice
        Article doc = write("doc.md", "---\ntitle: Cookie countdown\nsubhead: >\n  Prepare for the end of\n  third-party cookies.\n"
                + "description: Prepare for the end of third-party cookies.\n---\nChrome restricts cookies for 1% of users.\n");

        previews.cardOf(doc, null, cards::add);
        background.forEach(Runnable::run);

        assertThat(cards).extracting(LinkPreviews.Card::subtitle, LinkPreviews.Card::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Prepare for the end of third-party cookies.",
                        "Chrome restricts cookies for 1% of users."));
    }

    @Test
    void aLinkToAHeadingPreviewsThatSectionAndAnUnknownHeadingTheWholeArticle() throws IOException {
        Article guide = write("guide.md", "---\ntitle: Guide\ndescription: A guide to everything.\n---\nIntro.\n\n"
                + "## Getting Started\n\nInstall it first.\n");

        previews.cardOf(guide, "getting-started", cards::add);
        previews.cardOf(guide, "no-such-heading", cards::add);
        background.forEach(Runnable::run);

        assertThat(cards).containsExactly(new LinkPreviews.Card("Guide", "\u00a7 Getting Started", "", "Install it first."),
                new LinkPreviews.Card("Guide", "", "", "A guide to everything."));
    }

    @Test
    void aBlockLinkPreviewsThatBlockAndANotesCardShowsNoHighlightOrTaskMarks() throws IOException {
        Files.createDirectories(root.resolve(".obsidian"));
        Article alpha = write("Project Alpha.md", "---\naliases: [PA]\n---\n# Project Alpha\n\n"
                + "Intro paragraph with ==highlighted text== and a %%hidden comment%% inline.\n\n"
                + "- [ ] Open task\n- [x] Done task\n- [/] Half done\n\n## Goals\n\n"
                + "First goal\nparagraph. ^goal-1\n\n- Ship the thing ^goal-list\n- Test the thing\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n^table-1\n");

        for (String anchor : new String[] {null, "^goal-1", "^goal-list", "^table-1", "^no-such-block"}) {
            previews.cardOf(alpha, anchor, cards::add);
        }
        background.forEach(Runnable::run);

        String opening = "Intro paragraph with highlighted text and a inline. Open task Done task Half done First goal "
                + "paragraph. Ship the thing Test the thing";
        assertThat(cards).extracting(LinkPreviews.Card::text).containsExactly(opening, "First goal paragraph.",
                "Ship the thing", "a b 1 2", opening);
    }

    @Test
    void restingOnTheSameLinkAgainReadsItsFileOnceUntilTheFileChanges() throws IOException {
        Article pool = write("pool.md", "---\ntitle: 线程池\n---\n记两个有关线程池的小问题。\n");
        previews.cardOf(pool, null, cards::add);
        background.forEach(Runnable::run);
        background.clear();

        previews.cardOf(pool, null, cards::add);
        assertThat(background).as("no second read").isEmpty();
        assertThat(cards).hasSize(2).extracting(LinkPreviews.Card::text).containsOnly("记两个有关线程池的小问题。");

        Files.writeString(root.resolve("pool.md"), "---\ntitle: 线程池\n---\n改过的开头，长一些。\n");
        Article changed = articles.read(root, root.resolve("pool.md"));
        previews.cardOf(changed, null, cards::add);
        background.forEach(Runnable::run);
        assertThat(cards.get(2).text()).as("the file changed: read again").isEqualTo("改过的开头，长一些。");
    }

    @Test
    void aHugeTitleOrSubtitleMakesACardOfAFewLines() throws IOException {
        Article huge = write("huge.md", "---\ntitle: " + "长".repeat(50_000) + "\nsubtitle: " + "word ".repeat(20_000)
                + "\ndescription: short\n---\nBody.\n");

        previews.cardOf(huge, null, cards::add);

        assertThat(cards.get(0).title()).hasSizeLessThanOrEqualTo(LinkPreviews.LINE_CHARACTERS / 2 + 1).endsWith("\u2026");
        assertThat(cards.get(0).subtitle()).hasSizeLessThanOrEqualTo(LinkPreviews.LINE_CHARACTERS + 1).endsWith("\u2026");
    }

    @Test
    void aFileGoneSinceItWasListedStillGivesItsTitle() throws IOException {
        Article gone = write("gone.md", "---\ntitle: Gone\n---\nText.\n");
        Files.delete(root.resolve("gone.md"));

        previews.cardOf(gone, null, cards::add);
        background.forEach(Runnable::run);

        assertThat(cards).containsExactly(new LinkPreviews.Card("Gone", "", "", ""));
    }
}
