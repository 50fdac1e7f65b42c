package dev.lectern.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.store.Preferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Preferences saved = Preferences.defaults().withLibraryOpened(dir).withLastArticle("other.md", 0.5);

        StartPlace start = StartPlace.of(post, saved, null);

        assertThat(start.library()).isEqualTo(posts.toAbsolutePath().normalize());
        assertThat(start.preferences().lastLibrary()).isEqualTo(posts.toAbsolutePath().normalize());
        assertThat(start.preferences().lastArticle()).isEqualTo("2020-01-05-线程池.MD");
        assertThat(start.preferences().recentLibraries()).startsWith(posts.toAbsolutePath().normalize());
        assertThat(start.preferences().theme()).isEqualTo(saved.theme());
    }

    @Test
    void aFolderOrAnythingElseGivenIsOpenedAsGivenAndNothingGivenOpensTheLastLibrary() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not an article");
        Preferences saved = Preferences.defaults().withLibraryOpened(dir).withLastArticle("a.md", 0);
        Path samples = Path.of("content");

        assertThat(StartPlace.of(dir, saved, samples)).isEqualTo(new StartPlace(dir, saved));
        assertThat(StartPlace.of(notes, saved, samples)).as("reported as not a folder, as before")
                .isEqualTo(new StartPlace(notes, saved));
        assertThat(StartPlace.of(dir.resolve("gone.md"), saved, samples).library()).isEqualTo(dir.resolve("gone.md"));
        assertThat(StartPlace.of(null, saved, samples).library()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(StartPlace.of(null, Preferences.defaults(), samples).library()).isEqualTo(samples);
    }
}
