package dev.lectern.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.library.ArticleReader;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.FileErrors;
import dev.lectern.ui.annotations.ArticleTexts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the commands say when a file or folder named on the command line does not suit them. */
class CommandMessagesTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final ArticleTexts texts = new ArticleTexts(new ArticleReader(), new PageRenderer());

    private Path library() throws Exception {
        Path library = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(library.resolve("a.md"), "# A\n\nText.\n");
        return library;
    }

    @Test
    void anExportOntoAFolderSaysSoBeforeWriting() throws Exception {
        // export --out EXISTING_FOLDER said "/tmp/x/vault.21tiardn9paj7.tmp -> /tmp/x/vault: is a folder"
        Path library = library();
        Path vault = Files.createDirectories(dir.resolve("vault"));
        AnnotationCommands commands = new AnnotationCommands(texts, out);
        assertThatThrownBy(() -> commands.export(library, dir.resolve("a.yaml"), "md", vault))
                .satisfies(e -> assertThat(FileErrors.describe(e)).isEqualTo(vault + ": is a folder, not a file"));
        Path file = Files.writeString(dir.resolve("notes"), "mine");
        assertThatThrownBy(() -> commands.export(library, dir.resolve("a.yaml"), "obsidian", file))
                .satisfies(e -> assertThat(FileErrors.describe(e)).isEqualTo(file + ": is a file, not a folder"));
        assertThat(Files.readString(file)).isEqualTo("mine");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain("vault.tmp").noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void renderRefusesAFileTheReaderRefuses() throws Exception {
        // lectern render notes.txt printed an HTML page of it (exit 0) while lectern notes.txt says it is no article
        Path library = library();
        Path text = Files.writeString(library.resolve("notes.txt"), "plain text");
        RenderCommand render = new RenderCommand(new ArticleReader(), new PageRenderer(), out);
        assertThatThrownBy(() -> render.run(text, library)).satisfies(e -> assertThat(FileErrors.describe(e))
                .isEqualTo(text + ": not a Markdown article (.md, .markdown, .mdown, .mkd, .mdx)"));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(render.run(library.resolve("a.md"), library)).isZero();
    }
}
