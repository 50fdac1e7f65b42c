package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** An ArticleReader that remembers which files it read. */
final class CountingReader extends ArticleReader {

    final Queue<String> reads = new ConcurrentLinkedQueue<>();

    @Override
    public Article read(Path file, ArticleId id, long size, long modified) throws IOException {
        reads.add(id.path());
        return super.read(file, id, size, modified);
    }

    int reset() {
        int count = reads.size();
        reads.clear();
        return count;
    }
}
