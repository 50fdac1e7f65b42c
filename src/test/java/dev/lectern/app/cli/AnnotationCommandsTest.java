package dev.lectern.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.MetadataCache;
import dev.lectern.model.Anchor;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.HighlightColor;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.AnnotationStore;
import dev.lectern.ui.annotations.ArticleTexts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCommandsTest {

    @TempDir
    Path dir;

    @Test
    void exportAndListShowTheReadersHighlightsWithTheirState() throws Exception {
        Path library = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(library.resolve("a.md"), "---\ntitle: 第一篇\n---\n这是一段值得记住的话。\n\n另一段。\n");
        Files.writeString(library.resolve("b.md"), "---\ntitle: 第二篇\n---\n后来被删掉的句子。\n");
        Path file = dir.resolve("annotations.yaml");
        ArticleTexts texts = new ArticleTexts(new ArticleReader(), new PageRenderer());
        String textA = texts.of(library, new ArticleId("a.md"));
        String textB = texts.of(library, new ArticleId("b.md"));
        try (AnnotationStore store = AnnotationStore.open(file, library, null, Clock.systemUTC())) {
            int at = textA.indexOf("值得记住");
            store.addHighlight(new ArticleId("a.md"), ArticleKey.of("第一篇", null, textA),
                    Anchor.of(textA, at, at + 4, null), HighlightColor.GREEN, "好句子");
            int gone = textB.indexOf("被删掉");
            store.addBookmark(new ArticleId("b.md"), ArticleKey.of("第二篇", null, textB),
                    Anchor.of(textB, gone, gone + 3, null), "删掉的地方");
        }
        Files.writeString(library.resolve("b.md"), "---\ntitle: 第二篇\n---\n完全不同的内容。\n");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AnnotationCommands commands = new AnnotationCommands(texts, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(commands.list(library, file)).isZero();
        String lines = bytes.toString(StandardCharsets.UTF_8);
        assertThat(lines).contains("anchored  \"值得记住\"  a.md").contains("orphaned  \"被删掉\"  b.md");

        Path out = dir.resolve("export.md");
        assertThat(commands.export(library, file, "md", out)).isZero();
        assertThat(Files.readString(out)).contains("第一篇", "> 值得记住", "好句子", "删掉的地方");
        Path json = dir.resolve("export.json");
        commands.export(library, file, "json", json);
        assertThat(Files.readString(json)).contains("\"color\": \"green\"", "\"note\": \"好句子\"");
    }

    @Test
    void theMarkdownExportMarksAHighlightNoLongerInTheArticleAsTheAppsPanelDoes() throws Exception {
        // an orphaned highlight was exported like any other: its words read as if still in the article
        Path library = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(library.resolve("a.md"), "---\ntitle: 第一篇\n---\n这是一段值得记住的话。\n\n后来被删掉的句子。\n");
        Path file = dir.resolve("annotations.yaml");
        ArticleTexts texts = new ArticleTexts(new ArticleReader(), new PageRenderer());
        String text = texts.of(library, new ArticleId("a.md"));
        try (AnnotationStore store = AnnotationStore.open(file, library, null, Clock.systemUTC())) {
            int kept = text.indexOf("值得记住");
            store.addHighlight(new ArticleId("a.md"), ArticleKey.of("第一篇", null, text),
                    Anchor.of(text, kept, kept + 4, null), HighlightColor.GREEN, "好句子");
            int gone = text.indexOf("被删掉的句子");
            store.addHighlight(new ArticleId("a.md"), ArticleKey.of("第一篇", null, text),
                    Anchor.of(text, gone, gone + 6, null), HighlightColor.PINK, "为什么删");
        }
        Files.writeString(library.resolve("a.md"), "---\ntitle: 第一篇\n---\n这是一段值得记住的话。\n\n完全不同的内容。\n");

        Path out = dir.resolve("export.md");
        AnnotationCommands commands = new AnnotationCommands(texts, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        assertThat(commands.export(library, file, "md", out)).isZero();
        String md = Files.readString(out);
        assertThat(md).contains("> 被删掉的句子\n>\n> (not found in the article now)\n", "为什么删");
        assertThat(md).contains("> 值得记住\n\n*").containsOnlyOnce("not found");
    }

    @Test
    void aDamagedFileIsListedAndExportedAsFarAsItReadsAndLeftWhereItIs() throws Exception {
        // the commands moved a file with one bad hand edit aside, and the window then started with no annotations
        Path library = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(library.resolve("a.md"), "---\ntitle: 第一篇\n---\n这是一段值得记住的话。\n");
        Path file = dir.resolve("annotations.yaml");
        ArticleTexts texts = new ArticleTexts(new ArticleReader(), new PageRenderer());
        String text = texts.of(library, new ArticleId("a.md"));
        try (AnnotationStore store = AnnotationStore.open(file, library, null, Clock.systemUTC())) {
            int at = text.indexOf("值得记住");
            store.addHighlight(new ArticleId("a.md"), ArticleKey.of("第一篇", null, text),
                    Anchor.of(text, at, at + 4, null), HighlightColor.GREEN, "好句子");
        }
        String damaged = Files.readString(file) + "\n- kind: highlight\n  note: \"unclosed\n";
        Files.writeString(file, damaged);

        AnnotationCommands commands = new AnnotationCommands(texts, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        for (int run = 0; run < 2; run++) {
            Path out = dir.resolve("export" + run + ".md");
            assertThat(commands.export(library, file, "md", out)).isZero();
            assertThat(Files.readString(out)).as("run " + run).contains("> 值得记住", "好句子");
        }
        assertThat(Files.readString(file)).as("the file as the user left it").isEqualTo(damaged);
        try (var names = Files.list(dir)) {
            assertThat(names.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".damaged-"));
        }
        try (AnnotationStore window = AnnotationStore.open(file, library, null, Clock.systemUTC())) {
            assertThat(window.annotations()).as("the window still finds it").hasSize(1);
        }
    }

    @Test
    void listAndExportFollowARenamedAndMovedArticleAsTheWindowDoes() throws Exception {
        Path library = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(library.resolve("old-name.md"), "---\ntitle: 搬家\n---\n这句话跟着文章走。\n");
        Files.writeString(library.resolve("other.md"), "---\ntitle: 别的\n---\n无关的内容。\n");
        Path file = dir.resolve("annotations.yaml");
        ArticleTexts texts = new ArticleTexts(new ArticleReader(), new PageRenderer());
        String text = texts.of(library, new ArticleId("old-name.md"));
        try (AnnotationStore store = AnnotationStore.open(file, library, null, Clock.systemUTC())) {
            int at = text.indexOf("跟着文章");
            store.addHighlight(new ArticleId("old-name.md"), ArticleKey.of("搬家", null, text),
                    Anchor.of(text, at, at + 4, null), HighlightColor.YELLOW, "搬走了");
        }
        Files.createDirectories(library.resolve("2026"));
        Files.move(library.resolve("old-name.md"), library.resolve("2026/new-name.md"));
        String before = Files.readString(file);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AnnotationCommands commands = new AnnotationCommands(texts, new MetadataCache(dir.resolve("cache")),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(commands.list(library, file)).isZero();
        String lines = bytes.toString(StandardCharsets.UTF_8);
        assertThat(lines).contains("anchored  \"跟着文章\"  2026/new-name.md").doesNotContain("orphaned", "old-name.md");

        Path json = dir.resolve("export.json");
        assertThat(commands.export(library, file, "json", json)).isZero();
        assertThat(Files.readString(json)).contains("2026/new-name.md", "搬走了").doesNotContain("\"old-name.md\"");
        assertThat(Files.readString(file)).as("the commands only read the annotation file").isEqualTo(before);
    }
}
