package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One annotation file in a folder a sync tool shares between two machines, each with the library at its own path: a
 * save by one is no change for the other to save back, and the file's permissions stay as the user set them.
 */
class SharedFolderFileTest {

    @TempDir
    Path dir;

    @Test
    void anotherMachinesLibraryLineIsKeptSoTheFileStopsChanging() throws IOException {
        Path file = dir.resolve("lectern-annotations.yaml");
        try (AnnotationStore mac = AnnotationStore.open(file, Path.of("/Users/me/Sync/lib"), null, Clock.systemUTC())) {
            mac.addBookmark(new ArticleId("post.md"), null, null, "saved on the Mac");
        }
        String fromTheMac = Files.readString(file);

        AnnotationStore linux = AnnotationStore.open(file, Path.of("/home/me/Sync/lib"), null, Clock.systemUTC());
        boolean changed = linux.checkForExternalChange();
        linux.save();
        linux.close();

        assertThat(changed).isFalse();
        assertThat(Files.readString(file)).as("nothing to save back").isEqualTo(fromTheMac)
                .contains("library: /Users/me/Sync/lib");
    }

    @Test
    void aFileWithAWrittenLibraryLineGetsThisMachinesPathOnlyWhenItHasNone() throws IOException {
        Path file = dir.resolve("lectern-annotations.yaml");
        try (AnnotationStore store = AnnotationStore.open(file, Path.of("/home/me/lib"), null, Clock.systemUTC())) {
            store.addBookmark(new ArticleId("post.md"), null, null, "first");
        }

        assertThat(Files.readString(file)).contains("library: /home/me/lib");
    }

    @Test
    void aSaveKeepsThePermissionsTheUserGaveTheFile() throws IOException {
        Path file = dir.resolve("lectern-annotations.yaml");
        try (AnnotationStore store = AnnotationStore.open(file, Path.of("/lib"), null, Clock.systemUTC())) {
            store.addBookmark(new ArticleId("post.md"), null, null, "first");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as("a new file is private")
                .isEqualTo("rw-------");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        try (AnnotationStore store = AnnotationStore.open(file, Path.of("/lib"), null, Clock.systemUTC())) {
            store.addBookmark(new ArticleId("post.md"), null, null, "second");
        }

        assertThat(Files.readString(file)).contains("second");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }
}
