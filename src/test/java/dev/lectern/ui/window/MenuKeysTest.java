package dev.lectern.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MenuKeysTest {

    @Test
    void theFirstLetterOfTheKeyIsMarkedWhereverItIs() {
        assertThat(MenuKeys.marked("File", 'F')).isEqualTo("_File");
        assertThat(MenuKeys.marked("View", 'v')).isEqualTo("_View");
        assertThat(MenuKeys.marked("Tools", 'O')).isEqualTo("T_ools");
    }

    @Test
    void aNameWithoutTheLetterGetsItAfterTheName() {
        assertThat(MenuKeys.marked("文件", 'F')).isEqualTo("文件(_F)");
        assertThat(MenuKeys.marked("批注", 'a')).isEqualTo("批注(_A)");
        // Japanese apps write them the same way: ファイル(F), 表示(V)
        assertThat(MenuKeys.marked("ファイル", 'F')).isEqualTo("ファイル(_F)");
        assertThat(MenuKeys.marked("表示", 'V')).isEqualTo("表示(_V)");
    }

    @Test
    void anUnderscoreInTheNameIsShownAsOne() {
        assertThat(MenuKeys.marked("my_notes", 'N')).isEqualTo("my___notes");
        assertThat(MenuKeys.shown(MenuKeys.menu("my_notes", 'N'))).isEqualTo("my_notes");
        assertThat(MenuKeys.shown(MenuKeys.menu("文件", 'F'))).isEqualTo("文件(F)");
        assertThat(MenuKeys.shown(MenuKeys.menu("a_b", 'C'))).isEqualTo("a_b(C)");
        assertThat(MenuKeys.shown(MenuKeys.menu("批_注", 'A'))).isEqualTo("批_注(A)");
    }
}
