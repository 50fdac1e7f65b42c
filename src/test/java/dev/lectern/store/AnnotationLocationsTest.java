package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnotationLocationsTest {

    private static final Path LIBRARY = Path.of("/home/ann/My Notes");

    private static Path fileFor(Map<String, String> env, String os) {
        return new AnnotationLocations(env, Map.of("os.name", os, "user.home", "/home/ann")).fileFor(LIBRARY);
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(fileFor(Map.of("XDG_DATA_HOME", "/data/ann"), "Linux").getParent()).isEqualTo(Path.of("/data/ann/lectern"));
        assertThat(fileFor(Map.of(), "Linux").getParent()).isEqualTo(Path.of("/home/ann/.local/share/lectern"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(fileFor(Map.of(), "Mac OS X").getParent())
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Lectern"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(fileFor(Map.of("APPDATA", "/roaming"), "Windows 11").getParent()).isEqualTo(Path.of("/roaming/Lectern"));
    }

    @Test
    void theNameHoldsAHashOfThePathAndTheFolderName() {
        String name = fileFor(Map.of(), "Linux").getFileName().toString();
        Path other = new AnnotationLocations(Map.of(), Map.of("os.name", "Linux", "user.home", "/home/ann"))
                .fileFor(Path.of("/media/usb/My Notes"));

        assertThat(name).matches("annotations-[0-9a-f]{8}-My_Notes\\.yaml");
        assertThat(other.getFileName().toString()).isNotEqualTo(name).endsWith("-My_Notes.yaml");
    }
}
