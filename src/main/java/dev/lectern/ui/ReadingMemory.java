package dev.lectern.ui;

import dev.lectern.model.ArticleId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What the reader chose per article: reading position, forced line-break mode, remote images allowed. */
public final class ReadingMemory {

    private final Map<ArticleId, Double> positions = new HashMap<>();
    private final Map<ArticleId, Boolean> lineBreaks = new HashMap<>();
    private final Set<ArticleId> remoteImages = new HashSet<>();

    /** Scroll position from 0 (top) to 1 (end), or 0 when the article was never read. */
    public double position(ArticleId id) {
        return positions.getOrDefault(id, 0.0);
    }

    public void setPosition(ArticleId id, double fraction) {
        positions.put(id, fraction);
    }

    /** True or false when the reader forced line breaks on or off for this article; null for automatic. */
    public Boolean lineBreaks(ArticleId id) {
        return lineBreaks.get(id);
    }

    public void setLineBreaks(ArticleId id, Boolean keep) {
        if (keep == null) {
            lineBreaks.remove(id);
        } else {
            lineBreaks.put(id, keep);
        }
    }

    public boolean remoteImagesAllowed(ArticleId id) {
        return remoteImages.contains(id);
    }

    public void allowRemoteImages(ArticleId id) {
        remoteImages.add(id);
    }
}
