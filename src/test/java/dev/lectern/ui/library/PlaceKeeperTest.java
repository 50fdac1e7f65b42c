package dev.lectern.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.lectern.model.ArticleId;
import dev.lectern.store.ReadingMemory;
import dev.lectern.store.ReadingStateFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The place in the open article reaches the disk a little after the reader stops scrolling, as a Lectern killed then
 * started again reads it (a new reading-state file loaded), on a clock the test moves.
 */
class PlaceKeeperTest {

    @TempDir
    Path dir;

    private final long[] now = {10_000};
    private final ArticleId article = new ArticleId("posts/long.md");
    private Path file;
    private Path library;
    private ReadingMemory memory;
    private PlaceKeeper places;

    @BeforeEach
    void open() {
        file = dir.resolve("reading-state.tsv");
        library = dir.resolve("blog");
        memory = new ReadingMemory(new ReadingStateFile(file));
        memory.setLibrary(library);
        memory.opened(article);
        places = new PlaceKeeper(memory, () -> now[0]);
    }

    /** What the progress tracker does twice a second: tell the place of the page on screen. */
    private void look(double place) {
        now[0] += 500;
        places.placeAt(article, place);
    }

    /** A start after a kill: what the next process reads from the disk. */
    private ReadingMemory restarted() {
        ReadingMemory next = new ReadingMemory(new ReadingStateFile(file));
        next.setLibrary(library);
        return next;
    }

    @Test
    void pagedDownToSeventyNinePercentThenKilledItReopensThere() {
        for (int page = 1; page <= 20; page++) { // Space every look, down to 79%
            look(page * 0.0395);
        }
        assertThat(Files.exists(file)).as("nothing is written while the page moves").isFalse();
        for (int i = 0; i < 5; i++) { // 2.5 s at rest
            look(0.79);
        }

        ReadingMemory next = restarted();
        assertThat(next.position(article)).isCloseTo(0.79, within(0.0001));
        assertThat(next.lastOpenedIn(library)).as("the article the start reopens").isEqualTo(article);
    }

    @Test
    void readOnFromFortyToSeventyFivePercentTheNewPlaceIsKeptOnce() throws Exception {
        memory.setPosition(article, 0.40);
        memory.save();
        for (double place = 0.40; place < 0.75; place += 0.05) {
            look(place);
        }
        look(0.75);
        look(0.75);
        look(0.75);
        look(0.75);
        assertThat(restarted().position(article)).as("under two seconds at rest: not yet").isCloseTo(0.40, within(0.0001));
        look(0.75);
        assertThat(restarted().position(article)).isCloseTo(0.75, within(0.0001));

        Files.delete(file);
        for (int i = 0; i < 20; i++) {
            look(0.75);
        }
        assertThat(Files.exists(file)).as("a place at rest is written once, not at each look").isFalse();
    }

    @Test
    void aPlaceAtRestDoesNotPutItselfOverAnotherWindowsNewerOne() throws Exception {
        for (int i = 0; i < 6; i++) {
            look(0.5);
        }
        ReadingStateFile other = new ReadingStateFile(file); // a second window, reading on in the same article
        java.util.Map<String, ReadingStateFile.Entry> entries = new java.util.HashMap<>(other.load());
        String key = library.resolve(article.path()).toAbsolutePath().normalize().toString();
        entries.put(key, entries.get(key).withPosition(0.9));
        other.save(entries);

        for (int i = 0; i < 10; i++) {
            look(0.5);
        }
        assertThat(restarted().position(article)).as("the other window's newer place").isCloseTo(0.9, within(0.0001));

        for (int i = 0; i < 6; i++) {
            look(0.6);
        }
        assertThat(restarted().position(article)).as("this window read on since").isCloseTo(0.6, within(0.0001));
    }
}
