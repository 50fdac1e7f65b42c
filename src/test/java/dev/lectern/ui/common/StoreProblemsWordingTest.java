package dev.lectern.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Problem;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.PreferencesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store finds wrong with a damaged annotation or preferences file reads wholly in the interface language: the
 * store gives kinds and values, the bundles give every sentence around them.
 */
class StoreProblemsWordingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T07:00:00Z"), ZoneOffset.UTC);
    private static final Messages CHINESE = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static final Messages JAPANESE = Messages.forLocale(Locale.JAPANESE);
    private static final Messages KOREAN = Messages.forLocale(Locale.KOREAN);
    /** Latin words a Chinese text may keep: names, formats, and the keys of the files themselves. */
    private static final Pattern ALLOWED = Pattern.compile("Lectern|YAML|TOML|JSON|UTF|NUL|true|false|name|articles|colors"
            + "|tags|review|id|deleted|TextQuoteSelector");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    @TempDir
    Path dir;

    /** Writes the annotation file and opens it through the real store: the problem it reports first. */
    private Problem openDamaged(Path file, String yaml) throws IOException {
        Files.writeString(file, yaml);
        try (AnnotationStore store = AnnotationStore.open(file, dir, null, CLOCK)) {
            return store.problems().get(0);
        }
    }

    @Test
    void aDamagedAnnotationFileIsReportedInChineseWithTheFileValuesOnly() throws IOException {
        Path file = dir.resolve("annotations.yaml");
        // the count moved by hand above the entries marks no end: a count that does not match is reported
        Problem damaged = openDamaged(file, """
                schema: 3
                colors: [red]
                annotations: 9
                articles:
                - title: an entry without a path
                - path: a.md
                  highlights:
                  - id: 6f1c0c5e-4a43-4b8e-9a36-6d0c3a8f2b11
                    color: ultraviolet
                    anchor: {quote: some words, start: 0, end: 10}
                    created: 2024-05-01T10:00:00Z
                    updated: 2024-05-01T10:00:00Z
                """);

        String chinese = CHINESE.problem(damaged);

        assertThat(chinese).startsWith("批注文件 " + file + " 未能完整读取（由更新版本的 Lectern 写入（格式版本 3；")
                .contains("“colors”不是颜色名称的映射", "第 1 个文章条目没有路径", "另有 2 项", "恢复了 1 条批注");
        assertThat(englishWordsBesidesValues(chinese, damaged)).isEmpty();
        assertThat(JAPANESE.problem(damaged)).startsWith("注釈ファイル " + file + " を完全には読み込めませんでした"
                        + "（新しいバージョンの Lectern で書き込まれています（形式バージョン 3。")
                .contains("／「colors」が色の名前の対応表ではないため、スキップしました／1 番目の記事の項目にパスがないため",
                        "ほか 2 件）", "注釈 1 件を復元しました。");
        assertThat(englishWordsBesidesValues(JAPANESE.problem(damaged), damaged)).isEmpty();
        assertThat(ENGLISH.problem(damaged)).isEqualTo("The annotation file " + file + " could not be read completely"
                + " (it was written by a newer Lectern (schema 3; this one reads schema 2); its \"colors\" is not a set of"
                + " names and was skipped; article entry 1 has no path and was skipped; and 2 more). It was kept"
                + " unchanged as annotations.yaml.damaged-20261203-070000; 1 annotation was recovered from it.");
    }

    @Test
    void aHighlightKeptWithoutAFieldSaysWhichInChinese() throws IOException {
        Path file = dir.resolve("annotations.yaml");
        Problem damaged = openDamaged(file, """
                schema: 2
                articles:
                - path: a.md
                  highlights:
                  - id: 6f1c0c5e-4a43-4b8e-9a36-6d0c3a8f2b11
                    color: ultraviolet
                    anchor: {quote: some words, start: 0, end: 10}
                    created: 2024-05-01T10:00:00Z
                    updated: 2024-05-01T10:00:00Z
                annotations: 1
                """);

        String chinese = CHINESE.problem(damaged);

        assertThat(chinese).contains("（a.md 的第 1 条高亮已保留，但略去了一个字段：无法识别“color”的值“ultraviolet”）",
                "恢复了 1 条批注");
        assertThat(englishWordsBesidesValues(chinese, damaged)).isEmpty();
    }

    @Test
    void aDamagedPreferencesFileIsReportedInChineseWithTheFileValuesOnly() throws IOException {
        Path file = dir.resolve("preferences.yaml");
        Files.writeString(file, "- theme: purple\n- textSize: big\n");

        Problem damaged = new PreferencesFile(file, CLOCK).load().warning().orElseThrow();
        String chinese = CHINESE.problem(damaged);

        assertThat(chinese).startsWith("无法读取你的偏好设置文件（不是“键: 值”形式的行），Lectern 以默认设置启动。");
        assertThat(englishWordsBesidesValues(chinese, damaged)).isEmpty();

        Files.writeString(file, "theme: [dark\n");
        Problem notYaml = new PreferencesFile(file, CLOCK).load().warning().orElseThrow();
        assertThat(CHINESE.problem(notYaml)).contains("不是有效的 YAML（第 2 行：");
        assertThat(englishWordsBesidesValues(CHINESE.problem(notYaml), notYaml)).isEmpty();
    }

    @Test
    void everyKindHasATextInEveryBundleAndTheChineseJapaneseAndKoreanOnesHoldNoEnglishWords() {
        for (Problem.Kind kind : Problem.Kind.values()) {
            Problem problem = new Problem(kind, List.of("⟨0⟩", "⟨1⟩", "⟨2⟩", "⟨3⟩"));
            for (Locale language : Messages.LANGUAGES) {
                assertThat(Messages.forLocale(language).problem(problem)).as(kind + " in " + language)
                        .isNotBlank().doesNotContain("{");
            }
            assertThat(englishWordsBesidesValues(CHINESE.problem(problem), problem)).as(kind.name()).isEmpty();
            assertThat(englishWordsBesidesValues(JAPANESE.problem(problem), problem)).as(kind + " in Japanese").isEmpty();
            assertThat(englishWordsBesidesValues(KOREAN.problem(problem), problem)).as(kind + " in Korean").isEmpty();
        }
    }

    /** The Latin words of a worded problem once its values (and its details' values) are taken out, bar names and keys. */
    private static List<String> englishWordsBesidesValues(String worded, Problem problem) {
        List<String> values = new ArrayList<>();
        collectValues(problem, values);
        values.sort(Comparator.comparingInt(String::length).reversed());
        String rest = worded;
        for (String value : values) {
            rest = rest.replace(value, " ");
        }
        List<String> words = new ArrayList<>();
        LATIN_WORD.matcher(rest).results().map(r -> r.group()).filter(w -> !ALLOWED.matcher(w).matches())
                .forEach(words::add);
        return words;
    }

    private static void collectValues(Problem problem, List<String> into) {
        into.addAll(problem.values());
        problem.details().forEach(d -> collectValues(d, into));
    }
}
