package dev.lectern.store;

import static dev.lectern.store.Fixtures.LIBRARY;
import static dev.lectern.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review on one machine and a note edited on another, before the two files meet: the merge keeps both, whichever way
 * it goes. The review used to date the whole highlight, and the newer highlight won whole: the old note came back.
 */
class ReviewMergeTest {

    @TempDir
    Path dir;

    @Test
    void aNoteEditedOnOneCopyAndAReviewOnTheOtherBothStayWhicheverWayTheyMerge() throws Exception {
        Highlight h = Fixtures.highlight("a.md", "the passage", 1);
        AnnotationStore laptop = store("laptop.yaml", 200, h);
        AnnotationStore desktop = store("desktop.yaml", 100, h);
        desktop.editHighlight(h.id(), HighlightColor.YELLOW, "edited on the desktop");
        Highlight reviewed = laptop.review(h.id(), new ReviewSchedule(at(200)).known(h));

        AnnotationSet intoLaptop = laptop.snapshot();
        intoLaptop.mergeFrom(desktop.snapshot());
        AnnotationSet intoDesktop = desktop.snapshot();
        intoDesktop.mergeFrom(laptop.snapshot());

        assertThat(reviewed.updated()).isEqualTo(h.updated());
        for (AnnotationSet merged : List.of(intoLaptop, intoDesktop)) {
            Highlight both = (Highlight) merged.get(h.id()).orElseThrow();
            assertThat(both.note()).isEqualTo("edited on the desktop");
            assertThat(both.review()).isEqualTo(reviewed.review());
            assertThat(both.review().reviews()).isEqualTo(1);
        }
        assertThat(intoLaptop.all()).isEqualTo(intoDesktop.all());
    }

    @Test
    void aReviewTimeThatIsNoTimeLeavesTheHighlightAndItsNote() throws Exception {
        Highlight h = Fixtures.highlight("a.md", "the passage", 1);
        AnnotationStore laptop = store("laptop.yaml", 200, h);
        laptop.editHighlight(h.id(), HighlightColor.GREEN, "my note");
        laptop.review(h.id(), new ReviewSchedule(at(200)).again(h));
        laptop.save();
        Path file = dir.resolve("laptop.yaml");
        String text = java.nio.file.Files.readString(file);
        assertThat(text).contains("reviewed:");
        java.nio.file.Files.writeString(file, text.replaceFirst("reviewed: .*", "reviewed: last tuesday"));

        AnnotationStore again = AnnotationStore.open(file, LIBRARY, null, at(300));

        assertThat(again.problems()).as("a hand edit of an optional time is no damage").isEmpty();
        Highlight kept = (Highlight) again.find(h.id()).orElseThrow();
        assertThat(kept.note()).isEqualTo("my note");
        assertThat(kept.review().reviewed()).isNull();
    }

    @Test
    void theTimeOfAReviewIsKeptInTheFile() throws Exception {
        Highlight h = Fixtures.highlight("a.md", "the passage", 1);
        AnnotationStore laptop = store("laptop.yaml", 200, h);
        Highlight reviewed = laptop.review(h.id(), new ReviewSchedule(at(200)).again(h));
        laptop.save();

        AnnotationStore again = AnnotationStore.open(dir.resolve("laptop.yaml"), LIBRARY, null, at(300));

        assertThat(again.find(h.id())).contains(reviewed);
        assertThat(reviewed.review().reviewed()).isEqualTo(T0.plusSeconds(200));
    }

    private AnnotationStore store(String name, int second, Highlight h) throws Exception {
        AnnotationStore store = AnnotationStore.open(dir.resolve(name), LIBRARY, null, at(second));
        store.importAll(List.of(h));
        return store;
    }

    private static Clock at(int second) {
        return Clock.fixed(T0.plusSeconds(second), ZoneOffset.UTC);
    }
}
