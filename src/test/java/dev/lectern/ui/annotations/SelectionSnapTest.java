package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelectionSnapTest {

    private static String snapped(String text, String selected) {
        int start = text.indexOf(selected);
        int[] r = SelectionSnap.snap(text, start, start + selected.length());
        return r == null ? null : text.substring(r[0], r[1]);
    }

    @Test
    void whiteSpaceAtTheEndsIsDropped() {
        assertThat(snapped("前文  要点 后文", "  要点 ")).isEqualTo("要点");
    }

    @Test
    void aStrayHalfOfAPairIsDropped() {
        assertThat(snapped("他说“你好”。然后", "。然")).isEqualTo("。然");
        assertThat(snapped("他说“你好”然后", "”然后")).isEqualTo("然后");
        assertThat(snapped("前文「引用」后文", "前文「")).isEqualTo("前文");
    }

    @Test
    void aPairIsCompletedWhenItsOtherHalfIsJustOutside() {
        assertThat(snapped("他说“你好”。", "“你好")).isEqualTo("“你好”");
        assertThat(snapped("见《三体》一书", "三体》")).isEqualTo("《三体》");
    }

    @Test
    void punctuationAloneIsNothing() {
        assertThat(snapped("甲，“乙", "“")).isNull();
    }
}
