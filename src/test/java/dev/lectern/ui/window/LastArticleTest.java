package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last article saved in the preferences is opened at start only when it is a file inside the library. */
class LastArticleTest {

    @TempDir
    Path dir;

    @Test
    void onlyAFileInsideTheLibraryIsOpenedBeforeTheLibraryIsListed() throws IOException {
        Path library = Files.createDirectories(dir.resolve("library/posts"));
        Files.writeString(library.resolve("a.md"), "# A\n");
        Files.writeString(dir.resolve("secret.md"), "# outside\n");
        Path root = dir.resolve("library");

        assertThat(PreferencesBinder.isFileInside(root, "posts/a.md")).isTrue();
        assertThat(PreferencesBinder.isFileInside(root, "posts/missing.md")).isFalse();
        assertThat(PreferencesBinder.isFileInside(root, "../secret.md")).as("a way out of the library").isFalse();
        assertThat(PreferencesBinder.isFileInside(root, "posts/../../secret.md")).isFalse();
        assertThat(PreferencesBinder.isFileInside(root, dir.resolve("secret.md").toString())).as("an absolute path")
                .isFalse();
        assertThat(PreferencesBinder.isFileInside(root, "posts")).as("a folder").isFalse();
        assertThat(PreferencesBinder.isFileInside(root, "a\0b.md")).as("not a path at all").isFalse();
    }
}
