package dev.lectern.app.cli;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.CacheFolder;
import dev.lectern.library.CachedLibraryLoader;
import dev.lectern.library.MetadataCache;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.search.IndexBuilder;
import dev.lectern.search.SearchHit;
import dev.lectern.search.SearchIndex;
import dev.lectern.search.SearchResults;
import dev.lectern.search.SourceFiles;
import dev.lectern.store.JsonWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code lectern search DIR "query" [--json] [--limit N]}: brings the library's search index up to date and prints
 * the best results (all for limit 0) and how many were found.
 */
public final class SearchCommand {

    private final Path cacheFolder;
    private final PrintStream out;

    SearchCommand(Path cacheFolder, PrintStream out) {
        this.cacheFolder = cacheFolder;
        this.out = out;
    }

    public static SearchCommand standard(PrintStream out) {
        return new SearchCommand(CacheFolder.forCurrentUser(), out);
    }

    public int run(Path dir, String query, boolean json, int limit) throws IOException, InterruptedException {
        FileArguments.readableFolder(dir);
        Path root = dir.toAbsolutePath().normalize();
        int cores = Runtime.getRuntime().availableProcessors();
        ArticleReader reader = new ArticleReader();
        ScanResult scan = new CachedLibraryLoader(reader, cores, new MetadataCache(cacheFolder))
                .load(root, ScanListener.NONE, () -> false);
        Map<ArticleId, Article> byId = scan.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        // the same index the window uses, so that either brings it up to date for the other
        try (SearchIndex index = SearchIndex.open(SearchIndex.folderFor(cacheFolder, root), SourceFiles.under(root, reader))) {
            new IndexBuilder(reader, cores).build(scan, index, (done, total) -> { }, () -> false);
            SearchResults results = index.search(query, 0, limit == 0 ? Integer.MAX_VALUE - 1 : limit, null);
            int found = results.exact() ? results.total() : index.count(query, null);
            List<SearchHit> hits = results.hits();
            for (int i = 0; i < hits.size(); i++) {
                SearchHit hit = hits.get(i);
                Article article = byId.get(hit.id());
                String title = article == null ? hit.id().path() : article.title();
                if (json) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("path", hit.id().path());
                    row.put("title", title);
                    row.put("score", (double) hit.score());
                    row.put("snippet", hit.snippet());
                    out.println(JsonWriter.compact(row));
                } else {
                    out.printf("%2d. %s  (%s)%n    %s%n", i + 1, title, hit.id().path(), hit.snippet().replace('\n', ' '));
                }
            }
            if (json) {
                Map<String, Object> total = new LinkedHashMap<>();
                total.put("total", found);
                total.put("shown", hits.size());
                out.println(JsonWriter.compact(total));
            } else if (hits.size() < found) {
                out.printf("%,d of %,d results for %s (--limit 0 prints all)%n", hits.size(), found, query);
            } else {
                out.printf("%,d result%s for %s%n", hits.size(), hits.size() == 1 ? "" : "s", query);
            }
        }
        out.flush();
        return 0;
    }
}
