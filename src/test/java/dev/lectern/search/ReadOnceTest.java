package dev.lectern.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.library.ArticleSource;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOnceTest {

    @TempDir
    Path folder;
    private final Map<ArticleId, ArticleSource> files = new HashMap<>();
    private final Map<ArticleId, Integer> reads = new HashMap<>();

    private ArticleSource counted(ArticleId id) {
        reads.merge(id, 1, Integer::sum);
        return files.get(id);
    }

    @Test
    void aFileIsReadOnceWithinItsBudgetAndAgainBeyondIt() throws IOException {
        ArticleId small = new ArticleId("small.md");
        ArticleId large = new ArticleId("large.md");
        files.put(small, new ArticleSource("title: Small", "tiny"));
        files.put(large, new ArticleSource("", "x".repeat(100)));
        ReadOnce once = new ReadOnce(this::counted, 50);

        assertThat(once.read(small).body()).isEqualTo("tiny");
        assertThat(once.read(small).frontMatter()).isEqualTo("title: Small");
        assertThat(once.read(large).body()).hasSize(100);
        assertThat(once.read(large).body()).hasSize(100);
        assertThat(once.read(new ArticleId("gone.md"))).isNull();

        assertThat(reads.get(small)).as("kept: within the budget").isEqualTo(1);
        assertThat(reads.get(large)).as("not kept: beyond the budget").isEqualTo(2);
    }

    @Test
    void aSearchReadsAFileFoundInsideItsWordsOnceForTheCheckAndTheSnippet() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder.resolve("index"), this::counted)) {
            for (int i = 0; i < 5; i++) {
                ArticleId id = new ArticleId("sw-" + i + ".md");
                ArticleSource source = new ArticleSource("", "Call navigator.serviceWorker.register() number " + i);
                files.put(id, source);
                index.index(new Article(id, "Registering " + i, null, null, List.of(), List.of(), List.of(), null, false,
                        null, List.of(), 0, 0), source);
            }
            index.commit();
            reads.clear();

            List<SearchHit> hits = index.search("serviceworker", 50, null);

            assertThat(hits).hasSize(5).allSatisfy(hit -> assertThat(hit.snippet()).contains("serviceWorker"));
            assertThat(reads).hasSize(5).allSatisfy((id, count) -> assertThat(count).as(id.path()).isEqualTo(1));
            index.search("serviceworker", 50, null);
            assertThat(reads.values()).as("the next search reads the files as they are now").containsOnly(2);
        }
    }
}
