package dev.lectern.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a highlighted passage reads when the interface quotes it. */
class QuotedTest {

    @Test
    void japanesePassagesTakeCornerBracketsOthersCurlyQuotes() {
        assertThat(Quoted.quote("この提案は、オリジンの試用期間中も", 80)).isEqualTo("「この提案は、オリジンの試用期間中も」");
        assertThat(Quoted.quote("线程池的大小", 80)).isEqualTo("“线程池的大小”");
        assertThat(Quoted.quote("Service workers run off the main thread", 80))
                .isEqualTo("“Service workers run off the main thread”");
    }

    @Test
    void aHeadKeepsTheLineBreaksAndCutsOnAWholeCharacter() {
        assertThat(Quoted.head("one\n\ntwo", 20)).isEqualTo("one\n\ntwo");
        assertThat(Quoted.head("one\n\ntwo", 6)).isEqualTo("one\n\nt…");
        assertThat(Quoted.head("𠀋𠀋𠀋", 2)).isEqualTo("𠀋𠀋…");
        assertThat(Quoted.head("", 2)).isEmpty();
    }

    @Test
    void aLongPassageIsOneLineCutOnAWholeCharacter() {
        assertThat(Quoted.quote("  two\n\tlines  ", 80)).isEqualTo("“two lines”");
        assertThat(Quoted.shorten("abcdef", 3)).isEqualTo("abc…");
        assertThat(Quoted.shorten("ab cdef", 3)).as("no space before the ellipsis").isEqualTo("ab…");
        assertThat(Quoted.shorten("ab😀😀", 3)).as("an emoji is not cut in half").isEqualTo("ab😀…");
        assertThat(Quoted.shorten("𠀀𠀁𠀂", 3)).isEqualTo("𠀀𠀁𠀂");
        assertThat(Quoted.quote("a whole article highlighted ".repeat(200_000), 80)).as("a 5.6 MB highlight")
                .hasSize(83).endsWith("…”");
    }
}
