package dev.lectern.app.bench;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.CachedLibraryLoader;
import dev.lectern.library.MetadataCache;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import dev.lectern.model.Article;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by the benchmark in a fresh JVM: loads a library through its cache and prints
 * "jvmStartToListMs jvmStartToCheckedMs count": when the cached list was ready to show, and when the walk had
 * checked it against the files (both from the JVM's start).
 */
final class WarmStartProbe {

    private WarmStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long[] listed = {-1};
        CachedLibraryLoader loader = new CachedLibraryLoader(new ArticleReader(),
                Runtime.getRuntime().availableProcessors(), new MetadataCache(Path.of(args[1])));
        ScanResult result = loader.load(Path.of(args[0]), new ScanListener() {
            @Override
            public void cached(List<Article> articles) {
                listed[0] = System.currentTimeMillis() - jvmStart;
            }

            @Override
            public void loaded(Article article) {
                // the list was shown from the cache; the checked articles are in the result
            }
        }, () -> false);
        long checked = System.currentTimeMillis() - jvmStart;
        System.out.println((listed[0] < 0 ? checked : listed[0]) + " " + checked + " " + result.articles().size());
    }
}
