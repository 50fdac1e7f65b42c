package dev.lectern.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern bench} away from the checkout: no corpus beside it, so it makes one from the jar's texts. */
class BenchCommandTest {

    /** One fresh JVM per run checks the warm-start measure (the command's three cost a build six JVM starts). */
    private static final int FRESH_JVM_RUNS = 1;

    @TempDir
    Path dir;

    @Test
    void withoutACorpusItGeneratesOneSaysSoAndPrintsItsTable() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new BenchCommand(dir.resolve("no-corpus-here"), FRESH_JVM_RUNS).run(40, null, false,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(code).as(printed).isZero();
        assertThat(printed).contains("no corpus at " + dir.resolve("no-corpus-here") + ": generating 40 articles from the texts built into Lectern");
        assertThat(printed).contains("raw floor", "cold scan to the list, no cache: first in this JVM",
                "metadata cache saved, after the list is shown", "fresh JVM: JVM start to cached list",
                "search query: p95", "loaded 40 articles, 0 skipped");
    }

    @Test
    void jsonPrintsOnlyTheFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new BenchCommand(dir.resolve("no-corpus-here"), FRESH_JVM_RUNS).run(30, null, true,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8).strip();

        assertThat(code).as(printed).isZero();
        assertThat(printed).startsWith("{").endsWith("}").doesNotContain("raw floor");
        assertThat(printed.replace(" ", "")).contains("\"corpus\":\"built-in\"", "\"articles\":30", "\"loaded\":30",
                "\"rawFloorMs\":", "\"coldScanFirstToFloor\":", "\"cacheSaveMs\":", "\"warmStartFreshJvmListMs\":[", "\"searchQueryP95Ms\":");
    }

    @Test
    void aCorpusFolderThatIsNotThereIsAnError() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new BenchCommand(dir, FRESH_JVM_RUNS).run(10, dir.resolve("missing"), false, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("no corpus folder");
    }
}
