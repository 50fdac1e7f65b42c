package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.render.Furigana;
import dev.lectern.render.Script;
import dev.lectern.store.ReadingMemory;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The script chosen per article (over a default) and the furigana switch, as the reader's model renders them. */
class ScriptChoiceViewModelTest {

    @TempDir
    Path dir;

    private final SameThreadReader reader = new SameThreadReader();
    private final ReadingMemory memory = reader.memory;
    private final ReaderViewModel model = reader.model;

    private Article write(String name, String text) throws IOException {
        return SameThreadReader.write(dir, name, text);
    }

    private String html() {
        return reader.html();
    }

    @Test
    void aScriptChosenForOneArticleStaysWithItAndTheDefaultServesTheOthers() throws IOException {
        Article first = write("a.md", "# 一\n\n线程池的内存很大。\n");
        Article second = write("b.md", "# 二\n\n线程池的内存很小。\n");
        model.show(dir, first);
        assertThat(html()).contains("线程池的内存很大");

        model.setScript(Script.TAIWAN);
        assertThat(html()).contains("執行緒").contains("記憶體");
        assertThat(model.scriptProperty().get()).isEqualTo(Script.TAIWAN);
        assertThat(memory.script(first.id())).isEqualTo("taiwan");

        model.show(dir, second);
        assertThat(model.scriptProperty().get()).isEqualTo(Script.AS_WRITTEN);
        model.defaultScriptProperty().set(Script.TRADITIONAL);
        assertThat(html()).as("the open article follows the new default at once").contains("線程池的內存很小");

        model.show(dir, first);
        assertThat(html()).as("the article's own choice wins over the default").contains("執行緒");
    }

    @Test
    void furiganaFollowsTheSwitchAndTheLevel() throws IOException {
        model.show(dir, write("j.md", "# 日記\n\n日本語を読む。薔薇が咲いた。\n"));
        assertThat(html()).doesNotContain("lt-furi");
        model.furiganaProperty().set(true);
        assertThat(html()).contains("<rt>にほんご</rt>").contains("<rt>ばら</rt>");
        model.furiganaLevelProperty().set(Furigana.BEYOND_JOYO);
        assertThat(html()).doesNotContain("<rt>にほんご</rt>").contains("<rt>ばら</rt>");
        model.furiganaProperty().set(false);
        assertThat(html()).doesNotContain("lt-furi");
    }
}
