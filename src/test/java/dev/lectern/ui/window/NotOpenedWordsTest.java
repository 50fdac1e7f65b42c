package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.ui.common.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * "Nothing to open it with" says plainly what happened: on a desktop whose xdg-open is there but has nothing for a web
 * address it said there was "no opener such as xdg-open", which the reader could see was wrong.
 */
class NotOpenedWordsTest {

    @Test
    void itDoesNotClaimThereIsNoOpenerInAnyLanguage() {
        for (Locale language : Messages.LANGUAGES) {
            String words = Messages.forLocale(language).text("desktop.notOpened");
            assertThat(words).as(language.toString()).doesNotContain("xdg-open").contains("{0}");
        }
    }
}
