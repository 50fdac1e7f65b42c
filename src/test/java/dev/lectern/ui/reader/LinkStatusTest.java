package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A long address in the link line keeps its start (the host) and its end (the page), as a browser's does. */
class LinkStatusTest {

    @Test
    void aLongAddressKeepsItsHostAndItsPage() {
        String url = "Opens in your browser: https://example.com/" + "a".repeat(300) + "/the-page/";
        String shown = LinkStatus.shortened(url);

        assertThat(shown).startsWith("Opens in your browser: https://example.com/").endsWith("/the-page/").contains("...");
        assertThat(shown.length()).isLessThanOrEqualTo(LinkStatus.MOST + 1);
        assertThat(LinkStatus.shortened("Shows the articles tagged java")).isEqualTo("Shows the articles tagged java");
    }

    @Test
    void noCharacterIsCutInHalf() {
        String shown = LinkStatus.shortened("x" + "😀".repeat(200) + "y");

        assertThat(shown).matches("x(😀)+\\.\\.\\.(😀)+y");
    }
}
