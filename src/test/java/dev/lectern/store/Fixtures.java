package dev.lectern.store;

import dev.lectern.model.Anchor;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/** Small builders shared by the store tests. */
final class Fixtures {

    static final Path LIBRARY = Path.of("/home/ann/notes");
    static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private Fixtures() {
    }

    static ArticleId id(String path) {
        return new ArticleId(path);
    }

    static Anchor anchor(String quote, int start) {
        return new Anchor(quote, "before ", " after", start, start + quote.length(), "Heading");
    }

    static ArticleKey key(String title) {
        return new ArticleKey(title, "2019-12-06", ArticleKey.hashOf(title + " body"));
    }

    static Highlight highlight(String path, String quote, int createdSecond) {
        Instant at = T0.plusSeconds(createdSecond);
        return new Highlight(UUID.randomUUID(), id(path), anchor(quote, 10), HighlightColor.YELLOW, "", at, at, null);
    }

    static Bookmark bookmark(String path, String label, int createdSecond) {
        Instant at = T0.plusSeconds(createdSecond);
        return new Bookmark(UUID.randomUUID(), id(path), null, label, at, at, null);
    }
}
