package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Text read composed, as typed, with compatibility ideographs as written. */
class ComposedTextTest {

    @Test
    void composedTextIsTheSameStringAndLooseJamoBecomeSyllables() {
        String typed = "여행 がぎ café";
        assertThat(ComposedText.of(typed)).isSameAs(typed);
        assertThat(ComposedText.of(Normalizer.normalize(typed, Normalizer.Form.NFD))).isEqualTo(typed);
    }

    @Test
    void compatibilityIdeographsStayAsWrittenEvenBesideLooseJamo() {
        String jamo = Normalizer.normalize("낙원", Normalizer.Form.NFD);
        // 樂 U+F914 and 𪘀 U+2FA1D: NFC would replace both with their unified twins
        assertThat(ComposedText.of("\uF914園(" + jamo + ") \uD87E\uDE1D" + jamo))
                .isEqualTo("\uF914園(낙원) \uD87E\uDE1D낙원");
    }

    /** A hostile run of marks is left as written (ordering it took time growing with its square); text around it is composed. */
    @Test
    void aRunOfMarksNoScriptWritesIsLeftAsWrittenAndTheRestComposed() {
        StringBuilder marks = new StringBuilder("a");
        for (int i = 0; i < 40_000; i++) {
            marks.append(i % 2 == 0 ? '\u0301' : '\u0316');
        }
        String decomposed = Normalizer.normalize("café 여행 ", Normalizer.Form.NFD);
        assertThat(ComposedText.of(decomposed + marks + " " + decomposed))
                .isEqualTo("café 여행 " + marks + " café 여행 ");
    }
}
