package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.ReadProgress;
import dev.lectern.model.ReadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingStateFileTest {

    @TempDir
    Path dir;

    @Test
    void positionsAndChoicesSurviveARoundTrip() throws Exception {
        ReadingStateFile file = new ReadingStateFile(dir.resolve("sub/reading-state.tsv"));
        file.save(Map.of("/blog/笔记.md", new ReadingStateFile.Entry(0.4321, Boolean.TRUE, true),
                "/blog/a.md", new ReadingStateFile.Entry(1, null, false)));
        Map<String, ReadingStateFile.Entry> loaded = file.load();
        assertThat(loaded.get("/blog/笔记.md")).isEqualTo(new ReadingStateFile.Entry(0.4321, Boolean.TRUE, true));
        assertThat(loaded.get("/blog/a.md")).isEqualTo(new ReadingStateFile.Entry(1, null, false));
        assertThat(Files.readAllLines(dir.resolve("sub/reading-state.tsv")).get(1)).startsWith("/blog/a.md\t1.0000\tauto\tno");
    }

    @Test
    void readStatesSurviveARoundTripAsReadableWords() throws Exception {
        ReadingStateFile file = new ReadingStateFile(dir.resolve("reading-state.tsv"));
        ReadProgress reading = ReadProgress.UNREAD.seen(0.45);
        ReadProgress read = reading.marked(true);
        file.save(Map.of("/blog/my notes/读书.md", ReadingStateFile.Entry.NONE.withPosition(0.3).withProgress(reading),
                "/blog/done.md", ReadingStateFile.Entry.NONE.withProgress(read),
                "/blog/never.md", ReadingStateFile.Entry.NONE));

        Map<String, ReadingStateFile.Entry> loaded = file.load();

        assertThat(loaded.get("/blog/my notes/读书.md").progress()).isEqualTo(reading);
        assertThat(loaded.get("/blog/my notes/读书.md").position()).isEqualTo(0.3);
        assertThat(loaded.get("/blog/done.md").progress()).isEqualTo(read);
        assertThat(loaded).as("an article with nothing remembered takes no line").doesNotContainKey("/blog/never.md");
        assertThat(Files.readAllLines(dir.resolve("reading-state.tsv")))
                .contains("/blog/done.md\t0.0000\tauto\tno\tread\t0.4500\tdefault",
                        "/blog/my notes/读书.md\t0.3000\tauto\tno\treading\t0.4500\tdefault");
    }

    @Test
    void linesOfTheOlderFourColumnFormLoadAsOpenedArticles() throws Exception {
        Path old = Files.write(dir.resolve("old.tsv"), List.of(
                "# Lectern reading state: article path, position (0-1), line breaks (auto/on/off), remote images",
                "/blog/half.md\t0.5000\tauto\tno",
                "/blog/end.md\t1.0000\ton\tyes",
                "/blog/top.md\t0.0000\toff\tno"));

        Map<String, ReadingStateFile.Entry> loaded = new ReadingStateFile(old).load();

        assertThat(loaded.get("/blog/half.md").progress()).isEqualTo(new ReadProgress(ReadState.IN_PROGRESS, 0.5));
        assertThat(loaded.get("/blog/end.md").progress().state()).isEqualTo(ReadState.READ);
        assertThat(loaded.get("/blog/end.md").remoteImages()).isTrue();
        assertThat(loaded.get("/blog/top.md").progress().state()).isEqualTo(ReadState.IN_PROGRESS);
        assertThat(loaded.get("/blog/top.md").lineBreaks()).isFalse();
    }

    @Test
    void verticalWritingIsKeptInAnEighthColumnThatOlderLinesDoNotHave() throws Exception {
        Path path = dir.resolve("reading-state.tsv");
        new ReadingStateFile(path).save(Map.of("/blog/竖排.md", ReadingStateFile.Entry.NONE.withVertical(true).withPosition(0.5),
                "/blog/横排.md", ReadingStateFile.Entry.NONE.withPosition(0.5),
                "/blog/台湾.md", ReadingStateFile.Entry.NONE.withScript("taiwan").withVertical(true)));

        assertThat(Files.readAllLines(path)).contains("/blog/竖排.md\t0.5000\tauto\tno\tunread\t0.0000\tdefault\tvertical",
                "/blog/横排.md\t0.5000\tauto\tno\tunread\t0.0000\tdefault",
                "/blog/台湾.md\t0.0000\tauto\tno\tunread\t0.0000\ttaiwan\tvertical");
        Map<String, ReadingStateFile.Entry> loaded = new ReadingStateFile(path).load();
        assertThat(loaded.get("/blog/竖排.md").vertical()).isTrue();
        assertThat(loaded.get("/blog/竖排.md").position()).isEqualTo(0.5);
        assertThat(loaded.get("/blog/横排.md").vertical()).isFalse();
        assertThat(loaded.get("/blog/台湾.md").vertical()).isTrue();
        assertThat(loaded.get("/blog/台湾.md").script()).isEqualTo("taiwan");

        ReadingMemory memory = new ReadingMemory(new ReadingStateFile(path));
        memory.setLibrary(Path.of("/blog"));
        memory.setVertical(new dev.lectern.model.ArticleId("横排.md"), true);
        ReadingMemory reopened = new ReadingMemory(new ReadingStateFile(path));
        reopened.setLibrary(Path.of("/blog"));
        assertThat(reopened.vertical(new dev.lectern.model.ArticleId("横排.md"))).isTrue();
        assertThat(reopened.position(new dev.lectern.model.ArticleId("横排.md"))).isEqualTo(0.5);
    }

    @Test
    void aMissingOrMangledFileIsReadAsFarAsItGoes() throws Exception {
        assertThat(new ReadingStateFile(dir.resolve("none.tsv")).load()).isEmpty();
        Path mangled = Files.writeString(dir.resolve("bad.tsv"), "garbage\n/x.md\tnot-a-number\toff\tno\n/y.md\t0.5\toff\tno\n"
                + "/z.md\t0.5\toff\tno\tskimmed\t0.5\n/w.md\t0.5\toff\tno\tread\n/v.md\t0.5\toff\tno\tread\t1\tlater column\n");
        assertThat(new ReadingStateFile(mangled).load()).containsOnlyKeys("/y.md", "/v.md");
    }

    @Test
    void twoWindowsSavingTheirOwnChangesKeepBoth() throws Exception {
        Path path = dir.resolve("reading-state.tsv");
        ReadingStateFile first = new ReadingStateFile(path);
        ReadingStateFile second = new ReadingStateFile(path);
        Map<String, ReadingStateFile.Entry> firstEntries = new java.util.HashMap<>(first.load());
        Map<String, ReadingStateFile.Entry> secondEntries = new java.util.HashMap<>(second.load());

        firstEntries.put("/blog/a.md", ReadingStateFile.Entry.NONE.withPosition(0.5));
        first.save(firstEntries);
        secondEntries.put("/blog/b.md", ReadingStateFile.Entry.NONE.withPosition(0.25));
        second.save(secondEntries);
        firstEntries.put("/blog/c.md", ReadingStateFile.Entry.NONE.withLineBreaks(Boolean.TRUE));
        first.save(firstEntries);

        Map<String, ReadingStateFile.Entry> loaded = new ReadingStateFile(path).load();
        assertThat(loaded).containsOnlyKeys("/blog/a.md", "/blog/b.md", "/blog/c.md");
        assertThat(loaded.get("/blog/b.md").position()).isEqualTo(0.25);

        secondEntries.put("/blog/a.md", ReadingStateFile.Entry.NONE.withPosition(0.9));
        second.save(secondEntries);
        assertThat(new ReadingStateFile(path).load().get("/blog/a.md").position()).as("the newer change wins").isEqualTo(0.9);

        first.save(firstEntries);
        first.save(firstEntries);
        assertThat(new ReadingStateFile(path).load().get("/blog/a.md").position())
                .as("the first window's saves of what it did not change leave it, the second save too").isEqualTo(0.9);
    }

    /** The article read last in a library, changed by another window, is not put back by this one's later saves. */
    @Test
    void anotherWindowsLastArticleIsNotPutBackByThisOnesSecondSave() throws Exception {
        Path path = dir.resolve("reading-state.tsv");
        ReadingStateFile first = new ReadingStateFile(path);
        ReadingStateFile second = new ReadingStateFile(path);
        first.load();
        second.load();
        first.save(Map.of(), java.util.Set.of(), Map.of("/blog", "x.md"));
        second.save(Map.of(), java.util.Set.of(), Map.of("/blog", "y.md"));

        first.save(Map.of(), java.util.Set.of(), Map.of("/blog", "x.md"));
        first.save(Map.of(), java.util.Set.of(), Map.of("/blog", "x.md"));

        ReadingStateFile reader = new ReadingStateFile(path);
        reader.load();
        assertThat(reader.lastArticles()).containsEntry("/blog", "y.md");
    }

    @Test
    void anArticleRenamedLeavesOnlyItsNewPathInTheFileAndAnotherWindowsArticlesStay() throws Exception {
        // after mv a.md archive/a-renamed.md the old path stayed in reading-state.tsv beside the new one
        Path path = dir.resolve("reading-state.tsv");
        Path blog = Files.createDirectories(dir.resolve("blog"));
        ReadingStateFile other = new ReadingStateFile(path);
        other.save(Map.of(blog.resolve("other.md").toString(), ReadingStateFile.Entry.NONE.withPosition(0.3)));
        ReadingMemory memory = new ReadingMemory(new ReadingStateFile(path));
        memory.setLibrary(blog);
        dev.lectern.model.ArticleId a = new dev.lectern.model.ArticleId("a.md");
        memory.setProgress(a, new ReadProgress(ReadState.IN_PROGRESS, 0.6812345)); // written with four decimals
        memory.save();

        dev.lectern.model.ArticleId renamed = new dev.lectern.model.ArticleId("archive/a-renamed.md");
        memory.move(a, renamed);
        memory.setPosition(renamed, 0.5);
        memory.save();

        Map<String, ReadingStateFile.Entry> loaded = new ReadingStateFile(path).load();
        assertThat(loaded).containsOnlyKeys(blog.resolve("archive/a-renamed.md").toString(),
                blog.resolve("other.md").toString());
        assertThat(loaded.get(blog.resolve("archive/a-renamed.md").toString()).progress().percent()).isEqualTo(68);
    }
}
