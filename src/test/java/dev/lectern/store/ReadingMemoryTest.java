package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.ArticleId;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingMemoryTest {

    @TempDir
    Path dir;

    @Test
    void whereTheReaderWasAndWhatTheyChoseSurviveARestartPerLibrary() {
        ReadingStateFile file = new ReadingStateFile(dir.resolve("reading-state.tsv"));
        ArticleId id = new ArticleId("posts/a.md");
        ReadingMemory first = new ReadingMemory(file);
        first.setLibrary(dir.resolve("blog"));
        first.setPosition(id, 0.62);
        first.setLineBreaks(id, Boolean.FALSE);
        first.allowRemoteImages(id);
        first.setScript(id, "taiwan");
        first.save();

        ReadingMemory again = new ReadingMemory(file);
        again.setLibrary(dir.resolve("blog"));
        assertThat(again.position(id)).isEqualTo(0.62);
        assertThat(again.lineBreaks(id)).isFalse();
        assertThat(again.remoteImagesAllowed(id)).isTrue();
        assertThat(again.script(id)).as("the script chosen for this article").isEqualTo("taiwan");

        again.setLibrary(dir.resolve("other-library"));
        assertThat(again.position(id)).as("the same path in another library is another article").isZero();
        assertThat(again.remoteImagesAllowed(id)).isFalse();
        assertThat(again.script(id)).as("no choice: the default script").isNull();
    }

    @Test
    void theArticleOpenLastInEachLibraryIsKeptPerLibraryAndSurvivesARestart() throws Exception {
        Path state = dir.resolve("reading-state.tsv");
        ReadingMemory memory = new ReadingMemory(new ReadingStateFile(state));
        memory.setLibrary(dir.resolve("A"));
        memory.opened(new ArticleId("posts/long.md"));
        memory.setPosition(new ArticleId("posts/long.md"), 0.5437);
        memory.setLibrary(dir.resolve("B"));
        memory.opened(new ArticleId("note.md")); // another folder's file opened afterwards
        memory.save();

        ReadingMemory again = new ReadingMemory(new ReadingStateFile(state));
        assertThat(again.lastOpenedIn(dir.resolve("A"))).isEqualTo(new ArticleId("posts/long.md"));
        assertThat(again.lastOpenedIn(dir.resolve("B"))).isEqualTo(new ArticleId("note.md"));
        assertThat(again.lastOpenedIn(dir.resolve("C"))).isNull();
        assertThat(java.nio.file.Files.readAllLines(state)).as("older versions pass over the new lines as comments")
                .filteredOn(line -> line.contains("long.md") && !line.startsWith(dir.toString())).allMatch(line -> line.startsWith("#"));
    }

    @Test
    void savesAreWrittenOffTheCallersThreadAsTheNewestStateAndTheCloseSaveIsNeverUndoneByAnOlderOne() {
        ReadingStateFile file = new ReadingStateFile(dir.resolve("reading-state.tsv"));
        java.util.ArrayDeque<Runnable> saverThread = new java.util.ArrayDeque<>();
        ReadingMemory memory = new ReadingMemory(file, saverThread::add);
        memory.setLibrary(dir.resolve("blog"));
        ArticleId id = new ArticleId("posts/a.md");
        memory.setPosition(id, 0.25);
        memory.save();
        memory.setPosition(id, 0.5);
        memory.save();
        assertThat(saverThread).as("two saves while none was written: one write").hasSize(1);
        assertThat(reopened(file).position(id)).as("nothing written on the caller's thread").isZero();

        saverThread.poll().run();
        assertThat(reopened(file).position(id)).as("the newest of the two").isEqualTo(0.5);

        memory.setPosition(id, 0.75);
        memory.save(); // queued, and then the window closes before the saver runs
        memory.setPosition(id, 0.9);
        memory.saveNow();
        assertThat(reopened(file).position(id)).as("written at once, on the caller's thread").isEqualTo(0.9);
        saverThread.forEach(Runnable::run);
        assertThat(reopened(file).position(id)).as("the older state queued before never lands over it").isEqualTo(0.9);
    }

    private ReadingMemory reopened(ReadingStateFile file) {
        ReadingMemory again = new ReadingMemory(new ReadingStateFile(dir.resolve("reading-state.tsv")));
        again.setLibrary(dir.resolve("blog"));
        return again;
    }
}
