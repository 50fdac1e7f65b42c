package dev.lectern.library;

import static dev.lectern.library.EnglishWarnings.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.Await;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written to hurt a parser (generated here, never committed): each is listed with a title (and a warning where
 * something was refused), the scan goes on, and no file makes Lectern read more than its head for metadata.
 */
class HostileFilesTest {

    @TempDir
    Path dir;

    static Map<String, String> hostileFiles() {
        String bigValue = "v".repeat(10_000);
        return Map.ofEntries(
                Map.entry("quote-marks.md", "> ".repeat(20_000) + "deep quote\n\nbody\n"),
                Map.entry("unclosed-fence.md", "---\n" + "- item\n".repeat(4_000) + "text\n"),
                Map.entry("nested-list.md", nestedList(3_000)),
                Map.entry("emphasis-run.md", "*a ".repeat(50_000) + "\n"),
                Map.entry("hashes.md", "# ".repeat(50_000) + "x\n"),
                Map.entry("brackets.md", "[".repeat(50_000) + "](" .repeat(20_000) + "\n"),
                Map.entry("scalar-aliases.md", "---\ntitle: ok\nbig: &a " + bigValue + "\nmany: ["
                        + ("  " + "*a, ".repeat(100) + "\n").repeat(80) + "  *a]\n---\nbody\n"),
                Map.entry("nested-aliases.md", "---\ntitle: laughs\n" + laughs() + "---\nbody\n"),
                Map.entry("long-quoted.md", "---\ntitle: \"" + "q".repeat(200_000) + "\"\n---\nbody\n"),
                Map.entry("long-escaped.md", "---\ntitle: \"" + "q".repeat(200_000) + "\\x41\"\n---\nbody\n"),
                Map.entry("reference-links.md", referenceLinks(50_000)),
                Map.entry("deep-json.md", "{\n\"title\": \"deep\",\n\"x\": " + "[".repeat(50_000) + "\n}\nbody\n"),
                Map.entry("broken-json.md", "{\n\"title\": " + " ".repeat(15_000) + "\"x\" \"y\",\n"
                        + ("\"" + " ".repeat(100) + "\": 1,\n").repeat(400) + "}\nbody\n"),
                Map.entry("plain.md", "---\ntitle: Plain\n---\nstill here\n"));
    }

    static String nestedList(int depth) {
        StringBuilder text = new StringBuilder("# Nested\n\n");
        for (int i = 0; i < depth; i++) {
            text.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        return text.toString();
    }

    static String laughs() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append('a').append(i).append(": &a").append(i).append(" [");
            yaml.append(("*a" + (i - 1) + ", ").repeat(8)).append("*a").append(i - 1).append("]\n");
        }
        return yaml.toString();
    }

    static String referenceLinks(int count) {
        StringBuilder text = new StringBuilder("# Links\n\n");
        for (int i = 0; i < count; i++) {
            text.append('[').append("l").append(i).append("][r").append(i).append("] ");
        }
        text.append("\n\n");
        for (int i = 0; i < count; i++) {
            text.append("[r").append(i).append("]: /x").append(i).append('\n');
        }
        return text.toString();
    }

    @Test
    void everyHostileFileIsListedWithATitleAndTheScanGoesOn() throws IOException {
        for (Map.Entry<String, String> file : hostileFiles().entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        Map<String, Article> listed = new ConcurrentHashMap<>();
        ScanListener listener = new ScanListener() {
            @Override
            public void loaded(Article article) {
                listed.put(article.id().path(), article);
            }
        };
        List<Article> articles = new LibraryScanner(new ArticleReader(), 2).scan(dir, listener, () -> false).articles();

        Map<String, Article> byPath = articles.stream().collect(Collectors.toMap(a -> a.id().path(), Function.identity()));
        assertThat(byPath).containsOnlyKeys(hostileFiles().keySet());
        assertThat(listed).containsOnlyKeys(hostileFiles().keySet());
        byPath.values().forEach(a -> assertThat(a.title()).as(a.id().path()).isNotBlank());
        byPath.values().forEach(a -> assertThat(english(a)).as(a.id().path()).noneMatch(w -> w.contains("could not be read")));
        assertThat(byPath.get("quote-marks.md").title()).as("a title needs no more than a line's first 1000 characters")
                .isEqualTo("body");
        assertThat(byPath.get("plain.md").title()).isEqualTo("Plain");
        assertThat(byPath.get("nested-list.md").title()).isEqualTo("Nested");
        assertThat(byPath.get("deep-json.md").title()).as("Jackson's depth limit, then its key lines").isEqualTo("deep");
        assertThat(english(byPath.get("broken-json.md"))).anyMatch(w -> w.contains("not valid JSON"));
        assertThat(english(byPath.get("scalar-aliases.md"))).anyMatch(w -> w.contains("aliases"));
        assertThat(english(byPath.get("nested-aliases.md"))).anyMatch(w -> w.contains("aliases"));
        assertThat(byPath.get("long-quoted.md").title()).startsWith("qqq").hasSizeLessThanOrEqualTo(TitleFinder.MAX_WRITTEN);
        assertThat(english(byPath.get("long-escaped.md"))).anyMatch(w -> w.contains("longer than"));
    }

    @Test
    void onlyTheHeadOfAHugeArticleIsReadForItsMetadata() throws IOException {
        Path huge = dir.resolve("huge.md");
        Files.writeString(huge, "---\ntitle: Huge\n---\n" + "滚滚长江东逝水。\n".repeat(1_000_000)); // about 22 MB
        Article article = new ArticleReader().read(dir, huge);
        assertThat(article.title()).isEqualTo("Huge");
        assertThat(article.size()).isEqualTo(Files.size(huge));

        // bytes past the head are never looked at: a NUL far down no longer makes the file "binary"
        Path tail = dir.resolve("tail.md");
        byte[] text = ("# Tail\n" + "line\n".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1);
        Files.write(tail, bytes);
        assertThat(new ArticleReader().read(dir, tail).title()).isEqualTo("Tail");

        ArticleReader.Body body = new ArticleReader().readBody(dir, new ArticleId("huge.md"), ArticleReader.BODY_BYTES);
        assertThat(body.cut()).isTrue();
        assertThat(body.fileSize()).isEqualTo(Files.size(huge));
        assertThat(body.text().length()).isLessThanOrEqualTo(ArticleReader.BODY_BYTES);
        assertThat(body.text()).endsWith("滚滚长江东逝水。\n");
    }

    @Test
    void aHugeArticleOfOneLongLineShowsItsFirstMegabytesNotJustItsHeading() throws IOException {
        int cap = ArticleReader.BODY_BYTES;
        Map<String, String> files = Map.of(
                "words.md", "# One paragraph\n\n" + "lorem ipsum, dolor sit amet ".repeat(cap / 20),
                "hanzi.md", "# 一段\n\n" + "滚滚长江东逝水浪花淘尽英雄".repeat(cap / 30));
        for (var file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
            ArticleReader.Body body = new ArticleReader().readBody(dir, new ArticleId(file.getKey()), cap);
            assertThat(body.cut()).as(file.getKey()).isTrue();
            assertThat(body.bytesRead()).as(file.getKey()).isGreaterThan(cap - HeadBytes.LOOK_BACK).isLessThanOrEqualTo(cap);
            assertThat(file.getValue()).as(file.getKey()).startsWith(body.text()); // whole characters only
        }
    }

    @Test
    void aReaderErrorOnOneFileDoesNotStopTheWatcher() throws Exception {
        Map<String, Article> seen = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean exploded = new java.util.concurrent.atomic.AtomicBoolean();
        ArticleReader bomb = new ArticleReader() {
            @Override
            public Article read(Path root, Path file) throws IOException {
                if (file.getFileName().toString().startsWith("bomb")) {
                    exploded.set(true);
                    throw new StackOverflowError("planted");
                }
                return super.read(root, file);
            }
        };
        try (LibraryWatcher watcher = new LibraryWatcher(bomb, changes -> {
            changes.addedOrChanged().forEach(a -> seen.put(a.id().path(), a));
        }, Duration.ofMillis(50))) {
            watcher.start(dir, List.of());
            Files.writeString(dir.resolve("bomb.md"), "# boom\n");
            Await.until(exploded::get, Duration.ofSeconds(10));
            Files.writeString(dir.resolve("after.md"), "# After\n");
            Await.until(() -> seen.containsKey("after.md"), Duration.ofSeconds(10));
        }
        assertThat(exploded).isTrue();
        assertThat(seen).containsKey("after.md");
    }
}
