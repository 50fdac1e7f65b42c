package dev.lectern.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.store.Preferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window opens on: a folder, the library read last, or an article file given on the command line. */
class StartPlaceTest {

    @TempDir
    Path dir;

    @Test
    void anArticleFileOpensItsFolderWithThatArticleFirst() throws IOException {
        Path posts = Files.createDirectories(dir.resolve("blog/_posts"));
        Path post = Files.writeString(posts.resolve("2020-01-05-线程池.MD"), "# 线程池\n");
        Preferences saved = Preferences.defaults().withLibraryOpened(dir.resolve("elsewhere")).withLastArticle("other.md", 0.5);

        StartPlace start = StartPlace.of(post, saved, null, null);

        assertThat(start.library()).isEqualTo(posts.toAbsolutePath().normalize());
        assertThat(start.preferences().lastLibrary()).isEqualTo(posts.toAbsolutePath().normalize());
        assertThat(start.preferences().lastArticle()).isEqualTo("2020-01-05-线程池.MD");
        assertThat(start.preferences().recentLibraries()).startsWith(posts.toAbsolutePath().normalize());
        assertThat(start.preferences().theme()).isEqualTo(saved.theme());
    }

    @Test
    void anArticleOfTheLastOrARecentLibraryOpensInThatLibraryWithItsChecksKept() throws IOException {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        Path post = Files.writeString(Files.createDirectories(blog.resolve("_posts/2020")).resolve("2020-01-05-post.md"), "# Post\n");
        Preferences inBlog = Preferences.defaults().withLibraryOpened(blog).withCheckedTags(List.of("tag:java"))
                .withLastArticle("about.md", 0.5);
        Preferences blogRecent = inBlog.withLibraryOpened(Files.createDirectories(dir.resolve("wiki")));

        StartPlace last = StartPlace.of(post, inBlog, null, null);
        StartPlace recent = StartPlace.of(post, blogRecent, null, null);

        assertThat(last.library()).isEqualTo(blog.toAbsolutePath().normalize());
        assertThat(last.preferences().lastArticle()).isEqualTo("_posts/2020/2020-01-05-post.md");
        assertThat(last.preferences().lastPosition()).isZero();
        assertThat(last.preferences().checkedTags()).containsExactly("tag:java");
        assertThat(recent.library()).isEqualTo(blog.toAbsolutePath().normalize());
        assertThat(recent.preferences().lastArticle()).isEqualTo("_posts/2020/2020-01-05-post.md");
        assertThat(recent.preferences().recentLibraries()).startsWith(blog.toAbsolutePath().normalize());
    }

    @Test
    void aFolderOrAnythingElseGivenIsOpenedAsGivenAndNothingGivenOpensTheLastLibrary() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not an article");
        Preferences saved = Preferences.defaults().withLibraryOpened(dir).withLastArticle("a.md", 0);
        Path samples = Path.of("content");

        assertThat(StartPlace.of(dir, saved, samples, null)).isEqualTo(new StartPlace(dir, saved));
        assertThat(StartPlace.of(notes, saved, samples, null)).as("reported as not a folder, as before")
                .isEqualTo(new StartPlace(notes, saved));
        assertThat(StartPlace.of(dir.resolve("gone.md"), saved, samples, null).library()).isEqualTo(dir.resolve("gone.md"));
        assertThat(StartPlace.of(null, saved, samples, null).library()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(StartPlace.of(null, Preferences.defaults(), samples, null).library()).isEqualTo(samples);
    }

    @Test
    void anArticleLooseInTheHomeFolderOpensNoLibraryAndIsToBeToldWhy(@org.junit.jupiter.api.io.TempDir Path home)
            throws java.io.IOException {
        Path loose = java.nio.file.Files.writeString(home.resolve("note.md"), "# Note\n");
        Files.createDirectories(home.resolve("blog"));
        Path kept = java.nio.file.Files.writeString(home.resolve("blog/post.md"), "# Post\n");

        StartPlace start = StartPlace.of(loose, Preferences.defaults(), home.resolve("content"), home);

        assertThat(start.library()).as("not the whole home folder, listed and watched: the usual library")
                .isEqualTo(home.resolve("content"));
        assertThat(start.notOpened()).isEqualTo(loose.toAbsolutePath().normalize());
        assertThat(StartPlace.of(kept, Preferences.defaults(), null, home).library())
                .isEqualTo(home.resolve("blog").toAbsolutePath().normalize());
        Preferences homeSaved = Preferences.defaults().withLibraryOpened(home);
        assertThat(StartPlace.of(null, homeSaved, home.resolve("content"), home).library())
                .as("a home folder an earlier Lectern saved as the last library").isEqualTo(home.resolve("content"));
    }
}
