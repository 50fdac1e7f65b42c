package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Emoji in titles, tags and notes draw in the interface: JavaFX 21 cannot draw the colour emoji fonts Linux has, and
 * Lectern's own emoji font is a fallback only if loaded before any text is laid out, so this runs in a fresh JVM
 * started as Lectern starts.
 */
class EmojiInInterfaceTest {

    @org.junit.jupiter.api.io.TempDir
    Path cache;

    @Test
    void aRocketInATitleLeavesInkNotAGap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), EmojiGlyphProbe.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("XDG_CACHE_HOME", cache.toString()); // Lectern keeps its copy of the font there
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String ink = output.lines().filter(line -> line.startsWith("ink ")).findFirst().orElse("ink -1");
        assertThat(Integer.parseInt(ink.substring(4))).as(output).isGreaterThan(100);
        assertThat(cache.resolve("lectern/fonts/" + dev.lectern.render.EmojiFont.FILE_NAME)).as("loaded from a file, "
                + "not from inside the jar, which JavaFX copies to a temporary file at every start").isRegularFile();
    }
}
