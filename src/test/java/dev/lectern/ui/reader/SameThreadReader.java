package dev.lectern.ui.reader;

import dev.lectern.library.ArticleReader;
import dev.lectern.model.Article;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.ReadingMemory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reader's view model with its background work on the calling thread, and articles written for it. */
final class SameThreadReader {

    final ReadingMemory memory = new ReadingMemory();
    final ReaderViewModel model = new ReaderViewModel(new ArticleReader(), new PageRenderer(), Runnable::run,
            Runnable::run, memory);

    /** Writes the article into the library folder and reads it as the library would. */
    static Article write(Path library, String name, String text) throws IOException {
        Files.writeString(library.resolve(name), text, StandardCharsets.UTF_8);
        return new ArticleReader().read(library, library.resolve(name));
    }

    /** The page the model shows now. */
    String html() {
        return model.pageProperty().get().html();
    }
}
