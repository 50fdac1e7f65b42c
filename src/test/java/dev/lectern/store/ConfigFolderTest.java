package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigFolderTest {

    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxUsesXdgConfigHomeOrDotConfig() {
        assertThat(ConfigFolder.resolve("Linux", Map.of("XDG_CONFIG_HOME", "/cfg"), HOME)).isEqualTo(Path.of("/cfg/lectern"));
        assertThat(ConfigFolder.resolve("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/ann/.config/lectern"));
        assertThat(ConfigFolder.resolve("FreeBSD", Map.of("XDG_CONFIG_HOME", "relative"), HOME))
                .as("a relative XDG path is ignored, as the spec says").isEqualTo(Path.of("/home/ann/.config/lectern"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(ConfigFolder.resolve("Mac OS X", Map.of(), HOME))
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Lectern"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(ConfigFolder.resolve("Windows 11", Map.of("APPDATA", "/roaming"), HOME)).isEqualTo(Path.of("/roaming/Lectern"));
        assertThat(ConfigFolder.resolve("Windows 10", Map.of(), HOME)).isEqualTo(Path.of("/home/ann/AppData/Roaming/Lectern"));
    }
}
