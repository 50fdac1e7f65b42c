package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CappedReadTest {

    @TempDir
    Path dir;

    @Test
    void aFileUpToTheCapIsReadWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.yaml"), "线程池: 10\n");

        assertThat(CappedRead.utf8(file, 14)).isEqualTo("线程池: 10\n");
        assertThat(CappedRead.bytes(file, 14)).hasSize(14);
    }

    @Test
    void aLargerFileIsRefusedBeforeAnyOfItIsReadWithTheSizesInTheMessage() throws IOException {
        Path file = dir.resolve("annotations.yaml");
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(CappedRead.ANNOTATIONS + 1L);
        }

        assertThatThrownBy(() -> CappedRead.bytes(file, CappedRead.ANNOTATIONS)).isInstanceOf(IOException.class)
                .hasMessageContaining("annotations.yaml holds 256.0 MB, more than the 256.0 MB Lectern reads");
        assertThatThrownBy(() -> CappedRead.bytes(Files.writeString(dir.resolve("small"), "12345"), 4))
                .hasMessageContaining("more than the");
    }

    @Test
    void anAnnotationFileBeyondTheCapIsNotOpenedAndStaysAsItIs() throws IOException {
        Path file = dir.resolve("annotations.yaml");
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(300L * 1024 * 1024);
        }

        assertThatThrownBy(() -> AnnotationStore.open(file, dir, null, java.time.Clock.systemUTC()))
                .isInstanceOf(IOException.class).hasMessageContaining("300.0 MB");
        assertThat(Files.size(file)).isEqualTo(300L * 1024 * 1024);
        try (java.util.stream.Stream<Path> beside = Files.list(dir)) {
            assertThat(beside).as("nothing kept aside").noneMatch(p -> p.getFileName().toString().contains("damaged"));
        }
    }

    @Test
    void aMissingFileAPipeAndTextThatIsNotUtf8SayWhatTheyAre() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.tsv"), new byte[] {'c', 'a', 'f', (byte) 0xE9});

        assertThatThrownBy(() -> CappedRead.bytes(dir.resolve("missing"), 10)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> CappedRead.bytes(dir, 10)).hasMessageContaining("not a regular file");
        Path fifo = dir.resolve("preferences.yaml");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            assertThatThrownBy(() -> CappedRead.bytes(fifo, 10)).as("a pipe would block the read for ever")
                    .hasMessageContaining("not a regular file");
        }
        assertThatThrownBy(() -> CappedRead.utf8(latin1, 10)).isInstanceOf(CharacterCodingException.class);
    }
}
