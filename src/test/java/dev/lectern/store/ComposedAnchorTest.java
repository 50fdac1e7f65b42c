package dev.lectern.store;

import static dev.lectern.store.Fixtures.LIBRARY;
import static dev.lectern.store.Fixtures.anchor;
import static dev.lectern.store.Fixtures.id;
import static dev.lectern.store.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A highlight made on a file saved decomposed (Hangul as loose jamo, from macOS) quotes its words composed once read,
 * as the article's text now is: it quoted words no page held any more and was shown as not found.
 */
class ComposedAnchorTest {

    @TempDir
    Path dir;

    @Test
    void aDecomposedQuoteIsReadComposed() throws IOException {
        Path file = dir.resolve("annotations.yaml");
        String composed = "부산 돼지국밥";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        try (AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, new TickingClock())) {
            store.addHighlight(id("a.md"), key("A"), anchor(decomposed, 0), HighlightColor.YELLOW, "");
        }
        assertThat(Files.readString(file)).contains(decomposed);

        try (AnnotationStore store = AnnotationStore.open(file, LIBRARY, null, new TickingClock())) {
            Highlight read = store.highlights(id("a.md")).get(0);
            assertThat(read.anchor().quote()).isEqualTo(composed);
        }
    }
}
