package dev.lectern.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @Test
    void noArgumentsOpensTheDefaultLibrary() {
        CommandLine line = CommandLine.parse();
        assertThat(line.command()).isEqualTo(CommandLine.Command.OPEN);
        assertThat(line.path()).isNull();
    }

    @Test
    void aFolderOpensThatLibrary(@TempDir Path dir) {
        assertThat(CommandLine.parse(dir.toString()).path()).isEqualTo(dir);
    }

    @Test
    void anArticleOpensItsLibrary(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("post.md"), "# Post\n");
        assertThat(CommandLine.parse(article.toString()).command()).isEqualTo(CommandLine.Command.OPEN);
        assertThat(CommandLine.parse("--annotations", "a.yaml", dir.toString()).annotations()).isEqualTo(Path.of("a.yaml"));
    }

    @Test
    void aWordThatIsNoFolderNorCommandOpensNoWindow(@TempDir Path dir) throws Exception {
        // lectern bogus opened the window on "No such folder: …/bogus" and made an annotation file for it
        assertThatThrownBy(() -> CommandLine.parse("bogus")).isInstanceOf(CommandLine.NoSuchPlace.class)
                .hasMessage("no such folder or command: bogus");
        assertThatThrownBy(() -> CommandLine.parse(dir.resolve("gone").toString()))
                .isInstanceOf(CommandLine.NoSuchPlace.class).hasMessageEndingWith("gone: no such file or folder");
        assertThatThrownBy(() -> CommandLine.parse("--exit-after-first-render", "bogus"))
                .isInstanceOf(CommandLine.NoSuchPlace.class);
        Path text = Files.writeString(dir.resolve("notes.txt"), "text");
        assertThatThrownBy(() -> CommandLine.parse(text.toString())).isInstanceOf(CommandLine.NoSuchPlace.class)
                .hasMessageContaining("not a folder or a Markdown article");
    }

    @Test
    void aPathThatIsNotThereIsOneLineWithoutTheUsage(@TempDir Path dir) throws Exception {
        // lectern content/nope.md said "no such folder or command: content/nope.md" and printed 33 lines of usage
        assertThatThrownBy(() -> CommandLine.parse("content/nope.md")).isInstanceOf(CommandLine.NoSuchPlace.class)
                .hasMessage("content/nope.md: no such file or folder")
                .satisfies(e -> assertThat(CommandLine.usageFollows((IllegalArgumentException) e)).isFalse());
        assertThatThrownBy(() -> CommandLine.parse("nope.md")).hasMessage("nope.md: no such file or folder");
        Path text = Files.writeString(dir.resolve("notes.txt"), "text");
        assertThatThrownBy(() -> CommandLine.parse(text.toString()))
                .satisfies(e -> assertThat(CommandLine.usageFollows((IllegalArgumentException) e)).isFalse());
        // a bare word may be a mistyped command: the usage still follows, as for any mistake in the words
        assertThatThrownBy(() -> CommandLine.parse("bogus"))
                .satisfies(e -> assertThat(CommandLine.usageFollows((IllegalArgumentException) e)).isTrue());
        assertThat(CommandLine.usageFollows(new IllegalArgumentException("scan needs a folder"))).isTrue();
    }

    @Test
    void scanTakesAFolderAndJson() {
        CommandLine line = CommandLine.parse("scan", "posts", "--json");
        assertThat(line.command()).isEqualTo(CommandLine.Command.SCAN);
        assertThat(line.path()).isEqualTo(Path.of("posts"));
        assertThat(line.json()).isTrue();
    }

    @Test
    void searchTakesALimitZeroForAll() {
        assertThat(CommandLine.parse("search", "blog", "worker").limit()).isEqualTo(CommandLine.SEARCH_LIMIT);
        CommandLine line = CommandLine.parse("search", "blog", "worker", "--limit", "0", "--json");
        assertThat(line.query()).isEqualTo("worker");
        assertThat(line.limit()).isZero();
        assertThat(CommandLine.parse("search", "blog", "--limit", "1,000", "worker").limit()).isEqualTo(1000);
        assertThatThrownBy(() -> CommandLine.parse("search", "blog", "q", "--limit", "-1")).hasMessageContaining("--limit");
        assertThatThrownBy(() -> CommandLine.parse("search", "blog", "q", "--limit", "all")).hasMessageContaining("whole number");
    }

    @Test
    void renderTakesAFileAndALibrary() {
        CommandLine line = CommandLine.parse("render", "a.md", "--library", "lib");
        assertThat(line.command()).isEqualTo(CommandLine.Command.RENDER);
        assertThat(line.library()).isEqualTo(Path.of("lib"));
    }

    @Test
    void searchTakesAFolderAndAQuery() {
        CommandLine line = CommandLine.parse("search", "blog", "线程池 tag:java", "--json");
        assertThat(line.command()).isEqualTo(CommandLine.Command.SEARCH);
        assertThat(line.path()).isEqualTo(Path.of("blog"));
        assertThat(line.query()).isEqualTo("线程池 tag:java");
        assertThat(line.json()).isTrue();
        assertThatThrownBy(() -> CommandLine.parse("search", "blog")).hasMessageContaining("search needs a folder and a query");
    }

    @Test
    void benchAndStartUpOptions() {
        assertThat(CommandLine.parse("bench", "--articles", "100,000").articles()).isEqualTo(100_000);
        assertThat(CommandLine.parse("bench", "--json").json()).isTrue();
        assertThat(CommandLine.parse("bench").json()).isFalse();
        assertThat(CommandLine.parse("--exit-after-first-render", "content").exitAfterFirstRender()).isTrue();
        assertThatThrownBy(() -> CommandLine.parse("bench", "--articles", "lots")).hasMessageContaining("whole number");
    }

    @Test
    void helpAndTheReadmeShowTheSameCommands() throws Exception {
        // the README had lectern [DIR] [--annotations FILE] and --out FILE|DIR where --help had lectern [DIR] and
        // --out FILE, and --help listed bench and --exit-after-first-render under Options:
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```\n", readme.indexOf("## Command line")) + 4;
        String block = readme.substring(start, readme.indexOf("```\n", start));
        String help = CommandLine.USAGE.substring("Usage:\n".length()).replaceAll("(?m)^  ", "");

        assertThat(help).isEqualTo(block);
        assertThat(help.substring(help.indexOf("Options:"))).doesNotContain("lectern ");
        assertThat(help).contains("lectern [DIR | ARTICLE] [--annotations FILE]", "[--out FILE|DIR]");
    }

    @Test
    void singleDashWordsAreOptionsAndMisspelledOptionsGetAGuess() {
        // lectern -v said "no such folder or command: -v" (exit 1); --verison had no "did you mean" as serach has
        assertThat(CommandLine.parse("-v").command()).isEqualTo(CommandLine.Command.VERSION);
        assertThatThrownBy(() -> CommandLine.parse("-x")).isNotInstanceOf(CommandLine.NoSuchPlace.class)
                .hasMessage("unknown option -x");
        assertThatThrownBy(() -> CommandLine.parse("scan", "content", "-j")).hasMessage("unknown option -j");
        assertThatThrownBy(() -> CommandLine.parse("--verison")).hasMessage("unknown option --verison (did you mean --version?)");
        assertThatThrownBy(() -> CommandLine.parse("scan", "content", "-json"))
                .hasMessage("unknown option -json (did you mean --json?)");
        assertThatThrownBy(() -> CommandLine.parse("export", "--libary", "x")).hasMessageContaining("did you mean --library?");
        assertThatThrownBy(() -> CommandLine.parse("--bogus")).hasMessage("unknown option --bogus");
        // a query that starts with - goes after --, as in most tools
        assertThat(CommandLine.parse("search", "--json", "blog", "--", "-XX:+UseG1GC").query()).isEqualTo("-XX:+UseG1GC");
        assertThat(CommandLine.parse("search", "blog", "--", "--limit").query()).isEqualTo("--limit");
    }

    @Test
    void anOptionTheCommandDoesNotTakeIsRefused() {
        // scan content --json --out list.json printed the list on the terminal and wrote no file, without a word
        assertThatThrownBy(() -> CommandLine.parse("scan", "content", "--json", "--out", "list.json"))
                .hasMessage("--out does not apply to scan");
        assertThatThrownBy(() -> CommandLine.parse("scan", "content", "--library", "mz"))
                .hasMessage("--library does not apply to scan");
        assertThatThrownBy(() -> CommandLine.parse("search", "mz", "q", "--format", "w3c"))
                .hasMessage("--format does not apply to search");
        assertThatThrownBy(() -> CommandLine.parse("content", "--json"))
                .hasMessage("--json does not apply to opening the reader (lectern DIR)");
        assertThatThrownBy(() -> CommandLine.parse("annotations", "--library", "x", "--out", "y"))
                .hasMessage("--out does not apply to annotations");
        assertThatThrownBy(() -> CommandLine.parse("note", "--library", "x", "a.md", "--overwrite"))
                .hasMessage("--overwrite does not apply to note");
        assertThat(CommandLine.parse("export", "--library", "x", "--annotations", "a.yaml", "--format", "json", "--out",
                "e.json").out()).isEqualTo(Path.of("e.json"));
        assertThat(CommandLine.parse("import", "--library", "x", "a.json", "--keep").choice()).isEqualTo("keep");
        assertThat(CommandLine.parse("bench", "--articles", "10", "--corpus", "c", "--json").articles()).isEqualTo(10);
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> CommandLine.parse("scan")).hasMessageContaining("scan needs a folder");
        assertThatThrownBy(() -> CommandLine.parse("--bogus")).hasMessageContaining("unknown option --bogus");
        assertThatThrownBy(() -> CommandLine.parse("a", "b")).hasMessageContaining("expected one folder");
        assertThatThrownBy(() -> CommandLine.parse("serach", "blog", "q")).hasMessageContaining("did you mean search?");
        assertThatThrownBy(() -> CommandLine.parse("serach")).hasMessageContaining("unknown command serach")
                .hasMessageContaining("did you mean search?");
        assertThatThrownBy(() -> CommandLine.parse("scna")).hasMessageContaining("did you mean scan?");
        assertThatThrownBy(() -> CommandLine.parse("Annotatoins")).hasMessageContaining("did you mean annotations?");
        assertThat(CommandLine.parse("content").command()).as("a folder that is here opens").isEqualTo(CommandLine.Command.OPEN);
        assertThatThrownBy(() -> CommandLine.parse("blog")).as("a word no command is near, and no folder")
                .hasMessage("no such folder or command: blog");
        assertThatThrownBy(() -> CommandLine.parse("site")).as("two letters from note: no guess")
                .hasMessage("no such folder or command: site");
    }
}
