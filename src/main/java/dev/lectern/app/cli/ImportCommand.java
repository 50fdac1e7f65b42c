package dev.lectern.app.cli;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.ScanListener;
import dev.lectern.model.Article;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.ImportPlan;
import dev.lectern.store.ImportSources;
import dev.lectern.store.Relocation;
import dev.lectern.store.WebAnnotationImporter;
import dev.lectern.ui.annotations.ArticleTexts;
import dev.lectern.ui.annotations.RenameFollower;
import dev.lectern.ui.common.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** {@code lectern import}: W3C Web Annotations merged by id into the library's annotation file. */
public final class ImportCommand {

    /** How many changed duplicates the question names before it says how many more. */
    private static final int LISTED = 8;
    /** How many characters of a passage the question shows. */
    private static final int SHORT = 40;

    private final ArticleTexts texts;
    private final PrintStream out;
    private final BufferedReader in;

    public ImportCommand(ArticleTexts texts, PrintStream out, BufferedReader in) {
        this.texts = texts;
        this.out = out;
        this.in = in;
    }

    /**
     * Imports the file; choice "overwrite" or "keep" settles changed duplicates, else the reader is asked.
     *
     * @return 0 when imported, 1 when the file could not be read as Web Annotations
     */
    public int run(Path library, Path annotations, Path json, String choice) throws IOException {
        FileArguments.readableFolder(library);
        FileArguments.readableFile(json);
        FileArguments.annotationFile(annotations);
        Path root = library.toAbsolutePath().normalize();
        if (Files.size(json) > WebAnnotationImporter.MAX_CHARS) {
            throw new IOException(json + " is larger than " + WebAnnotationImporter.MAX_CHARS / (1024 * 1024) + " MB");
        }
        String text = Files.readString(json, StandardCharsets.UTF_8);
        Path file = annotations != null ? annotations : dev.lectern.store.AnnotationFileChoices.forCurrentUser().fileFor(root);
        // the articles the library lists (its file names, skipped folders and links), not a walk of another kind
        List<Article> scanned = scan(root);
        ImportSources sources = new ImportSources(root, scanned.stream().map(Article::id).toList());
        try (AnnotationStore store = AnnotationStore.open(file, root, null, Clock.systemUTC())) {
            // as the window does when it opens the library: the annotations of an article renamed since go to its new
            // path first, where an export made since (lectern export follows renames too) names them
            for (Relocation moved : new RenameFollower(texts::of, null).follow(store, root, scanned)) {
                System.err.println("lectern: " + moved.from() + " was renamed or moved: its annotations are now filed at "
                        + moved.to());
            }
            ImportPlan plan;
            try {
                plan = new WebAnnotationImporter().plan(text, store.snapshot(), sources::resolve, id -> texts.of(root, id),
                        sources.articles());
            } catch (IllegalArgumentException e) {
                System.err.println("lectern: " + json + " cannot be imported: " + e.getMessage());
                return 1;
            }
            plan.found().forEach(p -> System.err.println("lectern: " + Messages.forLocale(Locale.ENGLISH).problem(p)));
            plan.problems().forEach(p -> System.err.println("lectern: " + Messages.forLocale(Locale.ENGLISH).problem(p)));
            boolean overwrite = !plan.duplicates().isEmpty() && decide(plan.duplicates(), choice);
            plan.applyTo(store, overwrite);
            out.printf("Imported %d new, %d overwritten, %d kept as they were, %d already there, %d skipped%n",
                    plan.fresh().size(), overwrite ? plan.duplicates().size() : 0,
                    overwrite ? 0 : plan.duplicates().size(), plan.unchanged(), plan.problems().size());
        }
        return 0;
    }

    private boolean decide(List<dev.lectern.model.Annotation> duplicates, String choice) throws IOException {
        if (choice != null) {
            return choice.equals("overwrite");
        }
        out.printf("%d imported annotations have the id of one you have, with other content:%n", duplicates.size());
        duplicates.stream().limit(LISTED).forEach(a -> out.println("  " + passage(a) + " in " + a.article()));
        if (duplicates.size() > LISTED) {
            out.println("  and " + (duplicates.size() - LISTED) + " more");
        }
        out.print("Overwrite yours? [y/N] ");
        out.flush();
        String answer = in.readLine();
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    /** A changed duplicate as the question names it: its passage shortened, a bookmark's label, or the whole article. */
    private static String passage(dev.lectern.model.Annotation annotation) {
        if (annotation.anchor() == null) {
            String label = annotation instanceof dev.lectern.model.Bookmark b ? b.label() : "";
            return label.isBlank() ? "(the whole article)" : "“" + label + "”";
        }
        String quote = annotation.anchor().quote().strip().replaceAll("\\s+", " ");
        int end = quote.offsetByCodePoints(0, Math.min(SHORT, quote.codePointCount(0, quote.length())));
        return "“" + quote.substring(0, end) + (end < quote.length() ? "…" : "") + "”";
    }

    /** The import's view of a library: the ids of the articles its scan lists. */
    static ImportSources sourcesOf(Path root) throws IOException {
        return new ImportSources(root, scan(root).stream().map(Article::id).toList());
    }

    private static List<Article> scan(Path root) throws IOException {
        return new LibraryScanner(new ArticleReader(), Runtime.getRuntime().availableProcessors())
                .scan(root, ScanListener.NONE, () -> false).articles();
    }
}
