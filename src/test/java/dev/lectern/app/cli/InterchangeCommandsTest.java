package dev.lectern.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Anchor;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.AnnotationStore;
import dev.lectern.ui.annotations.ArticleTexts;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --format w3c|obsidian, import with duplicates, and note, on a real library folder. */
class InterchangeCommandsTest {

    @TempDir
    Path dir;

    private final ArticleTexts texts = new ArticleTexts(new ArticleReader(), new PageRenderer());
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private Path library;
    private Path file;
    private Highlight highlight;

    @BeforeEach
    void annotate() throws Exception {
        library = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(library.resolve("2020-01-05-ye.md"), "---\ntitle: 夜\n---\n𠀀😀 开头。斯之夜，明月当空。\n\n结尾。\n");
        file = dir.resolve("annotations.yaml");
        String text = texts.of(library, new ArticleId("2020-01-05-ye.md"));
        try (AnnotationStore store = AnnotationStore.open(file, library, null, Clock.systemUTC())) {
            int at = text.indexOf("明月当空");
            Highlight h = store.addHighlight(new ArticleId("2020-01-05-ye.md"), ArticleKey.of("夜", null, text),
                    Anchor.of(text, at, at + 4, null), HighlightColor.PINK, "好");
            highlight = store.tagHighlight(h.id(), List.of("moon", "古文"));
            store.nameColors(Map.of(HighlightColor.PINK, "question"));
        }
    }

    private List<Highlight> highlightsIn(Path annotations) throws Exception {
        try (AnnotationStore store = AnnotationStore.open(annotations, library, null, Clock.systemUTC())) {
            return store.highlights(new ArticleId("2020-01-05-ye.md"));
        }
    }

    @Test
    void w3cExportImportedIntoAnEmptyFileKeepsEveryField() throws Exception {
        Path json = dir.resolve("out.jsonld");
        new AnnotationCommands(texts, out).export(library, file, "w3c", json);
        String text = texts.of(library, new ArticleId("2020-01-05-ye.md"));
        int codePoints = text.codePointCount(0, text.indexOf("明月当空"));
        assertThat(codePoints).isEqualTo(text.indexOf("明月当空") - 2);
        assertThat(Files.readString(json)).contains("\"TextPositionSelector\",\n              \"start\": " + codePoints + ",");
        Path empty = dir.resolve("empty.yaml");

        int code = new ImportCommand(texts, out, new BufferedReader(new StringReader(""))).run(library, empty, json, null);

        assertThat(code).isZero();
        assertThat(highlightsIn(empty)).containsExactly(highlight);
        assertThat(Files.readString(empty)).contains("pink: question");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Imported 1 new, 0 overwritten");
    }

    @Test
    void aChangedDuplicateIsOverwrittenOnlyWhenTheReaderSaysSo() throws Exception {
        Path json = dir.resolve("out.jsonld");
        new AnnotationCommands(texts, out).export(library, file, "w3c", json);
        Files.writeString(json, Files.readString(json).replace("\"value\": \"好\"", "\"value\": \"更好\""));

        new ImportCommand(texts, out, new BufferedReader(new StringReader("n\n"))).run(library, file, json, null);
        assertThat(highlightsIn(file)).singleElement().extracting(Highlight::note).isEqualTo("好");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Overwrite yours? [y/N]", "1 kept as they were")
                .as("which one differs").contains("with other content:\n  “明月当空");

        new ImportCommand(texts, out, new BufferedReader(new StringReader("y\n"))).run(library, file, json, null);
        assertThat(highlightsIn(file)).singleElement().extracting(Highlight::note).isEqualTo("更好");
    }

    @Test
    void anExportMadeAfterARenameImportsIntoTheFileItCameFromAsAlreadyThere() throws Exception {
        Files.move(library.resolve("2020-01-05-ye.md"), library.resolve("2020-01-05-night.md"));
        Path json = dir.resolve("out.jsonld");
        new AnnotationCommands(texts, out).export(library, file, "w3c", json);

        new ImportCommand(texts, out, new BufferedReader(new StringReader(""))).run(library, file, json, null);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("0 kept as they were, 1 already there")
                .doesNotContain("Overwrite yours");
        try (AnnotationStore store = AnnotationStore.open(file, library, null, Clock.systemUTC())) {
            assertThat(store.highlights(new ArticleId("2020-01-05-night.md"))).singleElement()
                    .extracting(Highlight::note).isEqualTo("好");
        }
    }

    @Test
    void notJsonIsReportedAndNothingChanges() throws Exception {
        Path json = Files.writeString(dir.resolve("bad.json"), "not json");
        String before = Files.readString(file);

        int code = new ImportCommand(texts, out, new BufferedReader(new StringReader(""))).run(library, file, json, "keep");

        assertThat(code).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void obsidianExportWritesOneNotePerArticle() throws Exception {
        Path vault = dir.resolve("vault");

        new AnnotationCommands(texts, out).export(library, file, "obsidian", vault);

        assertThat(Files.readString(vault.resolve("夜.md"))).contains("> [!quote] question (pink)\n> 明月当空\n",
                "^" + highlight.id(), "#moon #古文");
    }

    @Test
    void noteIsPrintedOrWrittenBesideTheArticle() throws Exception {
        AnnotationCommands commands = new AnnotationCommands(texts, out);

        assertThat(commands.note(library, file, Path.of("2020-01-05-ye.md"), false)).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("title: \"夜\"", "> 明月当空", "好", "#moon");

        commands.note(library, file, Path.of("2020-01-05-ye.md"), true);
        assertThat(library.resolve("2020-01-05-ye.notes.md")).content(StandardCharsets.UTF_8).contains("> 明月当空");
    }

    @Test
    void aWrittenNoteStaysOutOfTheLibraryAndOutOfTheSite() throws Exception {
        // scan listed the note as a second article with the post's title, its highlight tags as article tags
        new AnnotationCommands(texts, out).note(library, file, Path.of("2020-01-05-ye.md"), true);
        Path note = library.resolve("2020-01-05-ye.notes.md");

        assertThat(note).content(StandardCharsets.UTF_8).startsWith("---\nlectern-notes-for: \"2020-01-05-ye.md\"\n")
                .contains("published: false\n", "draft: true\n");
        ByteArrayOutputStream listing = new ByteArrayOutputStream();
        new ScanCommand(new dev.lectern.library.LibraryScanner(new ArticleReader(), 2),
                new PrintStream(listing, true, StandardCharsets.UTF_8)).run(library, true);
        assertThat(listing.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .contains("\"path\":\"2020-01-05-ye.md\"").doesNotContain("moon");
        // the printed note is the one to paste elsewhere: it carries no marks
        new AnnotationCommands(texts, out).note(library, file, Path.of("2020-01-05-ye.md"), false);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("lectern-notes-for", "published:");
    }

    @Test
    void aUsersOwnNotesFileIsNeverWrittenOverAndAKeyAloneHidesNoPage() throws Exception {
        Path own = Files.writeString(library.resolve("2020-01-05-ye.notes.md"), "---\ntitle: 我的笔记\n---\n三个小时写的。\n");

        int code = new AnnotationCommands(texts, out).note(library, file, Path.of("2020-01-05-ye.md"), true);

        assertThat(code).isEqualTo(1);
        assertThat(own).content(StandardCharsets.UTF_8).contains("三个小时写的。");
        Files.writeString(library.resolve("hidden.notes.md"), "---\nlectern-notes-for: \"nothing.md\"\n---\n藏起来的页\n");
        ByteArrayOutputStream listing = new ByteArrayOutputStream();
        new ScanCommand(new dev.lectern.library.LibraryScanner(new ArticleReader(), 2),
                new PrintStream(listing, true, StandardCharsets.UTF_8)).run(library, true);
        assertThat(listing.toString(StandardCharsets.UTF_8)).as("the key names no article beside it: a page")
                .contains("hidden.notes.md", "2020-01-05-ye.notes.md");
    }

    @Test
    void writtenNotesAndExportsGetTheUsersUsualPermissions() throws Exception {
        // they came out 0600 whatever the umask, as the private annotation file does
        Assumptions.assumeTrue(library.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe")));
        AnnotationCommands commands = new AnnotationCommands(texts, out);

        commands.note(library, file, Path.of("2020-01-05-ye.md"), true);
        commands.export(library, file, "md", dir.resolve("export.md"));
        commands.export(library, file, "obsidian", dir.resolve("vault"));

        assertThat(Files.getPosixFilePermissions(library.resolve("2020-01-05-ye.notes.md"))).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(dir.resolve("export.md"))).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(dir.resolve("vault/夜.md"))).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(file)).as("the annotation file stays private")
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        Files.setPosixFilePermissions(dir.resolve("export.md"), PosixFilePermissions.fromString("rw-rw-r--"));
        commands.export(library, file, "md", dir.resolve("export.md"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("export.md"))))
                .as("a file written again keeps the permissions given to it").isEqualTo("rw-rw-r--");
    }

    @Test
    void theArticleOfANoteMayBeGivenFromTheCurrentFolderAsTabCompletionGivesIt() throws Exception {
        // note --library blog blog/2020-01-05-ye.md failed: blog/blog/2020-01-05-ye.md: no such file
        AnnotationCommands fromAbove = new AnnotationCommands(texts, null, out, dir);

        assertThat(fromAbove.note(library, file, Path.of("blog/2020-01-05-ye.md"), false)).isZero();
        assertThat(fromAbove.note(library, file, Path.of("2020-01-05-ye.md"), false)).as("from the library, as before").isZero();
        assertThat(fromAbove.note(library, file, library.resolve("2020-01-05-ye.md"), false)).as("absolute").isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8).split("> 明月当空", -1)).hasSize(4);

        Files.writeString(dir.resolve("outside.md"), "# Outside\n");
        assertThatThrownBy(() -> fromAbove.note(library, file, Path.of("outside.md"), false))
                .hasMessageContaining("not an article of the library");
        assertThatThrownBy(() -> fromAbove.note(library, file, Path.of("blog/nothing.md"), false))
                .hasMessageContaining("blog/nothing.md").hasMessageContaining("no such file in the library")
                .hasMessageContaining("or the current folder");
    }

    @Test
    void aHypothesisAddressFindsTheJekyllPostItCameFrom() throws Exception {
        dev.lectern.store.ImportSources resolver = ImportCommand.sourcesOf(library);

        assertThat(resolver.resolve("https://blog.example/2020/01/05/ye/")).contains(new ArticleId("2020-01-05-ye.md"));
        assertThat(resolver.resolve("2020-01-05-ye.md")).contains(new ArticleId("2020-01-05-ye.md"));
        assertThat(resolver.resolve(library.resolve("2020-01-05-ye.md").toUri().toString()))
                .contains(new ArticleId("2020-01-05-ye.md"));
        assertThat(resolver.resolve("https://elsewhere.example/other/")).isEmpty();

        // page bundles: named by their folder, and a name several articles share names none of them
        Files.createDirectories(library.resolve("docs/console"));
        Files.createDirectories(library.resolve("docs/network"));
        Files.writeString(library.resolve("docs/console/index.md"), "# Console\n");
        Files.writeString(library.resolve("docs/network/index.md"), "# Network\n");
        resolver = ImportCommand.sourcesOf(library);
        assertThat(resolver.resolve("https://developer.example/docs/console/"))
                .contains(new ArticleId("docs/console/index.md"));
        assertThat(resolver.resolve("https://developer.example/docs/index.html")).isEmpty();
    }
}
