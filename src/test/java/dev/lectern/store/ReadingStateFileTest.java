package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingStateFileTest {

    @TempDir
    Path dir;

    @Test
    void positionsAndChoicesSurviveARoundTrip() throws Exception {
        ReadingStateFile file = new ReadingStateFile(dir.resolve("sub/reading-state.tsv"));
        file.save(Map.of("/blog/笔记.md", new ReadingStateFile.Entry(0.4321, Boolean.TRUE, true),
                "/blog/a.md", new ReadingStateFile.Entry(1, null, false)));
        Map<String, ReadingStateFile.Entry> loaded = file.load();
        assertThat(loaded.get("/blog/笔记.md")).isEqualTo(new ReadingStateFile.Entry(0.4321, Boolean.TRUE, true));
        assertThat(loaded.get("/blog/a.md")).isEqualTo(new ReadingStateFile.Entry(1, null, false));
        assertThat(Files.readAllLines(dir.resolve("sub/reading-state.tsv")).get(1)).startsWith("/blog/a.md\t1.0000\tauto\tno");
    }

    @Test
    void aMissingOrMangledFileIsReadAsFarAsItGoes() throws Exception {
        assertThat(new ReadingStateFile(dir.resolve("none.tsv")).load()).isEmpty();
        Path mangled = Files.writeString(dir.resolve("bad.tsv"), "garbage\n/x.md\tnot-a-number\toff\tno\n/y.md\t0.5\toff\tno\n");
        assertThat(new ReadingStateFile(mangled).load()).containsOnlyKeys("/y.md");
    }
}
