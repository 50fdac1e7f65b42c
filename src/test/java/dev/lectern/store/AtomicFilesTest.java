package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the user made read-only is still saved, and stays read-only. (As root, permissions never refuse a write: the
 * failure this guards against shows only for an ordinary user, as the tests run on a developer's machine.)
 */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aReadOnlyAnnotationFileIsSavedAndKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("lectern-annotations.yaml");
        AtomicFiles.write(file, "first\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        AtomicFiles.write(file, "second\n");

        assertThat(Files.readString(file)).isEqualTo("second\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r--r--");
    }

    @Test
    void aReadOnlyDocumentIsSavedAndKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("export.md");
        AtomicFiles.writeDocument(file, "first\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));

        AtomicFiles.writeDocument(file, "second\n");

        assertThat(Files.readString(file)).isEqualTo("second\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r-----");
    }

    @Test
    void aNewAnnotationFileIsTheUsersAlone() throws IOException {
        Path file = dir.resolve("lectern-annotations.yaml");

        AtomicFiles.write(file, "first\n");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
