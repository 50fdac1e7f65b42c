package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short run of {@link TwoWriterCrashStress} (the full goal, 500 kills, runs as a stress class). */
class TwoWriterCrashTest {

    @TempDir
    Path dir;

    @Test
    void killingOneOfTwoWritersMidSaveLosesNoAcknowledgedAnnotation() throws Exception {
        List<String> progress = new ArrayList<>();
        TwoWriterCrashStress.Result result = TwoWriterCrashStress.run(dir, 30, 7, 10, progress::add);
        System.out.println("Two-writer crash test: " + result);
        assertThat(result.failure()).isNull();
        assertThat(result.kills()).isEqualTo(30);
        assertThat(result.acknowledged()).as("saves acknowledged between kills").isGreaterThan(30);
        assertThat(progress).hasSize(3);
        assertThat(progress.get(2)).startsWith("30 kills, ").contains("lost 0, file loadable");
    }
}
