package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rescan a watcher falls back to when the system dropped events. */
class ChangeResolverTest {

    @TempDir
    Path dir;

    @Test
    void rescanFindsEveryDifferenceWithTheKnownFiles() throws Exception {
        ArticleFixture fixture = new ArticleFixture(dir);
        fixture.write("keep.md", "# Keep\n");
        fixture.write("edit.md", "# Edit\n");
        fixture.write("gone/x.md", "# X\n");
        List<Article> known = new LibraryScanner(new ArticleReader(), 1).scan(dir, ScanListener.NONE, () -> false).articles();
        CountingReader reader = new CountingReader();
        ChangeResolver resolver = new ChangeResolver(dir, reader, known);
        fixture.write("edit.md", "# Edited at length\n");
        Files.delete(dir.resolve("gone/x.md"));
        fixture.write("added/y.md", "# Y\n");

        LibraryChanges changes = resolver.rescan();

        assertThat(changes.addedOrChanged()).extracting(Article::title).containsExactly("Y", "Edited at length");
        assertThat(changes.removed()).containsExactly(new ArticleId("gone/x.md"));
        assertThat(reader.reads).containsExactlyInAnyOrder("edit.md", "added/y.md");
        assertThat(resolver.rescan().isEmpty()).isTrue();
    }

    @Test
    void anErrorFromOneFileDoesNotLoseTheOtherFilesOfTheSameBatch() throws Exception {
        ArticleFixture fixture = new ArticleFixture(dir);
        fixture.write("bomb.md", "# boom\n");
        fixture.write("after.md", "# After\n");
        ArticleReader bomb = new ArticleReader() {
            @Override
            public Article read(Path root, Path file) throws java.io.IOException {
                if (file.getFileName().toString().startsWith("bomb")) {
                    throw new StackOverflowError("planted");
                }
                return super.read(root, file);
            }
        };
        ChangeResolver resolver = new ChangeResolver(dir, bomb, List.of());

        LibraryChanges changes = resolver.resolve(List.of(dir.resolve("bomb.md"), dir.resolve("after.md")));

        assertThat(changes.addedOrChanged()).extracting(Article::title).containsExactly("After");
    }

    @Test
    void vanishedFolderRemovesEverythingUnderItButNotItsNamesakes() throws Exception {
        ArticleFixture fixture = new ArticleFixture(dir);
        fixture.write("a/one.md", "# 1\n");
        fixture.write("a/b/two.md", "# 2\n");
        fixture.write("a-b.md", "# 3\n");
        fixture.write("ab/three.md", "# 4\n");
        List<Article> known = new LibraryScanner(new ArticleReader(), 1).scan(dir, ScanListener.NONE, () -> false).articles();
        ChangeResolver resolver = new ChangeResolver(dir, new ArticleReader(), known);

        LibraryChanges changes = resolver.resolve(List.of(dir.resolve("a").resolve("missing"), dir.resolve("a")));
        assertThat(changes.isEmpty()).isTrue();
        changes = resolver.resolve(List.of(dir.resolve("gone-folder"), dir.resolve("a")));
        assertThat(changes.isEmpty()).isTrue();

        Files.delete(dir.resolve("a/b/two.md"));
        Files.delete(dir.resolve("a/b"));
        Files.delete(dir.resolve("a/one.md"));
        Files.delete(dir.resolve("a"));
        changes = resolver.resolve(List.of(dir.resolve("a")));

        assertThat(changes.removed()).containsExactly(new ArticleId("a/b/two.md"), new ArticleId("a/one.md"));
        assertThat(changes.addedOrChanged()).isEmpty();
    }
}
