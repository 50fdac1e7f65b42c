package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.YAMLException;

class PlainBlockYamlTest {

    private static final String[] NAMES = {"blog", "线程池 notes", "2020-01-05-reinvent-nights.md", "2020-01-05", "yes",
        "C# tips", "a: b", "it's", "x #y", "0x1F", "1_000", "-draft", ".hidden", "~home", "null", "Ünïcode", "tab\there",
        "ends with space ", "12:30", "1e3", "on", "[brackets]", "日本語のメモ.md", "\"quoted\"", "back\\slash", "%percent"};

    @Test
    void whatLecternWritesIsReadWithoutSnakeYamlAsSnakeYamlReadsIt() {
        Preferences typical = Preferences.defaults().withWindow(new WindowBounds(-8, 24.5, 1440, 900), false)
                .withDividers(List.of(0.18, 0.42)).withTextSize(110).withLibraryOpened(Path.of("/home/ann/blog"))
                .withLastArticle("2020-01-05-reinvent-nights.md", 0.35).withRecentLibrary(Path.of("/home/ann/笔记"));
        String text = new PreferencesFormat().dump(typical);

        Map<String, Object> fast = PlainBlockYaml.read(text);

        assertThat(fast).as(text).isNotNull().isEqualTo(YamlSetup.loader().load(text));
        assertThat(fast.get("lastArticle")).isEqualTo("2020-01-05-reinvent-nights.md");
        assertThat(fast.get("window")).isEqualTo(Map.of("x", -8.0, "y", 24.5, "width", 1440.0, "height", 900.0,
                "maximized", false));
    }

    @Test
    void anyPreferencesLecternWritesReadTheSameBothWays() {
        Random random = new Random(42);
        int fastRead = 0;
        for (int i = 0; i < 3_000; i++) {
            Preferences p = Preferences.defaults()
                    .withWindow(new WindowBounds(random.nextInt(4000) - 2000 + random.nextDouble(), random.nextDouble() * 1e-4,
                            random.nextInt(3000), random.nextInt(3000) + 0.5), random.nextBoolean())
                    .withTextSize(50 + random.nextInt(200)).withTagsAnyOf(random.nextBoolean())
                    .withLibraryOpened(Path.of("/home", pick(random), pick(random)))
                    .withLastArticle(pick(random), random.nextDouble())
                    .withRecentLibrary(Path.of("/srv", pick(random)))
                    .withDividers(List.of(random.nextDouble(), random.nextDouble()));
            String text = new PreferencesFormat().dump(p);
            Map<String, Object> fast = PlainBlockYaml.read(text);
            if (fast != null) {
                fastRead++;
                assertThat(fast).as(text).isEqualTo(YamlSetup.loader().load(text));
            }
        }
        assertThat(fastRead).as("most files Lectern writes take the fast path").isGreaterThan(1_000);
    }

    @Test
    void anEditedFileIsEitherReadAsSnakeYamlReadsItOrLeftToSnakeYaml() {
        String base = new PreferencesFormat().dump(Preferences.defaults().withWindow(new WindowBounds(10, 20, 800, 600), true)
                .withDividers(List.of(0.25)).withLibraryOpened(Path.of("/home/ann/blog"))
                .withLastArticle("posts/2019/go.md", 0.5).withRecentLibrary(Path.of("/home/ann/old")));
        String alphabet = " \t\n\r:-#'\"[]{},&*!|>%@`~=<.+0123456789aeEnoxyTFN_\\\u00e9\u7ebf\u0085\u2028\ufeff";
        Random random = new Random(7);
        int compared = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder(base);
            for (int edit = random.nextInt(3) + 1; edit > 0; edit--) {
                int at = random.nextInt(text.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> text.deleteCharAt(Math.min(at, text.length() - 1));
                    default -> text.setCharAt(Math.min(at, text.length() - 1), c);
                }
            }
            Map<String, Object> fast = PlainBlockYaml.read(text.toString());
            if (fast == null) {
                continue;
            }
            Object slow;
            try {
                slow = YamlSetup.loader().load(text.toString());
            } catch (YAMLException e) {
                throw new AssertionError("read by the fast path but refused by SnakeYAML:\n" + text, e);
            }
            assertThat(fast).as(text.toString()).isEqualTo(slow);
            compared++;
        }
        assertThat(compared).as("edits the fast path still reads").isGreaterThan(3_000);
    }

    @Test
    void whatItDoesNotReadExactlyIsLeftToSnakeYaml() {
        for (String text : List.of("theme: [light]\n", "window: {}\n", "lastArticle: ~\n", "lastLibrary:\ntheme: dark\n",
                "theme: \"da\\x72k\"\n", "theme: &a dark\n", "---\ntheme: dark\n", "theme: dark # night\n",
                "theme: dark\n  night\n", "textSize: 0x10\n", "textSize: 1_000\n", "lastArticle: 2020-01-05\n",
                "theme: dark\ntheme: light\n", "\ufefftheme: dark\n", "theme: dark\r\n", "theme:  dark\n", "", "# only\n")) {
            assertThat(PlainBlockYaml.read(text)).as(text).isNull();
        }
    }

    private static String pick(Random random) {
        return NAMES[random.nextInt(NAMES.length)];
    }
}
