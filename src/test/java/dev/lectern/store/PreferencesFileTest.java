package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T05:51:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private PreferencesFile file() {
        return new PreferencesFile(dir.resolve("config/preferences.yaml"), CLOCK);
    }

    private static Preferences everythingChanged() {
        return new Preferences(new WindowBounds(-1920, 24.5, 1280, 800), true, List.of(0.2, 0.55), "sepia", 130, true,
                Path.of("/home/ann/我的 博客"), "posts/2020 第一场/夜.md", 0.4321,
                List.of(Path.of("/home/ann/我的 博客"), Path.of("/media/usb/Notes & Drafts")), "zh-CN", false, false, true,
                "taiwan", true, "beyond-joyo", true, true, true, true, "backlinks", List.of("language:日本語", "tag:lang/java", "untagged"),
                "oldest", "unread");
    }

    @Test
    void everyPreferenceSurvivesARoundTrip() throws Exception {
        Preferences saved = everythingChanged();
        file().save(saved);

        PreferencesFile.Loaded loaded = file().load();

        assertThat(loaded.preferences()).isEqualTo(saved);
        assertThat(loaded.warning()).isEmpty();
        assertThat(Files.readString(file().file())).contains("theme: sepia", "lastArticle: posts/2020 第一场/夜.md",
                "- /media/usb/Notes & Drafts");
    }

    @Test
    void theDefaultsAlsoSurviveARoundTrip() throws Exception {
        file().save(Preferences.defaults());
        assertThat(file().load().preferences()).isEqualTo(Preferences.defaults());
    }

    @Test
    void noFileMeansTheDefaultsAndNoWarning() {
        PreferencesFile.Loaded loaded = file().load();
        assertThat(loaded.preferences()).isEqualTo(Preferences.defaults());
        assertThat(loaded.warning()).isEmpty();
    }

    @Test
    void aFileFarLargerThanPreferencesCanBeIsNotReadNorOverwritten() throws Exception {
        Files.createDirectories(file().file().getParent());
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(file().file().toFile(), "rw")) {
            huge.setLength(3L * 1024 * 1024);
        }
        PreferencesFile preferences = file();

        PreferencesFile.Loaded loaded = preferences.load();

        assertThat(loaded.preferences()).isEqualTo(Preferences.defaults());
        assertThat(loaded.warning()).get().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.PREFERENCES_UNREADABLE);
            assertThat(p.toString()).contains("3.0 MB", "more than the 1.0 MB");
        });
        preferences.save(Preferences.defaults().withTheme("dark"));
        assertThat(Files.size(file().file())).as("left as it is").isEqualTo(3L * 1024 * 1024);
    }

    @Test
    void aDamagedFileIsIgnoredWithAWarningAndKeptAside() throws Exception {
        String damaged = "theme: dark\nwindow: {x: 1, y: [\ntextSize: 120\n";
        Files.createDirectories(file().file().getParent());
        Files.writeString(file().file(), damaged);

        PreferencesFile.Loaded loaded = file().load();

        assertThat(loaded.preferences()).isEqualTo(Preferences.defaults());
        assertThat(loaded.warning()).get().satisfies(p -> {
            assertThat(p.kind()).as("could not be read, kept aside").isEqualTo(Problem.Kind.PREFERENCES_DAMAGED);
            assertThat(p.value(1)).contains("preferences.yaml.damaged-20261122-055105");
        });
        Path aside = file().file().resolveSibling("preferences.yaml.damaged-20261122-055105");
        assertThat(aside).content().isEqualTo(damaged);
        file().save(Preferences.defaults().withTheme("dark"));
        assertThat(aside).as("the next save leaves the user's hand edit alone").content().isEqualTo(damaged);
    }

    @Test
    void aFileThatIsNotAMappingOrNotUtf8IsDamagedToo() throws Exception {
        Files.createDirectories(file().file().getParent());
        Files.writeString(file().file(), "- just\n- a list\n");
        assertThat(file().load().warning()).isPresent();
        Files.write(file().file(), "theme: \u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(file().load().warning()).get().extracting(Problem::details).asList()
                .containsExactly(Problem.of(Problem.Kind.NOT_UTF8));
        try (Stream<Path> files = Files.list(file().file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(2).allMatch(n -> n.contains(".damaged-"));
        }
    }

    @Test
    void aBadValueFallsBackToItsDefaultQuietlyAndTheRestIsKept() throws Exception {
        // the README: a value Lectern cannot read falls back to its default; before, the whole file was kept aside and
        // a warning dialog stood over the window for a typo in one value
        Files.createDirectories(file().file().getParent());
        Files.writeString(file().file(), "theme: purple\ntextSize: huge\ntagMode: any\nlanguage: ja\n"
                + "window: {x: 10, y: 20, width: 900, height: oops, maximized: true}\nrecentLibraries: [/a, 3]\n");

        PreferencesFile.Loaded loaded = file().load();

        Preferences p = loaded.preferences();
        assertThat(p.theme()).isEqualTo("light");
        assertThat(p.textSize()).isEqualTo(100);
        assertThat(p.tagsAnyOf()).isTrue();
        assertThat(p.language()).isEqualTo("ja");
        assertThat(p.maximized()).isTrue();
        assertThat(p.window().isSet()).as("a window without a height is not placed").isFalse();
        assertThat(p.recentLibraries()).isEmpty();
        assertThat(loaded.warning()).as("no dialog for a value replaced by its default").isEmpty();
        assertThat(loaded.replaced()).as("noted for the log").extracting(Problem::kind)
                .containsOnly(Problem.Kind.PREFERENCE_NOT_UNDERSTOOD);
        assertThat(loaded.replaced()).extracting(d -> d.value(0))
                .containsExactlyInAnyOrder("theme", "textSize", "window.height", "recentLibraries");
        try (Stream<Path> files = Files.list(file().file().getParent())) {
            assertThat(files).as("no .damaged copy of a file that is YAML").containsExactly(file().file());
        }
    }

    @Test
    void aHugeOrMalformedListOfChecksIsCutOrSetAside() throws Exception {
        Files.createDirectories(file().file().getParent());
        StringBuilder many = new StringBuilder("theme: dark\nchecked:\n");
        for (int i = 0; i < 5_000; i++) {
            many.append("- tag:t").append(i).append('\n');
        }
        many.append("- tag:").append("x".repeat(20_000)).append('\n');
        Files.writeString(file().file(), many);
        PreferencesFile.Loaded loaded = file().load();
        assertThat(loaded.preferences().checkedTags()).hasSize(Preferences.MAX_CHECKED).startsWith("tag:t0")
                .allMatch(check -> check.length() <= Preferences.MAX_CHECKED_LENGTH);
        assertThat(loaded.preferences().theme()).isEqualTo("dark");

        Files.writeString(file().file(), "theme: dark\nchecked: [1, {a: b}]\n");
        PreferencesFile.Loaded odd = file().load();
        assertThat(odd.preferences().checkedTags()).isEmpty();
        assertThat(odd.preferences().theme()).as("the rest is kept").isEqualTo("dark");
        assertThat(odd.warning()).isEmpty();
        assertThat(odd.replaced()).extracting(d -> d.value(0)).containsExactly("checked");
    }

    @Test
    void unknownKeysAreIgnored() throws Exception {
        Files.createDirectories(file().file().getParent());
        Files.writeString(file().file(), "fromTheFuture: {a: 1}\ntheme: dark\n");
        PreferencesFile.Loaded loaded = file().load();
        assertThat(loaded.preferences().theme()).isEqualTo("dark");
        assertThat(loaded.warning()).isEmpty();
    }

    @Test
    void aReaderNeverSeesAHalfWrittenFile() throws Exception {
        PreferencesFile file = file();
        Preferences a = everythingChanged();
        Preferences b = Preferences.defaults().withTheme("dark").withLibraryOpened(Path.of("/x".repeat(2000)));
        file.save(a);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> seen = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            PreferencesFormat format = new PreferencesFormat();
            while (!done.get() && seen.get() == null) {
                try {
                    PreferencesFormat.Read read = format.read(Files.readString(file.file()));
                    if (!read.problems().isEmpty() || !read.replaced().isEmpty() || !(read.preferences().equals(a) || read.preferences().equals(b))) {
                        seen.set(Files.readString(file.file()));
                    }
                } catch (java.io.IOException e) {
                    seen.set("unreadable: " + e);
                }
            }
        });
        reader.start();
        for (int i = 0; i < 200; i++) {
            file.save(i % 2 == 0 ? b : a);
        }
        done.set(true);
        reader.join();

        assertThat(seen.get()).as("a partial or mixed file was seen").isNull();
        try (Stream<Path> files = Files.list(file.file().getParent())) {
            assertThat(files).as("no temporary file is left behind").containsExactly(file.file());
        }
    }
}
