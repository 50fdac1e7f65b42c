package dev.lectern.library;

import dev.lectern.model.Article;
import java.nio.file.Path;
import java.util.List;

/** What a scan found: articles sorted newest first (undated last, then by title) and the skipped files. */
public record ScanResult(Path root, List<Article> articles, List<SkippedFile> skipped) {

    public ScanResult {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
