package dev.lectern.store;

import static dev.lectern.store.Fixtures.anchor;
import static dev.lectern.store.Fixtures.id;
import static dev.lectern.store.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.HighlightColor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library opened once with --annotations FILE finds its highlights in FILE when it is reopened without it. */
class AnnotationFileChoicesTest {

    @TempDir
    Path dir;

    private AnnotationFileChoices choices() {
        return new AnnotationFileChoices(new AnnotationLocations(Map.of("XDG_DATA_HOME", dir.resolve("data").toString()),
                Map.of("os.name", "Linux", "user.home", dir.toString())));
    }

    @Test
    void aLibraryReopenedWithoutItsAnnotationsOptionUsesTheFileItWasOpenedWith() throws Exception {
        Path library = Files.createDirectories(dir.resolve("conf"));
        Path inside = library.resolve("lectern-annotations.yaml");
        try (AnnotationStore store = AnnotationStore.open(inside, library, null, Clock.systemUTC())) {
            store.addHighlight(id("a.md"), key("A"), anchor("kept under git", 0), HighlightColor.PINK, "with a note");
        }
        choices().remember(library, inside);

        Path reopened = choices().fileFor(library.resolve(".")); // Open Recent, a plain `lectern`: no option given

        assertThat(reopened).isEqualTo(inside);
        AnnotationStore store = AnnotationStore.read(reopened, library, Clock.systemUTC());
        assertThat(store.annotations()).hasSize(1);
    }

    @Test
    void otherLibrariesAndAChosenFileSinceGoneUseTheDefaultFile() throws Exception {
        Path library = Files.createDirectories(dir.resolve("conf"));
        Path other = Files.createDirectories(dir.resolve("blog"));
        Path chosen = Files.writeString(dir.resolve("elsewhere.yaml"), "");
        AnnotationFileChoices choices = choices();
        choices.remember(library, chosen);
        AnnotationLocations locations = new AnnotationLocations(Map.of("XDG_DATA_HOME", dir.resolve("data").toString()),
                Map.of("os.name", "Linux", "user.home", dir.toString()));

        assertThat(choices.fileFor(other)).isEqualTo(locations.fileFor(other));
        Files.delete(chosen);
        assertThat(choices.fileFor(library)).isEqualTo(locations.fileFor(library));
    }

    @Test
    void theLatestChoiceForALibraryWins() throws Exception {
        Path library = Files.createDirectories(dir.resolve("conf"));
        Path first = Files.writeString(dir.resolve("first.yaml"), "");
        Path second = Files.writeString(dir.resolve("second.yaml"), "");
        choices().remember(library, first);
        choices().remember(library, second);

        assertThat(choices().fileFor(library)).isEqualTo(second);
        assertThat(Files.readAllLines(dir.resolve("data/lectern/annotation-files.tsv"))).hasSize(1);
    }
}
