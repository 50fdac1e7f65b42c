package dev.lectern.app.bench;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.CachedLibraryLoader;
import dev.lectern.library.MetadataCache;
import dev.lectern.library.ScanListener;
import dev.lectern.library.ScanResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/** Run by the benchmark in a fresh JVM: loads a library through its cache and prints "loadMs jvmStartToLoadedMs count". */
final class WarmStartProbe {

    private WarmStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        CachedLibraryLoader loader = new CachedLibraryLoader(new ArticleReader(),
                Runtime.getRuntime().availableProcessors(), new MetadataCache(Path.of(args[1])));
        ScanResult result = loader.load(Path.of(args[0]), ScanListener.NONE, () -> false);
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(loadMs + " " + sinceJvmStart + " " + result.articles().size());
    }
}
