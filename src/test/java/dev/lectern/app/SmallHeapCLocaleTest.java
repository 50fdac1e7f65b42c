package dev.lectern.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile files of the issue (generated here) scanned and rendered in a child JVM with a 1 GB heap in the C
 * locale (LANG=LC_ALL=C, so the JVM's default charset is ASCII): every file is listed and rendered, nothing escapes.
 */
class SmallHeapCLocaleTest {

    @TempDir
    Path dir;

    @Test
    void hostileFilesAreScannedAndRenderedOnA1GbHeapInTheCLocale() throws Exception {
        StringBuilder nested = new StringBuilder("# Nested\n\n");
        for (int i = 0; i < 1_000; i++) {
            nested.append("  ".repeat(i)).append("- level\n");
        }
        Map<String, String> files = Map.of(
                "quote-marks.md", "> ".repeat(20_000) + "deep quote\n",
                "unclosed-fence.md", "---\ntitle: x\n" + "- item\n".repeat(4_000) + "text\n",
                "nested-list.md", nested.toString(),
                "emphasis-run.md", "*a ".repeat(50_000) + "\n",
                "aliases.md", "---\ntitle: ok\nbig: &a " + "v".repeat(10_000) + "\nmany: [\n"
                        + ("  " + "*a, ".repeat(100) + "\n").repeat(80) + "  *a]\n---\nbody\n",
                "chinese.md", "---\ntitle: 中文标题\n---\n滚滚长江东逝水。\n",
                "huge.md", "---\ntitle: Huge\n---\n" + "浪花淘尽英雄。是非成败转头空。\n".repeat(1_000_000));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-Xss512k", "-cp", System.getProperty("java.class.path"),
                HostileFilesProbe.class.getName(), dir.toString()).redirectErrorStream(true);
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        System.out.println(output.lines().filter(l -> l.startsWith("ok ") || l.startsWith("done ")).toList());
        assertThat(child.exitValue()).as(output).isZero();
        List<String> listed = output.lines().filter(l -> l.startsWith("ok ")).map(l -> l.split(" ")[1]).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(files.keySet());
        assertThat(output).contains("heap max").contains("locale");
        assertThat(dir.resolve("probe-finished.txt")).exists();
    }
}
