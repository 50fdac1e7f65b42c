package dev.lectern.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.lectern.library.ArticleReader;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.FileErrors;
import dev.lectern.ui.annotations.ArticleTexts;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file named on the command line that cannot be used is reported with what is wrong with it, as {@code lectern}
 * prints it (Main prints "lectern: " and {@link FileErrors#describe}); {@code lectern import --library DIR
 * /nonexistent.json} printed only "lectern: /nonexistent.json".
 */
class FileArgumentsTest {

    @TempDir
    Path dir;

    private final PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private String importing(Path json) {
        ImportCommand command = new ImportCommand(new ArticleTexts(new ArticleReader(), new PageRenderer()), out,
                new BufferedReader(new StringReader("")));
        return printed(catchThrowable(() -> command.run(dir, dir.resolve("annotations.yaml"), json, "keep")));
    }

    private static String printed(Throwable e) {
        assertThat(e).as("the command stops").isNotNull();
        return "lectern: " + FileErrors.describe(e);
    }

    @Test
    void importingAFileThatIsNotThereSaysSo() {
        assertThat(importing(Path.of("/nonexistent.json"))).isEqualTo("lectern: /nonexistent.json: no such file");
    }

    @Test
    void importingAFolderSaysItIsAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports.json"));
        assertThat(importing(folder)).isEqualTo("lectern: " + folder + ": is a folder, not a file");
    }

    @Test
    void aLibraryThatIsNotAFolderSaysWhich() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "text");
        AnnotationCommands commands = AnnotationCommands.standard(out);
        assertThat(printed(catchThrowable(() -> commands.list(dir.resolve("gone"), null))))
                .isEqualTo("lectern: " + dir.resolve("gone") + ": no such folder");
        assertThat(printed(catchThrowable(() -> commands.list(file, null))))
                .isEqualTo("lectern: " + file + ": is a file, not a folder");
        assertThat(printed(catchThrowable(() -> ScanCommand.standard(out).run(dir.resolve("gone"), false))))
                .isEqualTo("lectern: " + dir.resolve("gone") + ": no such folder");
    }

    @Test
    void anAnnotationFileThatIsAFolderIsSaidBeforeAnythingIsRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("annotations.yaml"));
        assertThat(printed(catchThrowable(() -> AnnotationCommands.standard(out).list(dir, folder))))
                .isEqualTo("lectern: " + folder + ": is a folder, not a file");
    }

    @Test
    void aFileThatMayNotBeReadSaysPermissionDenied() {
        // as root the test cannot take a permission away: the exception Java throws then, as it is
        assertThat(printed(new AccessDeniedException("/home/me/highlights.json")))
                .isEqualTo("lectern: /home/me/highlights.json: permission denied");
    }
}
