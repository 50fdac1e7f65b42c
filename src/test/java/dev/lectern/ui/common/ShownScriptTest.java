package dev.lectern.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.render.Script;
import org.junit.jupiter.api.Test;

/** The list shows Chinese titles in the pages' default script, and nobody else's words. */
class ShownScriptTest {

    private final ShownScript shown = new ShownScript(Runnable::run, s -> java.util.concurrent.CompletableFuture.completedFuture(null));

    @Test
    void aChineseTitleIsShownInTheDefaultScriptAndAsWrittenOnceThatIsChosenAgain() {
        assertThat(shown.of("线程池的用法", null)).isEqualTo("线程池的用法");
        shown.scriptProperty().set(Script.TAIWAN);
        assertThat(shown.of("线程池的用法", null)).isEqualTo("執行緒池的用法");
        assertThat(shown.of("软件", "zh-CN")).isEqualTo("軟體");
        shown.scriptProperty().set(Script.SIMPLIFIED);
        assertThat(shown.of("我們處理請求", "zh-TW")).isEqualTo("我们处理请求");
        shown.scriptProperty().set(Script.AS_WRITTEN);
        assertThat(shown.of("軟體開發", null)).isEqualTo("軟體開發");
    }

    @Test
    void japaneseKoreanAndLatinTitlesAreLeftAsWritten() {
        shown.scriptProperty().set(Script.TRADITIONAL);
        assertThat(shown.of("機械学習の入門", null)).as("kana: Japanese").isEqualTo("機械学習の入門");
        assertThat(shown.of("機械学習入門", "ja")).as("a Japanese article's kanji").isEqualTo("機械学習入門");
        assertThat(shown.of("大韓民國 역사", null)).as("Hangul: Korean").isEqualTo("大韓民國 역사");
        assertThat(shown.of("Thread pools", null)).isEqualTo("Thread pools");
        assertThat(shown.of(null, null)).isNull();
    }

    @Test
    void theWordsAroundASnippetsMarksAreConvertedWhenTheWholeSnippetIsChinese() {
        shown.scriptProperty().set(Script.TAIWAN);
        assertThat(shown.partsOf("我们用线程池", null).apply("线程池")).isEqualTo("執行緒池");
        assertThat(shown.partsOf("スレッドの线程池", null).apply("线程池")).as("a Japanese snippet's kanji").isEqualTo("线程池");
    }

    /** A script's dictionaries take most of a second to load the first time: never on the window's thread. */
    @Test
    void untilItsDictionariesAreLoadedOffTheWindowsThreadTheTextIsShownAsWritten() {
        java.util.concurrent.CompletableFuture<Void> loaded = new java.util.concurrent.CompletableFuture<>();
        java.util.List<Runnable> fx = new java.util.ArrayList<>();
        ShownScript later = new ShownScript(fx::add, chosen -> loaded);
        later.scriptProperty().set(Script.TAIWAN);
        int before = later.revisionProperty().get();
        assertThat(later.of("线程池的用法", null)).isEqualTo("线程池的用法");

        loaded.complete(null);
        fx.forEach(Runnable::run);
        assertThat(later.revisionProperty().get()).as("the lists show their rows again").isGreaterThan(before);
        assertThat(later.of("线程池的用法", null)).isEqualTo("執行緒池的用法");
    }

    @Test
    void aTextPastTheLimitIsShownAsWritten() {
        shown.scriptProperty().set(Script.TAIWAN);
        String longText = "软件".repeat(Script.MAX_CONVERTED);
        assertThat(shown.of(longText, null)).isEqualTo(longText);
    }
}
