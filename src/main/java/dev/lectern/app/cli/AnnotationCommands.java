package dev.lectern.app.cli;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.CacheFolder;
import dev.lectern.library.CachedLibraryLoader;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.MetadataCache;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import dev.lectern.library.LecternNotes;
import dev.lectern.model.ArticleId;
import dev.lectern.model.NotesFile;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.ArticleNote;
import dev.lectern.store.CodeInSource;
import dev.lectern.store.ExportWords;
import dev.lectern.store.AnnotationSet;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.AtomicFiles;
import dev.lectern.store.Exporter;
import dev.lectern.store.FormulaQuotes;
import dev.lectern.store.ObsidianExporter;
import dev.lectern.store.Relocation;
import dev.lectern.store.WebAnnotationExporter;
import dev.lectern.ui.annotations.ArticleTexts;
import dev.lectern.ui.annotations.RenameFollower;
import dev.lectern.ui.common.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/** {@code lectern export}, {@code lectern note} and {@code lectern annotations}: the reader's highlights and bookmarks from the command line. */
public final class AnnotationCommands {

    private final ArticleTexts texts;
    private final MetadataCache cache;
    private final RenameFollower renames;
    private final PrintStream out;
    private final Path workingFolder;

    AnnotationCommands(ArticleTexts texts, PrintStream out) {
        this(texts, null, out);
    }

    /** Commands that scan the library through cache (null: no cache) to follow renamed articles as the window does. */
    AnnotationCommands(ArticleTexts texts, MetadataCache cache, PrintStream out) {
        this(texts, cache, out, Path.of(""));
    }

    /** The same, with the folder that paths given to {@code note} may be relative to (the current one). */
    AnnotationCommands(ArticleTexts texts, MetadataCache cache, PrintStream out, Path workingFolder) {
        this.texts = texts;
        this.workingFolder = workingFolder;
        this.cache = cache;
        this.renames = new RenameFollower(texts::of, cache);
        this.out = out;
    }

    public static AnnotationCommands standard(PrintStream out) {
        return new AnnotationCommands(new ArticleTexts(new ArticleReader(), new PageRenderer()),
                new MetadataCache(CacheFolder.forCurrentUser()), out);
    }

    /** Writes Markdown, JSON or W3C JSON-LD to the file (atomically) or to standard output; Obsidian notes to a folder. */
    public int export(Path library, Path annotations, String format, Path target) throws IOException {
        FileArguments.readableFolder(library); // named as typed, before it is made absolute
        if (target != null) {
            if ("obsidian".equals(format)) {
                FileArguments.folderToWrite(target);
            } else {
                FileArguments.fileToWrite(target);
            }
        }
        Path root = library.toAbsolutePath().normalize();
        java.util.function.Function<ArticleId, String> textOf = FormulaQuotes.once(id -> texts.of(root, id));
        // the JSON export is the annotation file's data as it stands; the others are read, so their quotes say the
        // formulas a quote made before formulas had words left out
        AnnotationSet set = "json".equals(format) ? load(root, annotations)
                : FormulaQuotes.filled(load(root, annotations), textOf);
        Exporter exporter = new Exporter(ExportWords.english(), CodeInSource.in(root));
        if ("obsidian".equals(format)) {
            return exportNotes(set, root, target, textOf);
        }
        String text = switch (format) {
            case "json" -> exporter.json(set);
            case "w3c" -> new WebAnnotationExporter().export(set, root.toString(), textOf);
            default -> target == null ? exporter.markdown(set, textOf)
                    : exporter.markdown(set, textOf, Exporter.linksFrom(root, target));
        };
        if (target == null) {
            out.print(text);
            out.flush();
        } else {
            AtomicFiles.writeDocument(target.toAbsolutePath(), text);
            out.println("Exported to " + target.toAbsolutePath());
        }
        return 0;
    }

    /**
     * Prints the article's note, or writes it beside the article as NAME.notes.md, marked so that the library leaves it
     * out ({@link ArticleNote#besideArticle}). The article is a path from the library or from the current folder.
     */
    public int note(Path library, Path annotations, Path article, boolean write) throws IOException {
        FileArguments.readableFolder(library);
        Path root = library.toAbsolutePath().normalize();
        java.util.function.Function<ArticleId, String> textOf = FormulaQuotes.once(a -> texts.of(root, a));
        ArticleId id = ArticleArgument.resolve(root, article, workingFolder);
        AnnotationSet set = FormulaQuotes.filled(load(root, annotations), a -> a.equals(id) ? textOf.apply(a) : null);
        ArticleNote notes = new ArticleNote(ExportWords.english(), CodeInSource.in(root));
        String note = write ? notes.besideArticle(set, id, textOf) : notes.of(set, id, textOf);
        if (note == null) {
            System.err.println("lectern: " + id + " has no highlights");
            return 1;
        }
        if (write) {
            Path target = root.resolve(id.path()).resolveSibling(NotesFile.nameFor(id.fileName()));
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && !LecternNotes.writtenByLectern(target, target.getFileName().toString())) {
                // a user's own NAME.notes.md (or the note of x.markdown beside x.md) is never written over
                System.err.println("lectern: " + target + " exists and is not a note Lectern wrote: it was left as it is");
                return 1;
            }
            AtomicFiles.writeDocument(target, note);
            out.println("Wrote " + target);
        } else {
            out.print(note);
        }
        out.flush();
        return 0;
    }

    private int exportNotes(AnnotationSet set, Path root, Path folder,
                            java.util.function.Function<ArticleId, String> textOf) throws IOException {
        Files.createDirectories(folder);
        // each note's Source link is written from the vault folder, where it is saved, as the Markdown export's are
        Map<String, String> notes = new ObsidianExporter(new ArticleNote(ExportWords.english(), CodeInSource.in(root))).export(set, textOf,
                Exporter.linksFrom(root, folder.toAbsolutePath().resolve("note.md")));
        for (Map.Entry<String, String> note : notes.entrySet()) {
            AtomicFiles.writeDocument(folder.toAbsolutePath().resolve(note.getKey()), note.getValue());
        }
        out.println("Exported " + notes.size() + (notes.size() == 1 ? " note" : " notes") + " to " + folder.toAbsolutePath());
        return 0;
    }

    /** One line per annotation with its state in the article's current text. */
    public int list(Path library, Path annotations) throws IOException {
        FileArguments.readableFolder(library);
        Path root = library.toAbsolutePath().normalize();
        AnnotationSet set = load(root, annotations);
        java.util.List<String> lines = new Exporter().statusLines(set, id -> texts.of(root, id));
        lines.forEach(out::println);
        out.flush();
        if (lines.isEmpty()) {
            // nothing at all said neither that the command worked nor where it looked (on standard error: standard
            // output stays one line per annotation for scripts)
            System.err.println("lectern: no annotations in " + library + " ("
                    + (annotations != null ? annotations : dev.lectern.store.AnnotationFileChoices.forCurrentUser().fileFor(root)) + ")");
        }
        return 0;
    }

    /**
     * The library's annotations, those of renamed or moved articles filed under their new paths as the window does
     * (in memory only: the commands never write the annotation file).
     */
    AnnotationSet load(Path library, Path annotations) throws IOException {
        FileArguments.readableFolder(library);
        FileArguments.annotationFile(annotations);
        Path root = library.toAbsolutePath().normalize();
        Path file = annotations != null ? annotations : dev.lectern.store.AnnotationFileChoices.forCurrentUser().fileFor(root);
        // read only: a damaged file is left where it is, and nothing is saved
        AnnotationStore store = AnnotationStore.read(file, root, Clock.systemUTC());
        // the command line speaks English, whatever the interface's language
        Messages english = Messages.forLocale(Locale.ENGLISH);
        store.problems().forEach(p -> System.err.println("lectern: " + english.problem(p)));
        boolean missing = store.snapshot().articles().stream()
                .anyMatch(id -> !Files.isRegularFile(root.resolve(id.path())));
        if (missing) {
            for (Relocation moved : renames.follow(store, root, scan(root).articles())) {
                System.err.println("lectern: " + moved.from() + " was renamed or moved: its annotations are shown at "
                        + moved.to());
            }
        }
        return store.snapshot();
    }

    private ScanResult scan(Path root) throws IOException {
        ArticleReader reader = new ArticleReader();
        int cores = Runtime.getRuntime().availableProcessors();
        return cache == null ? new LibraryScanner(reader, cores).scan(root, ScanListener.NONE, () -> false)
                : new CachedLibraryLoader(reader, cores, cache).load(root, ScanListener.NONE, () -> false);
    }
}
