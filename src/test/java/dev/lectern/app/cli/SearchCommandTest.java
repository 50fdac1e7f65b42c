package dev.lectern.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsRankedResultsWithSnippetsAndFollowsChangedFiles() throws Exception {
        Path library = Files.createDirectories(dir.resolve("blog"));
        Files.writeString(library.resolve("a.md"), "---\ntitle: 线程池入门\n---\n讲一讲线程池。\n");
        Files.writeString(library.resolve("b.md"), "---\ntitle: 其他\n---\n顺便提到线程池的配置。\n");
        Files.writeString(library.resolve("c.md"), "---\ntitle: 无关\n---\n没有这个词。\n");
        String first = run(library, "线程池", true);
        assertThat(first.lines()).hasSize(3);
        assertThat(first.lines().findFirst().orElseThrow()).contains("\"path\":\"a.md\"", "\"title\":\"线程池入门\"");
        assertThat(first.lines().reduce((a, b) -> b).orElseThrow()).isEqualTo("{\"total\":2,\"shown\":2}");

        Files.writeString(library.resolve("c.md"), "---\ntitle: 无关\n---\n现在也有线程池了。\n");
        Files.setLastModifiedTime(library.resolve("c.md"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        String again = run(library, "线程池", false);
        assertThat(again).contains("3 results for 线程池", "现在也有线程池了");
    }

    @Test
    void printsTheTotalAndAsManyResultsAsTheLimitAllows() throws Exception {
        Path library = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 60; i++) {
            Files.writeString(library.resolve("n" + i + ".md"), "# Note " + i + "\n\nnavigator.serviceWorker.register(" + i + ")\n");
        }
        Files.writeString(library.resolve("other.md"), "# Other\n\nnothing here\n");

        String defaults = run(library, "serviceworker", false, 50);
        assertThat(defaults).contains("50 of 60 results for serviceworker");
        assertThat(defaults.lines().filter(line -> line.matches(" ?\\d+\\. .*"))).hasSize(50);

        String few = run(library, "ServiceWorker", true, 3);
        assertThat(few.lines()).hasSize(4).last().isEqualTo("{\"total\":60,\"shown\":3}");

        String all = run(library, "serviceworker", false, 0);
        assertThat(all).contains("60 results for serviceworker").doesNotContain(" of ");
        assertThat(all.lines().filter(line -> line.matches(" ?\\d+\\. .*"))).hasSize(60);
    }

    @Test
    void searchesTheIndexOfAWindowThatHasTheLibraryOpen() throws Exception {
        Path library = Files.createDirectories(dir.resolve("open"));
        Files.writeString(library.resolve("a.md"), "---\ntitle: 线程池入门\n---\n讲一讲线程池。\n");
        assertThat(run(library, "线程池", false)).contains("1 result for 线程池");
        Path folder = dev.lectern.search.SearchIndex.folderFor(dir.resolve("cache"), library.toAbsolutePath().normalize());
        try (dev.lectern.search.SearchIndex window = dev.lectern.search.SearchIndex.open(folder,
                dev.lectern.search.SourceFiles.under(library, new dev.lectern.library.ArticleReader()))) {
            assertThat(window.isShared()).isFalse();

            assertThat(run(library, "线程池", false)).as("the window holds the writer").contains("1 result for 线程池");
        }
    }

    private String run(Path library, String query, boolean json) throws Exception {
        return run(library, query, json, 50);
    }

    private String run(Path library, String query, boolean json, int limit) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SearchCommand(dir.resolve("cache"), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(library, query, json, limit);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
