package dev.lectern.ui.annotations;

import dev.lectern.model.ArticleId;
import dev.lectern.store.AnnotationSet;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.AtomicFiles;
import dev.lectern.store.CappedRead;
import dev.lectern.store.CodeInSource;
import dev.lectern.store.ExportWords;
import dev.lectern.store.Exporter;
import dev.lectern.store.FormulaQuotes;
import dev.lectern.store.ImportPlan;
import dev.lectern.store.ImportSources;
import dev.lectern.store.WebAnnotationExporter;
import dev.lectern.store.WebAnnotationImporter;
import dev.lectern.ui.common.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * The window's export and import for other tools: every highlight and bookmark written as W3C Web Annotations (as
 * {@code lectern export --format w3c} writes them, so an export from one window imports into another library), and
 * such a file, or Hypothesis's, merged into the open library by id. Articles' texts and the file are read in the
 * background; the stages complete on the FX executor.
 */
public final class AnnotationTransfer {

    /** Article texts an import keeps while it is planned: the rest are rendered again when asked for. */
    private static final int KEPT_TEXTS = 500;

    /**
     * What an import did: counts of each kind, each skipped item's reason, and each renamed article its annotations
     * were found in by their passages, worded.
     */
    public record Outcome(int added, int overwritten, int kept, int unchanged, List<String> skipped, List<String> found) {
    }

    private final AnnotationsViewModel annotations;
    private final BiFunction<Path, ArticleId, String> textOf;
    private final Executor background;
    private final Executor fx;
    /** The store the last plan was made against: a plan is stored only there. */
    private volatile AnnotationStore plannedFor;

    AnnotationTransfer(AnnotationsViewModel annotations, BiFunction<Path, ArticleId, String> textOf, Executor background,
                       Executor fx) {
        this.annotations = annotations;
        this.textOf = textOf;
        this.background = background;
        this.fx = fx;
    }

    /** Writes the open library's annotations to target (atomically); each passage's place counts its article's text. */
    public CompletionStage<Path> export(Path target) {
        return write(target, (set, root, text) -> new WebAnnotationExporter().export(set, root.toString(), text));
    }

    /**
     * Writes every highlight and bookmark, grouped by article, as Markdown (atomically), off the window's thread: each
     * article is read and rendered to mark a passage no longer in it, seconds for a large library. An article that
     * cannot be read marks nothing rather than stopping the export. Its headings and marks are in the interface's
     * language; a passage in a code block is written as code.
     */
    public CompletionStage<Path> exportMarkdown(Path target) {
        return exportMarkdown(target, Messages.defaultExportWords());
    }

    /** The same with the given words around the highlights. */
    public CompletionStage<Path> exportMarkdown(Path target, ExportWords words) {
        return write(target, (set, root, text) -> new Exporter(words, CodeInSource.in(root)).markdown(set, text,
                Exporter.linksFrom(root, target)));
    }

    /** What an export writes: from the annotations, the library's folder and each article's text (read once). */
    private interface Document {
        String of(AnnotationSet set, Path root, java.util.function.Function<ArticleId, String> text);
    }

    private CompletionStage<Path> write(Path target, Document document) {
        AnnotationStore store = annotations.store();
        Path root = annotations.root();
        if (store == null || root == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(Messages.t("transfer.notOpen")));
        }
        AnnotationSet set = store.snapshot();
        long written = set.all().stream().filter(a -> !a.isDeleted()).count();
        return CompletableFuture.supplyAsync(() -> {
            try {
                // an article that cannot be read marks nothing rather than stopping the export
                java.util.function.Function<ArticleId, String> text = FormulaQuotes.once(id -> {
                    try {
                        return textOf.apply(root, id);
                    } catch (RuntimeException | StackOverflowError e) {
                        return null;
                    }
                });
                AtomicFiles.writeDocument(target, document.of(FormulaQuotes.filled(set, text), root, text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return target;
        }, background).whenCompleteAsync((done, error) -> { // failed or not, what follows runs on the FX thread
            if (error == null) { // said in the status bar: nothing in sight changes, and the reader checked the folder
                annotations.tell(Messages.t("export.done", written, target));
            }
        }, fx);
    }

    /**
     * Reads a Web Annotation file and plans its import into the open library, nothing stored yet; each target is
     * matched to one of the library's articles and found again in its text. Fails with the reason a file is refused.
     */
    public CompletionStage<ImportPlan> plan(Path file, Collection<ArticleId> library) {
        AnnotationStore store = annotations.store();
        Path root = annotations.root();
        if (store == null || root == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(Messages.t("transfer.notOpen")));
        }
        AnnotationSet existing = store.snapshot();
        ImportSources sources = new ImportSources(root, library);
        plannedFor = store;
        // each article's text is rendered once, however many annotations name it; a search through the whole library
        // for a renamed article's passages keeps no more than KEPT_TEXTS of them
        Map<ArticleId, String> texts = new ConcurrentHashMap<>();
        return CompletableFuture.supplyAsync(() -> {
            String json;
            try {
                json = new String(CappedRead.bytes(file, WebAnnotationImporter.MAX_CHARS), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new WebAnnotationImporter().plan(json, existing, sources::resolve, id -> texts.containsKey(id)
                    ? texts.get(id) : texts.size() < KEPT_TEXTS ? texts.computeIfAbsent(id, each -> textOf.apply(root, each))
                    : textOf.apply(root, id), sources.articles());
        }, background).whenCompleteAsync((done, error) -> { }, fx);
    }

    /** Stores a plan in the open library: the new annotations, and those it holds otherwise when overwrite. */
    public Outcome apply(ImportPlan plan, boolean overwrite) {
        AnnotationStore store = annotations.store();
        if (store == null || store != plannedFor) { // another library was opened while the file was read
            throw new IllegalStateException(Messages.t("transfer.libraryChanged"));
        }
        plan.applyTo(store, overwrite);
        List<String> found = plan.found().stream().map(Messages::describe).toList();
        if (!found.isEmpty()) { // where the annotations of a renamed article went stays in sight after the dialog
            annotations.tell(String.join("; ", found));
        }
        int duplicates = plan.duplicates().size();
        return new Outcome(plan.fresh().size(), overwrite ? duplicates : 0, overwrite ? 0 : duplicates, plan.unchanged(),
                plan.problems().stream().map(Messages::describe).toList(), found);
    }
}
