package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.model.Article;
import dev.lectern.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryScannerTest {

    @TempDir
    Path dir;
    /** A folder outside the library, for links that lead out of it. */
    @TempDir
    Path elsewhere;
    private ArticleFixture fixture;
    private final LibraryScanner scanner = new LibraryScanner(new ArticleReader(), 4);

    @BeforeEach
    void setUp() {
        fixture = new ArticleFixture(dir);
    }

    private List<String> paths(ScanResult result) {
        return result.articles().stream().map(a -> a.id().path()).sorted().toList();
    }

    @Test
    void listsEveryArticleExtensionAndSkipsHiddenAndNodeModules() throws Exception {
        for (String name : List.of("a.md", "b.MARKDOWN", "c.mdown", "d.Mkd", "sub/e.md", "docs/g.mdx", "notes.txt", ".hidden.md",
                ".git/x.md", "._f.md", "node_modules/pkg/README.md", "sub/.obsidian/y.md")) {
            fixture.write(name, "# " + name + "\n");
        }

        assertThat(paths(scanner.scan(dir, ScanListener.NONE, () -> false)))
                .containsExactly("a.md", "b.MARKDOWN", "c.mdown", "d.Mkd", "docs/g.mdx", "sub/e.md");
    }

    @Test
    void aSitesPagePiecesAreNotArticlesButItsCollectionsAre() throws Exception {
        // Chrome's docs: 257 snippets in _partials listed as articles, each titled by its first sentence
        for (String name : List.of("site/en/_partials/extensions/mv3-support.md", "site/_includes/icons/README.md",
                "_layouts/post.md", "_data/lib/README.md", "_sass/README.md", "_site/about.md",
                "site/en/blog/_example/index.md", "site/en/blog/real-post/index.md", "_posts/2020-01-05-post.md",
                "_drafts/draft.md", "_notes/zettel.md", "content/docs/_index.md", "_index.md")) {
            fixture.write(name, "# " + name + "\n");
        }

        assertThat(paths(scanner.scan(dir, ScanListener.NONE, () -> false))).containsExactly("_drafts/draft.md",
                "_index.md", "_notes/zettel.md", "_posts/2020-01-05-post.md", "content/docs/_index.md",
                "site/en/blog/real-post/index.md");
    }

    @Test
    void aHexoSitesScaffoldsAndAHugoSectionWithoutWordsAreNotArticlesAndAHexoDraftIsADraft() throws Exception {
        fixture.write("hexo-site/_config.yml", "title: x\n");
        fixture.write("hexo-site/scaffolds/post.md", "---\ntitle: {{ title }}\ndate: {{ date }}\ntags:\n---\n");
        fixture.write("hexo-site/source/_posts/hello-world.md", "---\ntitle: Hello World\n---\nHi.\n");
        fixture.write("hexo-site/source/_drafts/unfinished.md", "---\ntitle: 未完成的草稿\n---\n草稿。\n");
        fixture.write("hugo-site/hugo.toml", "title = 'x'\n");
        fixture.write("hugo-site/content/_index.md", "---\ntitle: \"Home\"\n---\nWelcome to my notes.\n");
        fixture.write("hugo-site/content/posts/_index.md", "---\ntitle: \"Posts\"\ndescription: \"All\"\n---\n\n");
        fixture.write("hugo-site/content/docs/_index.md", "+++\ntitle = 'Docs'\n+++\n");
        fixture.write("hugo-site/content/posts/go.md", "---\ntitle: Go\n---\nGo.\n");
        fixture.write("notes/scaffolds/idea.md", "# An idea\n"); // not a Hexo site's: a folder of the user's

        ScanResult result = scanner.scan(dir, ScanListener.NONE, () -> false);

        assertThat(paths(result)).containsExactly("hexo-site/source/_drafts/unfinished.md",
                "hexo-site/source/_posts/hello-world.md", "hugo-site/content/_index.md", "hugo-site/content/posts/go.md",
                "notes/scaffolds/idea.md");
        assertThat(result.articles()).filteredOn(Article::draft).extracting(Article::title).containsExactly("未完成的草稿");
        assertThat(result.articles()).noneMatch(Article::hasWarnings);
    }

    @Test
    void theNotesLecternWritesBesideArticlesAreNotArticlesButAUsersOwnNotesFileIs() throws Exception {
        // lectern note --write put 2016-02-28-emotion-manage.notes.md beside the post: corpus A scanned as 274 of 273,
        // the note listed with the post's title and date and its highlight tags as article tags
        fixture.write("_posts/2016-02-28-emotion-manage.md", "---\ntitle: 情绪管理\ndate: 2016-02-28\n---\n正文\n");
        fixture.write("_posts/2016-02-28-emotion-manage.notes.md", "---\nlectern-notes-for: \"2016-02-28-emotion-manage.md\"\n"
                + "published: false\ndraft: true\ntitle: \"情绪管理\"\ntags: [\"moon\"]\n---\n\n# 情绪管理\n");
        fixture.write("meeting.notes.md", "---\ntitle: Meeting notes\n---\nMy own notes, with lectern-notes-for: in the text\n");
        fixture.write("plain.NOTES.md", "# Plain notes\n");

        assertThat(paths(scanner.scan(dir, ScanListener.NONE, () -> false)))
                .containsExactly("_posts/2016-02-28-emotion-manage.md", "meeting.notes.md", "plain.NOTES.md");
    }

    @Test
    void aFolderOfPagePiecesOpenedItselfIsListed() throws Exception {
        fixture.write("_includes/head.md", "# Head\n");

        assertThat(paths(scanner.scan(dir.resolve("_includes"), ScanListener.NONE, () -> false))).containsExactly("head.md");
    }

    @Test
    void articlesAreReadWhileTheFolderIsStillWalked() throws Exception {
        for (int i = 0; i < 5; i++) {
            fixture.write("posts/p" + i + ".md", "# Post " + i + "\n");
        }
        CountDownLatch firstLoaded = new CountDownLatch(1);
        List<String> events = new CopyOnWriteArrayList<>();
        ScanListener listener = new ScanListener() {
            @Override
            public void discovered(int fileCount) {
                events.add("discovered " + fileCount);
            }

            @Override
            public void loaded(Article article) {
                events.add("loaded");
                firstLoaded.countDown();
            }
        };
        // a walk that hands over its first file, then goes on only once that file was read (or after 20 s)
        List<Boolean> readDuringWalk = new CopyOnWriteArrayList<>();
        LibraryScanner slowWalk = new LibraryScanner(new ArticleReader(), 2, (root, cancelled, found) -> {
            List<FoundFile> files = new ArrayList<>();
            new ArticleFileWalker().walk(root, cancelled, files::add);
            found.accept(files.get(0));
            try {
                readDuringWalk.add(firstLoaded.await(20, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            files.subList(1, files.size()).forEach(found);
        });

        ScanResult result = slowWalk.scan(dir, listener, () -> false);

        assertThat(readDuringWalk).containsExactly(true);
        assertThat(events.get(0)).isEqualTo("loaded");
        assertThat(events).containsOnlyOnce("discovered 5").filteredOn("loaded"::equals).hasSize(5);
        assertThat(result.articles()).extracting(Article::title).containsExactlyInAnyOrder("Post 0", "Post 1", "Post 2",
                "Post 3", "Post 4");
    }

    @Test
    void foldersNestedBeyondAnyLibraryAreLeftOutWithoutOverflowingTheWalk() throws Exception {
        fixture.write("near/top.md", "# Near the top\n");
        Path deep = dir;
        for (int i = 0; i < 2_000; i++) {
            deep = deep.resolve("a");
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("bottom.md"), "# At the bottom\n");
        Path within = dir;
        for (int i = 0; i < ArticleFileWalker.MAX_DEPTH; i++) {
            within = within.resolve("a");
        }
        Files.writeString(within.resolve("deepest-walked.md"), "# Deepest walked\n");

        ScanResult result;
        try {
            result = scanner.scan(dir, ScanListener.NONE, () -> false);
        } finally {
            deleteTree(dir.resolve("a")); // JUnit's own clean-up takes over a minute on 2,000 nested folders
        }

        assertThat(result.articles()).extracting(Article::title).containsExactlyInAnyOrder("Near the top", "Deepest walked");
    }

    private static void deleteTree(Path top) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(top)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void binaryFileIsSkippedAndReported() throws Exception {
        fixture.write("good.md", "# Good\n");
        fixture.write("folder/picture.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1});
        Queue<SkippedFile> reported = new ConcurrentLinkedQueue<>();
        AtomicInteger discovered = new AtomicInteger();
        ScanListener listener = new ScanListener() {
            @Override
            public void discovered(int fileCount) {
                discovered.set(fileCount);
            }

            @Override
            public void loaded(Article article) {
            }

            @Override
            public void skipped(SkippedFile file) {
                reported.add(file);
            }
        };

        ScanResult result = scanner.scan(dir, listener, () -> false);

        assertThat(discovered).hasValue(2);
        assertThat(paths(result)).containsExactly("good.md");
        assertThat(result.skipped()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("folder/picture.md");
            assertThat(s.problem().kind()).as("not a text file").isEqualTo(Problem.Kind.FILE_NOT_TEXT);
        });
        assertThat(reported).containsExactlyElementsOf(result.skipped());
    }

    @Test
    void followsSymlinksButNotLoops() throws Exception {
        fixture.write("real/a.md", "# A\n");
        Path outside = elsewhere;
        Files.writeString(outside.resolve("linked.md"), "# Linked\n");
        Files.createSymbolicLink(dir.resolve("real/loop"), dir.resolve("real"));
        Files.createSymbolicLink(dir.resolve("up"), dir);
        Files.createSymbolicLink(dir.resolve("elsewhere"), outside);

        ScanResult result = scanner.scan(dir, ScanListener.NONE, () -> false);

        assertThat(paths(result)).containsExactly("elsewhere/linked.md", "real/a.md");
        Files.delete(outside.resolve("linked.md"));
        Files.delete(outside);
    }

    @Test
    void sortedNewestFirstUndatedLastThenByTitle() throws Exception {
        fixture.write("2019-01-01-old.md", "# Old\n");
        fixture.write("2021-01-01-new.md", "# New\n");
        fixture.write("zeta.md", "# zeta\n");
        fixture.write("alpha.md", "# Alpha\n");

        assertThat(scanner.scan(dir, ScanListener.NONE, () -> false).articles()).extracting(Article::title)
                .containsExactly("New", "Old", "Alpha", "zeta");
    }

    @Test
    void listenerHearsEachArticleOnceAndItsFailureDoesNotStopTheScan() throws Exception {
        for (int i = 0; i < 50; i++) {
            fixture.write("n" + i + ".md", "# Note " + i + "\n");
        }
        Queue<String> heard = new ConcurrentLinkedQueue<>();

        ScanResult result = scanner.scan(dir, article -> {
            heard.add(article.id().path());
            throw new IllegalStateException("listener bug");
        }, () -> false);

        assertThat(result.articles()).hasSize(50);
        assertThat(heard).hasSize(50).doesNotHaveDuplicates();
    }

    @Test
    void cancelledScanStopsEarly() throws Exception {
        for (int i = 0; i < 200; i++) {
            fixture.write("n" + i + ".md", "# Note " + i + "\n");
        }
        AtomicInteger loaded = new AtomicInteger();

        ScanResult result = scanner.scan(dir, article -> loaded.incrementAndGet(), () -> loaded.get() >= 10);

        assertThat(result.articles().size()).isLessThan(200).isEqualTo(loaded.get());
    }

    @Test
    void rootThatIsNotAFolderIsAnError() {
        assertThatThrownBy(() -> scanner.scan(dir.resolve("missing"), ScanListener.NONE, () -> false))
                .isInstanceOf(IOException.class);
    }
}
