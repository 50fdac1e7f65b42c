package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Anchor;
import org.junit.jupiter.api.Test;

/** A new bookmark's label: heading and passage, or the heading alone when the passage is the heading. */
class BookmarkLabelTest {

    @Test
    void aSelectedHeadingIsItsLabelOnceNotTwice() {
        assertThat(AnnotationLayer.bookmarkLabel(new Anchor("任务列表\n", "", "", 10, 15, "任务列表"))).isEqualTo("任务列表");
    }

    @Test
    void aPassageUnderAHeadingIsLabelledWithBoth() {
        assertThat(AnnotationLayer.bookmarkLabel(new Anchor("做完的事打勾", "", "", 20, 26, "任务列表")))
                .isEqualTo("任务列表 — 做完的事打勾");
        assertThat(AnnotationLayer.bookmarkLabel(new Anchor("no heading above", "", "", 0, 16, null)))
                .isEqualTo("no heading above");
    }
}
