package dev.lectern.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.store.ReadingMemory;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's per-article vertical writing and the CJK–Latin spacing, through the view model. */
class VerticalWritingViewModelTest {

    @TempDir
    Path dir;

    private final SameThreadReader reader = new SameThreadReader();
    private final ReadingMemory memory = reader.memory;
    private final ReaderViewModel model = reader.model;

    private Article write(String name, String text) throws IOException {
        return SameThreadReader.write(dir, name, text);
    }

    private boolean pageHasClass(String cssClass) {
        return Jsoup.parse(reader.html()).select("html").hasClass(cssClass);
    }

    @Test
    void aChineseArticleIsSetVerticallyUntilToggledBackAndTheChoiceIsKeptPerArticle() throws IOException {
        Article chinese = write("中文.md", "# 荷塘\n\n曲曲折折的荷塘上面，弥望的是田田的叶子。\n");
        Article other = write("other.md", "# 荷塘二\n\n叶子出水很高，像亭亭的舞女的裙。\n");
        model.show(dir, chinese);
        assertThat(model.isVertical()).isFalse();
        assertThat(ReaderViewModel.canBeVertical(model.pageProperty().get())).as("the menu item and toolbar button are on")
                .isTrue();

        model.toggleVertical();
        assertThat(pageHasClass("vertical")).isTrue();
        assertThat(model.isVertical()).isTrue();
        model.show(dir, other);
        assertThat(pageHasClass("vertical")).as("another article keeps its own choice").isFalse();
        model.show(dir, chinese);
        assertThat(pageHasClass("vertical")).as("the choice is remembered").isTrue();
        assertThat(memory.vertical(chinese.id())).isTrue();

        model.toggleVertical();
        assertThat(pageHasClass("vertical")).isFalse();
    }

    @Test
    void anEnglishArticleCannotBeSetVertically() throws IOException {
        model.show(dir, write("en.md", "# Title\n\nAn English paragraph with enough words to be English.\n"));
        assertThat(ReaderViewModel.canBeVertical(model.pageProperty().get())).as("the menu item and toolbar button are off")
                .isFalse();
        model.toggleVertical();
        assertThat(model.isVertical()).isFalse();
        assertThat(pageHasClass("vertical")).isFalse();
        assertThat(memory.vertical(model.articleProperty().get().id())).isFalse();
    }

    @Test
    void latinSpacingRendersTheOpenPageAgain() throws IOException {
        model.show(dir, write("mixed.md", "# 混排\n\n用的是Java语言和JavaFX界面。\n"));
        assertThat(Jsoup.parse(reader.html()).select(".lt-sp")).isEmpty();
        model.latinSpacingProperty().set(true);
        assertThat(pageHasClass("autospace")).isTrue();
        assertThat(Jsoup.parse(reader.html()).select(".article-body .lt-sp")).hasSize(4);
    }
}
