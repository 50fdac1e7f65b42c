package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.lectern.model.Article;
import dev.lectern.model.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library in a Syncthing or Dropbox folder, shared by several machines: the files such a folder holds besides articles
 * (lock files, half-written files, conflict copies, links to elsewhere) are told apart from articles and said.
 */
class SyncedFolderScanTest {

    private static final String POST = "---\ntitle: Post\ndate: 2026-12-01\n---\nHello world.\n";

    @TempDir
    Path dir;

    private final LibraryScanner scanner = new LibraryScanner(new ArticleReader(), 2);

    @Test
    void anOfficeLockFileIsNoArticle() throws IOException {
        Files.writeString(dir.resolve("~$draft.md"), "lockfile\n");
        Files.writeString(dir.resolve("draft.md"), "# Draft\n");

        ScanResult result = scanner.scan(dir, ScanListener.NONE, () -> false);

        assertThat(result.articles()).extracting(a -> a.id().path()).containsExactly("draft.md");
        assertThat(result.skipped()).isEmpty();
        assertThat(ArticleFileWalker.isLeftOut(dir.resolve("~$draft.md"))).isTrue();
    }

    @Test
    void anOfficeLockFileThatAppearsWhileLecternRunsIsNotListed() throws IOException {
        ChangeResolver watcher = new ChangeResolver(dir, new ArticleReader(), List.of());
        Path lock = Files.writeString(dir.resolve("~$draft.md"), "lockfile\n");
        Path hidden = Files.writeString(dir.resolve(".draft.md"), "# Hidden\n");
        Path draft = Files.writeString(dir.resolve("draft.md"), "# Draft\n");

        LibraryChanges changes = watcher.resolve(List.of(lock, hidden, draft));

        assertThat(changes.addedOrChanged()).extracting(a -> a.id().path()).containsExactly("draft.md");
    }

    @Test
    void emptyAndBlankFilesAreListedWithAWarningThatTheyAreEmpty() throws IOException {
        Files.writeString(dir.resolve("empty.md"), "");
        Files.writeString(dir.resolve("blank.md"), "  \n\n \t\n");
        Files.writeString(dir.resolve("word.md"), "\n\nword\n");

        Map<String, Article> articles = byPath(scanner.scan(dir, ScanListener.NONE, () -> false));

        assertThat(articles.get("empty.md").warnings()).containsExactly(Problem.of(Problem.Kind.FILE_EMPTY));
        assertThat(articles.get("blank.md").warnings()).containsExactly(Problem.of(Problem.Kind.FILE_EMPTY));
        assertThat(articles.get("blank.md").title()).isEqualTo("blank");
        assertThat(articles.get("word.md").warnings()).isEmpty();
    }

    @Test
    void frontMatterNeverClosedIsAWarningOnTheArticle() throws IOException {
        Files.writeString(dir.resolve("half.md"), "---\ntitle: \"Half written art\ndate: 2026-12-0");
        Files.writeString(dir.resolve("toml.md"), "+++\ntitle = \"Half");
        Files.writeString(dir.resolve("rule.md"), "---\n\nA page that opens with a rule.\n");

        Map<String, Article> articles = byPath(scanner.scan(dir, ScanListener.NONE, () -> false));

        assertThat(articles.get("half.md").warnings()).extracting(Problem::kind)
                .containsExactly(Problem.Kind.FRONT_MATTER_UNCLOSED);
        assertThat(articles.get("toml.md").warnings()).extracting(Problem::kind)
                .containsExactly(Problem.Kind.FRONT_MATTER_UNCLOSED);
        assertThat(articles.get("rule.md").warnings()).as("a rule, not front matter").isEmpty();
    }

    @Test
    void frontMatterLongerThanWhatIsReadGivesItsTitleAndAWarningNotItsFirstLineAsTheTitle() throws IOException {
        StringBuilder huge = new StringBuilder("---\ntitle: huge fm\n");
        for (int i = 0; i < 200_000; i++) {
            huge.append('k').append(i).append(": v").append(i).append('\n');
        }
        Files.writeString(dir.resolve("huge.md"), huge.append("---\n\nBody.\n"));

        Article article = byPath(scanner.scan(dir, ScanListener.NONE, () -> false)).get("huge.md");

        assertThat(article.title()).isEqualTo("huge fm");
        assertThat(article.warnings()).extracting(Problem::kind).containsExactly(Problem.Kind.FRONT_MATTER_TOO_LONG);
    }

    @Test
    void syncConflictCopiesOfArticlesAreMarkedWithTheArticleTheyCopy() throws IOException {
        for (String name : List.of("post.md", "post (conflicted copy 2026-12-01).md",
                "post (Mac's conflicted copy 2026-12-01).md", "post.sync-conflict-20261201-123456-ABCDEF7.md",
                "notes (conflicted copy 2026-12-01 123456).markdown")) {
            Files.writeString(dir.resolve(name), POST);
        }

        Map<String, Article> articles = byPath(scanner.scan(dir, ScanListener.NONE, () -> false));

        assertThat(articles.get("post.md").warnings()).isEmpty();
        for (String copy : List.of("post (conflicted copy 2026-12-01).md", "post (Mac's conflicted copy 2026-12-01).md",
                "post.sync-conflict-20261201-123456-ABCDEF7.md")) {
            assertThat(articles.get(copy).warnings()).as(copy)
                    .containsExactly(Problem.of(Problem.Kind.SYNC_CONFLICT_COPY, "post.md"));
        }
        assertThat(articles.get("notes (conflicted copy 2026-12-01 123456).markdown").warnings())
                .containsExactly(Problem.of(Problem.Kind.SYNC_CONFLICT_COPY, "notes.markdown"));
    }

    @Test
    void aLinkThatLeadsNowhereIsSaid() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.md"), dir.resolve("elsewhere").resolve("gone.md"));
        Files.createSymbolicLink(dir.resolve("drive"), dir.resolve("unmounted"));
        Files.createSymbolicLink(dir.resolve("picture.png"), dir.resolve("nowhere.png"));

        ScanResult result = scanner.scan(dir, ScanListener.NONE, () -> false);

        assertThat(skipped(result)).containsOnly(Map.entry("gone.md", Problem.Kind.LINK_BROKEN),
                Map.entry("drive", Problem.Kind.LINK_BROKEN));
    }

    @Test
    void aLinkLoopIsSaidToBeALoopAndAPipeOrDeviceNamedAsAnArticleIsSaidRatherThanLeftOutSilently() throws Exception {
        Files.createSymbolicLink(dir.resolve("loop-a.md"), dir.resolve("loop-b.md"));
        Files.createSymbolicLink(dir.resolve("loop-b.md"), dir.resolve("loop-a.md"));
        Files.createSymbolicLink(dir.resolve("zero.md"), Path.of("/dev/zero"));
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("fifo.md").toString()).start().waitFor()).isZero();
        Files.writeString(dir.resolve("post.md"), "# Post\n");

        ScanResult result = scanner.scan(dir, ScanListener.NONE, () -> false);

        assertThat(skipped(result)).containsOnly(Map.entry("loop-a.md", Problem.Kind.LINK_LOOP),
                Map.entry("loop-b.md", Problem.Kind.LINK_LOOP), Map.entry("zero.md", Problem.Kind.FILE_NOT_REGULAR),
                Map.entry("fifo.md", Problem.Kind.FILE_NOT_REGULAR));
        assertThat(byPath(result)).containsOnlyKeys("post.md");
    }

    @Test
    void aFolderThatCannotBeListedIsSaidWithItsReason() throws IOException {
        Path secret = Files.createDirectories(dir.resolve("secret"));
        Files.writeString(secret.resolve("a.md"), "# A\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(secret), "running as root: the folder stays readable");

            ScanResult result = scanner.scan(dir, ScanListener.NONE, () -> false);

            assertThat(result.skipped()).containsExactly(new SkippedFile("secret/",
                    Problem.of(Problem.Kind.FOLDER_UNREADABLE, Problem.PERMISSION_DENIED)));
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void reasonsAreWordsNotJavaClassNames() {
        assertThat(FileReasons.of(new AccessDeniedException("/l/secret.md"))).isEqualTo(Problem.PERMISSION_DENIED);
        assertThat(FileReasons.of(new NoSuchFileException("/l/gone.md"))).isEqualTo(Problem.NO_SUCH_FILE);
        assertThat(FileReasons.of(new FileSystemException("/l/a.md", null, "Input/output error")))
                .isEqualTo("Input/output error");
        assertThat(FileReasons.of(new IOException("Stale file handle"))).isEqualTo("Stale file handle");
    }

    private static Map<String, Problem.Kind> skipped(ScanResult result) {
        return result.skipped().stream().collect(Collectors.toMap(SkippedFile::path, s -> s.problem().kind()));
    }

    private static Map<String, Article> byPath(ScanResult result) {
        return result.articles().stream().collect(Collectors.toMap(a -> a.id().path(), Function.identity()));
    }
}
