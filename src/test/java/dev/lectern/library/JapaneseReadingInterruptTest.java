package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * A thread interrupted while Kuromoji's dictionaries first load (a cancelled scan, a closed window) leaves them
 * usable: they failed to load then, for the rest of the process, and Japanese tags lost their order and pages their
 * furigana (three test classes failed after one interrupted sort). Loaded in a class loader of its own, so that the
 * dictionaries are loaded here for the first time whatever ran before in this JVM.
 */
class JapaneseReadingInterruptTest {

    @Test
    void aThreadInterruptedAsTheDictionariesFirstLoadStillGetsReadings() throws Exception {
        URL[] classes = {location(org.apache.lucene.analysis.ja.JapaneseTokenizer.class),
                location(org.apache.lucene.analysis.Analyzer.class),
                location(org.apache.lucene.analysis.cjk.CJKBigramFilter.class),
                location(JapaneseReading.class)};
        try (URLClassLoader fresh = new URLClassLoader(classes, ClassLoader.getPlatformClassLoader())) {
            Method of = fresh.loadClass(JapaneseReading.class.getName()).getDeclaredMethod("of", String.class);
            of.setAccessible(true);
            Object read;
            boolean stillInterrupted;
            Thread.currentThread().interrupt();
            try {
                read = of.invoke(null, "読書ノート");
            } finally {
                stillInterrupted = Thread.interrupted();
            }
            assertThat(read).isEqualTo("どくしょのーと");
            assertThat(stillInterrupted).as("the interrupt is kept for the caller").isTrue();
            Method again = fresh.loadClass(JapaneseReading.class.getName()).getDeclaredMethod("of", String.class);
            again.setAccessible(true);
            assertThat(again.invoke(null, "日本語")).as("and after it").isEqualTo("にほんご");
        }
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
