package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesSaverTest {

    @TempDir
    Path dir;

    private final ManualScheduler scheduler = new ManualScheduler();

    private PreferencesFile file() {
        return new PreferencesFile(dir.resolve("preferences.yaml"), Clock.systemUTC());
    }

    @Test
    void manyQuickChangesAreWrittenOnceASecondAfterTheLast() {
        PreferencesSaver saver = new PreferencesSaver(file(), Preferences.defaults(), scheduler);
        for (int size = 110; size <= 200; size += 10) {
            saver.change(p -> p.withTextSize(p.textSize() + 10));
            scheduler.advance(Duration.ofMillis(300));
        }
        assertThat(file().file()).as("nothing written while changes keep coming").doesNotExist();

        scheduler.advance(Duration.ofMillis(700));

        assertThat(scheduler.ran).isEqualTo(1);
        assertThat(file().load().preferences().textSize()).isEqualTo(200);
    }

    @Test
    void flushWritesAPendingChangeAtOnceAndOnlyOnce() throws Exception {
        PreferencesSaver saver = new PreferencesSaver(file(), Preferences.defaults(), scheduler);
        saver.update(saver.current().withTheme("dark"));

        saver.flush();

        assertThat(file().load().preferences().theme()).isEqualTo("dark");
        assertThat(scheduler.pending()).as("the delayed save is cancelled").isZero();
        Files.delete(file().file());
        saver.flush();
        assertThat(file().file()).as("nothing left to write").doesNotExist();
    }

    @Test
    void anUnchangedValueSchedulesNothing() {
        PreferencesSaver saver = new PreferencesSaver(file(), Preferences.defaults(), scheduler);
        saver.update(Preferences.defaults());
        saver.change(p -> p.withTheme("light"));
        assertThat(scheduler.pending()).isZero();
    }
}
