package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WindowClassTest {

    @Test
    void theWindowsClassIsTheOneTheDesktopEntryNames() throws Exception {
        // the running window's WM_CLASS was "java", "java": docks showed a second, generic icon beside Lectern's
        // launcher. (That the window takes the class is seen with xprop only: under TestFX the toolkit is started by
        // Application.launch, which has already named the glass application after TestFX's class.)
        String entry = Files.readString(Path.of("src/packaging/deb/Lectern.desktop"));
        assertThat(entry).contains("\nStartupWMClass=" + WindowClass.NAME + "\n").contains("\nIcon=lectern\n");
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).as("the packaged app and mvn javafx:run let WindowClass reach the glass application")
                .contains("<arg value=\"--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED\"/>")
                .contains("<option>--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED</option>");
    }
}
