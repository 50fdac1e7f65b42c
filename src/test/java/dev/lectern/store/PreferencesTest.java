package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.render.Theme;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    @Test
    void aNewUserGetsTheDefaults() {
        Preferences d = Preferences.defaults();
        assertThat(d.window().isSet()).isFalse();
        assertThat(d.theme()).isEqualTo("light");
        assertThat(d.textSize()).isEqualTo(100);
        assertThat(d.tagsAnyOf()).isFalse();
        assertThat(d.language()).isEqualTo("system");
        assertThat(d.tagPanelShown()).isTrue();
        assertThat(d.outlineShown()).isFalse();
        assertThat(d.lastLibrary()).isNull();
        assertThat(d.recentLibraries()).isEmpty();
    }

    @Test
    void openingALibraryPutsItFirstInTheRecentListWithoutDuplicates() {
        Preferences p = Preferences.defaults()
                .withLibraryOpened(Path.of("/blog"))
                .withLibraryOpened(Path.of("/notes"))
                .withLibraryOpened(Path.of("/blog/./posts/.."));
        assertThat(p.recentLibraries()).containsExactly(Path.of("/blog"), Path.of("/notes"));
        assertThat(p.lastLibrary()).isEqualTo(Path.of("/blog"));
        assertThat(p.withoutRecentLibrary(Path.of("/notes")).recentLibraries()).containsExactly(Path.of("/blog"));
    }

    @Test
    void theRecentListKeepsTheTenMostRecent() {
        Preferences p = Preferences.defaults();
        for (int i = 1; i <= 12; i++) {
            p = p.withRecentLibrary(Path.of("/library-" + i));
        }
        assertThat(p.recentLibraries()).hasSize(Preferences.MAX_RECENT)
                .startsWith(Path.of("/library-12"), Path.of("/library-11")).endsWith(Path.of("/library-3"));
        assertThat(p.withRecentLibrary(Path.of("/library-5")).recentLibraries()).hasSize(10)
                .startsWith(Path.of("/library-5"), Path.of("/library-12"));
    }

    @Test
    void theLastArticleIsForgottenWhenAnotherLibraryOpens() {
        Preferences p = Preferences.defaults().withLibraryOpened(Path.of("/blog")).withLastArticle("a/b.md", 0.5);
        assertThat(p.withLibraryOpened(Path.of("/blog")).lastArticle()).isEqualTo("a/b.md");
        assertThat(p.withLibraryOpened(Path.of("/blog")).lastPosition()).isEqualTo(0.5);
        assertThat(p.withLibraryOpened(Path.of("/notes")).lastArticle()).isNull();
    }

    @Test
    void valuesOutOfRangeAreTidied() {
        Preferences p = Preferences.defaults().withTextSize(500).withTheme("Purple").withLanguage("!!")
                .withDividers(Arrays.asList(-1.0, null, Double.NaN, 0.4, 2.0)).withLastArticle("x.md", 7);
        assertThat(p.textSize()).isEqualTo(Preferences.MAX_TEXT_SIZE);
        assertThat(p.withTextSize(10).textSize()).isEqualTo(Preferences.MIN_TEXT_SIZE);
        assertThat(p.theme()).isEqualTo("light");
        assertThat(p.withTheme("DARK").theme()).isEqualTo("dark");
        assertThat(p.language()).isEqualTo("system");
        assertThat(p.withLanguage("zh-CN").language()).isEqualTo("zh-CN");
        assertThat(p.dividers()).containsExactly(0.0, 0.4, 1.0);
        assertThat(p.lastPosition()).isEqualTo(1.0);
        assertThat(p.withWindow(new WindowBounds(0, 0, -5, 10), false).window()).isEqualTo(WindowBounds.UNSET);
    }

    @Test
    void everyReaderThemeIsAPreferenceTheme() {
        List<String> names = Arrays.stream(Theme.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
        assertThat(Preferences.THEMES).containsExactlyElementsOf(names);
    }
}
