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

    @Test
    void annotationsWithNoneSaysSoAndWhereItLooked() throws Exception {
        // lectern annotations --library content with none printed nothing at all
        Path library = library();
        Path file = dir.resolve("none.yaml");
        PrintStream usual = System.err;
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            assertThat(new AnnotationCommands(texts, out).list(library, file)).isZero();
        } finally {
            System.setErr(usual);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).as("standard output: one line per annotation").isEmpty();
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEqualTo("lectern: no annotations in " + library + " ("
                + file + ")" + System.lineSeparator());
    }

    @Test
    void aMissingLibraryIsNamedAsTyped() {
        // export --library missing said "/tmp/hx14/t/missing: no such folder" where scan missing says "missing: …"
        AnnotationCommands commands = new AnnotationCommands(texts, out);
        Path missing = Path.of("no-such-library-here");
        assertThatThrownBy(() -> commands.export(missing, null, "md", null))
                .satisfies(e -> assertThat(FileErrors.describe(e)).isEqualTo("no-such-library-here: no such folder"));
        assertThatThrownBy(() -> commands.list(missing, null))
                .satisfies(e -> assertThat(FileErrors.describe(e)).isEqualTo("no-such-library-here: no such folder"));
    }

    @Test
    void theEmptyFolderMessageListsEveryKindOfFileTheScannerTakes() {
        // the empty-folder message listed .md, .markdown, .mdown and .mkd but not .mdx, which the scanner lists
        for (java.util.Locale language : dev.lectern.ui.common.Messages.LANGUAGES) {
            dev.lectern.ui.common.Messages words = dev.lectern.ui.common.Messages.forLocale(language);
            assertThat(words.text("list.noArticles")).as(language.toString()).contains(".mkd", ".mdx");
            assertThat(words.text("library.notFolder")).as(language.toString()).contains(".mkd", ".mdx");
        }
        assertThat(ArticleReader.isArticleFile(Path.of("a.mdx"))).isTrue();
    }

    @Test
    void oneExportedNoteIsOneNote() throws Exception {
        // "Exported 1 notes to /tmp/hx14/vault"
        Path library = library();
        Path file = dir.resolve("annotations.yaml");
        String text = texts.of(library, new dev.lectern.model.ArticleId("a.md"));
        try (dev.lectern.store.AnnotationStore store = dev.lectern.store.AnnotationStore.open(file, library, null,
                java.time.Clock.systemUTC())) {
            int at = text.indexOf("Text");
            store.addHighlight(new dev.lectern.model.ArticleId("a.md"), dev.lectern.model.ArticleKey.of("A", null, text),
                    dev.lectern.model.Anchor.of(text, at, at + 4, null), dev.lectern.model.HighlightColor.GREEN, null);
        }
        Path vault = dir.resolve("vault");
        assertThat(new AnnotationCommands(texts, out).export(library, file, "obsidian", vault)).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Exported 1 note to " + vault.toAbsolutePath()
                + System.lineSeparator());
    }

    @Test
    void withoutADisplayTheReaderSaysWhatWorksWithoutOne() {
        // lectern content over ssh said only "lectern: Unable to open DISPLAY"
        UnsupportedOperationException failure = new UnsupportedOperationException("Unable to open DISPLAY");
        assertThat(NoDisplay.message(failure, null)).isEqualTo("the reader needs a graphical session, and no display is"
                + " set (DISPLAY is empty); scan, search, render, export and the other commands work without one");
        assertThat(NoDisplay.message(failure, ":77")).contains("the display :77 cannot be opened");
        assertThat(NoDisplay.message(new IllegalStateException("x.json: no such file"), null)).isNull();
    }
}
