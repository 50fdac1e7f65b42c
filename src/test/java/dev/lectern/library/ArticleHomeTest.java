package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which library an article file given alone opens in: the reader's own that holds it, its folder of posts, its folder. */
class ArticleHomeTest {

    @TempDir
    Path dir;

    @Test
    void anArticleOfALibraryTheReaderKeepsOpensInThatLibraryTheFirstNamedOfThoseHoldingIt() throws IOException {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Path post = article(blog.resolve("_posts/2020/2020-01-05-线程池.md"));

        assertThat(ArticleHome.libraryOf(post, dir.resolve("elsewhere"), List.of(blog), null)).isEqualTo(blog);
        assertThat(ArticleHome.libraryOf(post, blog.resolve("_posts"), List.of(blog), null))
                .as("the one opened last, among two holding it").isEqualTo(blog.resolve("_posts"));
        assertThat(ArticleHome.libraryOf(post, null, List.of(), null)).as("kept by none: its folder")
                .isEqualTo(post.getParent());
    }

    @Test
    void aLibraryWhoseWalkWouldNotListTheFileOrWhichIsGoneIsPassedOver() throws IOException {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Path draft = article(blog.resolve(".drafts/idea.md"));
        Path vendored = article(blog.resolve("node_modules/pkg/README.md"));
        Path gone = dir.resolve("gone");
        Path post = article(gone.resolve("post.md"));
        Files.delete(post);
        Files.delete(gone);

        assertThat(ArticleHome.libraryOf(draft, null, List.of(blog), null)).isEqualTo(draft.getParent());
        assertThat(ArticleHome.libraryOf(vendored, null, List.of(blog), null)).isEqualTo(vendored.getParent());
        assertThat(ArticleHome.libraryOf(post, null, List.of(gone), null)).isEqualTo(gone);
        assertThat(ArticleHome.libraryOf(blog, null, List.of(blog), null)).as("a library is not its own article")
                .isEqualTo(dir);
    }

    @Test
    void aPageBundlesIndexBesideOtherPostsOpensTheFolderOfPosts() throws IOException {
        Path posts = Files.createDirectories(dir.resolve("site/content/posts"));
        Path trip = article(posts.resolve("my-trip/index.md"));
        article(posts.resolve("my-trip/index.zh-cn.md"));
        Files.writeString(posts.resolve("my-trip/cover.jpg"), "picture");
        article(posts.resolve("other-trip/index.md"));
        Path chrome = Files.createDirectories(dir.resolve("chrome/site/es/blog"));
        Path devtools = article(chrome.resolve("new-in-devtools-98/index.md"));
        article(chrome.resolve("2022-01-01-plain-post.md"));

        assertThat(ArticleHome.libraryOf(trip, null, List.of(), null)).isEqualTo(posts);
        assertThat(ArticleHome.libraryOf(posts.resolve("my-trip/index.zh-cn.md"), null, List.of(), null)).isEqualTo(posts);
        assertThat(ArticleHome.libraryOf(devtools, null, List.of(), null)).isEqualTo(chrome);
    }

    @Test
    void anIndexThatIsNoBundleOrHasNoSiblingsOrWouldOpenTheHomeFolderOpensItsOwnFolder() throws IOException {
        Path guide = Files.createDirectories(dir.resolve("docs/guide"));
        Path section = article(guide.resolve("index.md"));
        article(guide.resolve("setup.md"));
        article(dir.resolve("docs/other/index.md"));
        Path alone = article(dir.resolve("lonely/only/index.md"));
        Path home = Files.createDirectories(dir.resolve("home/me"));
        Path notes = article(home.resolve("notes/index.md"));
        article(home.resolve("todo.md"));
        Path readme = article(dir.resolve("code/project/README.md"));
        article(dir.resolve("code/other/README.md"));

        assertThat(ArticleHome.libraryOf(section, null, List.of(), null)).as("a section's index beside its pages")
                .isEqualTo(guide);
        assertThat(ArticleHome.libraryOf(alone, null, List.of(), null)).isEqualTo(alone.getParent());
        assertThat(ArticleHome.libraryOf(notes, null, List.of(), home)).isEqualTo(notes.getParent());
        assertThat(ArticleHome.libraryOf(readme, null, List.of(), null)).as("a repository's read-me is no post")
                .isEqualTo(readme.getParent());
    }

    @Test
    void aNoteOfAVaultOpensTheVaultButNotAHomeFolderMadeOne() throws IOException {
        Path vault = Files.createDirectories(dir.resolve("Notes/.obsidian")).getParent();
        Path daily = article(vault.resolve("journal/2024/2024-01-05.md"));
        Path home = Files.createDirectories(dir.resolve("home/me/.obsidian")).getParent();
        Path note = article(home.resolve("ideas/idea.md"));

        assertThat(ArticleHome.libraryOf(daily, null, List.of(), null)).isEqualTo(vault);
        assertThat(ArticleHome.libraryOf(note, null, List.of(), home)).isEqualTo(note.getParent());
    }

    private static Path article(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "# A post\n");
    }

    @Test
    void anArticleLooseInTheHomeFolderOrAtTheRootHasNoLibraryToOpen() throws Exception {
        Path home = java.nio.file.Files.createDirectories(dir.resolve("home"));
        Path loose = java.nio.file.Files.writeString(home.resolve("note.md"), "# Note\n");
        assertThat(ArticleHome.libraryOf(loose, null, List.of(), home)).as("not the whole home folder").isNull();
        assertThat(ArticleHome.libraryOf(Path.of("/note.md"), null, List.of(), home)).as("nor the disk's root").isNull();
    }
}
