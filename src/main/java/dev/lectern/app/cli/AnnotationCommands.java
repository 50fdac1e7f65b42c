package dev.lectern.app.cli;

import dev.lectern.library.ArticleReader;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.AnnotationLocations;
import dev.lectern.store.AnnotationSet;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.AtomicFiles;
import dev.lectern.store.Exporter;
import dev.lectern.ui.annotations.ArticleTexts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;

/** {@code lectern export} and {@code lectern annotations}: the reader's highlights and bookmarks from the command line. */
public final class AnnotationCommands {

    private final ArticleTexts texts;
    private final PrintStream out;

    AnnotationCommands(ArticleTexts texts, PrintStream out) {
        this.texts = texts;
        this.out = out;
    }

    public static AnnotationCommands standard(PrintStream out) {
        return new AnnotationCommands(new ArticleTexts(new ArticleReader(), new PageRenderer()), out);
    }

    /** Writes Markdown or JSON to the file (atomically) or to standard output. */
    public int export(Path library, Path annotations, String format, Path target) throws IOException {
        AnnotationSet set = load(library, annotations);
        Exporter exporter = new Exporter();
        String text = "json".equals(format) ? exporter.json(set) : exporter.markdown(set);
        if (target == null) {
            out.print(text);
            out.flush();
        } else {
            AtomicFiles.write(target.toAbsolutePath(), text);
            out.println("Exported to " + target.toAbsolutePath());
        }
        return 0;
    }

    /** One line per annotation with its state in the article's current text. */
    public int list(Path library, Path annotations) throws IOException {
        Path root = library.toAbsolutePath().normalize();
        AnnotationSet set = load(root, annotations);
        new Exporter().statusLines(set, id -> texts.of(root, id)).forEach(out::println);
        out.flush();
        return 0;
    }

    private static AnnotationSet load(Path library, Path annotations) throws IOException {
        Path root = library.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(library.toString(), null, "not a folder");
        }
        Path file = annotations != null ? annotations : AnnotationLocations.defaultFile(root);
        // read only: no autosave and no close(), which would save
        AnnotationStore store = AnnotationStore.open(file, root, null, Clock.systemUTC());
        store.problems().forEach(p -> System.err.println("lectern: " + p));
        return store.snapshot();
    }
}
