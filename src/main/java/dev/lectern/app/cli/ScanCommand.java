package dev.lectern.app.cli;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.LibraryScanner;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import dev.lectern.library.SkippedFile;
import dev.lectern.model.Article;
import dev.lectern.store.JsonWriter;
import dev.lectern.ui.common.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code lectern scan DIR [--json]}: lists every article file of a library with its metadata and warnings. */
public final class ScanCommand {

    /** The command line speaks English, whatever the interface's language. */
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private final LibraryScanner scanner;
    private final PrintStream out;

    ScanCommand(LibraryScanner scanner, PrintStream out) {
        this.scanner = scanner;
        this.out = out;
    }

    public static ScanCommand standard(PrintStream out) {
        return new ScanCommand(new LibraryScanner(new ArticleReader(), Runtime.getRuntime().availableProcessors()), out);
    }

    /** Prints the library; returns the process exit code (0 even when some files are bad). */
    public int run(Path dir, boolean json) throws IOException {
        FileArguments.readableFolder(dir);
        ScanResult result = scanner.scan(dir, ScanListener.NONE, () -> false);
        List<Map<String, Object>> rows = new ArrayList<>();
        result.articles().forEach(article -> rows.add(row(article)));
        result.skipped().forEach(skipped -> rows.add(row(skipped)));
        rows.sort(Comparator.comparing(row -> (String) row.get("path")));
        if (json) {
            rows.forEach(row -> out.println(JsonWriter.compact(row)));
        } else {
            new ScanTable(out).print(rows);
            out.printf("%d files: %d articles, %d with warnings, %d skipped%n", rows.size(), result.articles().size(),
                    result.articles().stream().filter(Article::hasWarnings).count(), result.skipped().size());
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> row(Article article) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", article.id().path());
        row.put("title", article.title());
        row.put("subtitle", article.subtitle());
        row.put("date", article.date() == null ? null : article.date().toString());
        row.put("author", article.authors().isEmpty() ? null : article.authorLine());
        row.put("tags", article.tags());
        row.put("categories", article.categories());
        row.put("draft", article.draft());
        row.put("warnings", article.warnings().stream().map(ENGLISH::problem).toList());
        return row;
    }

    private static Map<String, Object> row(SkippedFile skipped) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", skipped.path());
        row.put("title", null);
        row.put("subtitle", null);
        row.put("date", null);
        row.put("author", null);
        row.put("tags", List.of());
        row.put("categories", List.of());
        row.put("draft", false);
        row.put("warnings", List.of("skipped: " + ENGLISH.problem(skipped.problem())));
        return row;
    }
}
