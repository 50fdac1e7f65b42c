package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleReader;
import dev.lectern.library.CachedLibraryLoader;
import dev.lectern.library.MetadataCache;
import dev.lectern.library.ScanListener;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.render.PageRenderer;
import dev.lectern.store.AnnotationStore;
import dev.lectern.store.Relocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following renamed articles hashes each unchanged article once, then finds the hashes in the metadata cache. */
class RenameFollowerTest {

    private static final int ARTICLES = 12;

    @TempDir
    Path dir;

    private final ArticleTexts texts = new ArticleTexts(new ArticleReader(), new PageRenderer());
    private final AtomicInteger renders = new AtomicInteger();

    @Test
    void aMissingAnnotatedArticleRendersTheLibraryOnceNotOnEveryLoad() throws Exception {
        Path library = Files.createDirectories(dir.resolve("lib"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(library.resolve("a" + i + ".md"), "# Article " + i + "\n\nText number " + i + ".\n");
        }
        MetadataCache cache = new MetadataCache(dir.resolve("cache"));
        try (AnnotationStore store = AnnotationStore.open(dir.resolve("notes.yaml"), library, null, Clock.systemUTC())) {
            store.addBookmark(new ArticleId("deleted.md"), ArticleKey.of("Deleted", null, "text no article has"), null,
                    "gone for good");

            assertThat(load(store, library, cache)).isEmpty();
            assertThat(renders.get()).as("first load: every candidate rendered and hashed").isEqualTo(ARTICLES);

            renders.set(0);
            assertThat(load(store, library, cache)).isEmpty();
            assertThat(renders.get()).as("second load: unchanged articles are not rendered again").isZero();

            Path changed = library.resolve("a3.md");
            Files.writeString(changed, "# Article 3\n\nRewritten text, longer than before.\n");
            Files.setLastModifiedTime(changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 5000));
            renders.set(0);
            assertThat(load(store, library, cache)).isEmpty();
            assertThat(renders.get()).as("only the changed article is hashed again").isEqualTo(1);
        }
    }

    @Test
    void aRenamedArticleIsFoundThroughTheCachedHashes() throws Exception {
        Path library = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(library.resolve("old.md"), "# Kept\n\nWords worth a highlight.\n");
        Files.writeString(library.resolve("other.md"), "# Other\n\nSomething else.\n");
        MetadataCache cache = new MetadataCache(dir.resolve("cache"));
        String text = texts.of(library, new ArticleId("old.md"));
        try (AnnotationStore store = AnnotationStore.open(dir.resolve("notes.yaml"), library, null, Clock.systemUTC())) {
            store.addBookmark(new ArticleId("old.md"), ArticleKey.of("Kept", null, text), null, "mine");
            Files.move(library.resolve("old.md"), library.resolve("renamed.md"));

            List<Relocation> moved = load(store, library, cache);

            assertThat(moved).containsExactly(new Relocation(new ArticleId("old.md"), new ArticleId("renamed.md"),
                    Relocation.Reason.SAME_TEXT));
            assertThat(store.snapshot().of(new ArticleId("renamed.md"))).hasSize(1);
        }
    }

    /** What the window does after each library load: load through the cache, then follow renames. */
    private List<Relocation> load(AnnotationStore store, Path library, MetadataCache cache) throws Exception {
        List<Article> articles = new CachedLibraryLoader(new ArticleReader(), 1, cache)
                .load(library, ScanListener.NONE, () -> false).articles();
        RenameFollower follower = new RenameFollower((root, id) -> {
            renders.incrementAndGet();
            return texts.of(root, id);
        }, cache);
        return follower.follow(store, library, articles);
    }
}
