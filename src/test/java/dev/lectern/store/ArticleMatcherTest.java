package dev.lectern.store;

import static dev.lectern.store.Fixtures.LIBRARY;
import static dev.lectern.store.Fixtures.anchor;
import static dev.lectern.store.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations follow an article that was renamed or moved. */
class ArticleMatcherTest {

    private static final LocalDate DATE = LocalDate.of(2019, 12, 6);
    private static final String TEXT = "re:Invent 2019 notes. Outposts, Graviton2 and a lot of serverless.";

    @TempDir
    Path dir;

    private AnnotationStore store;
    private Highlight highlight;

    private static Article article(String path, String title) {
        return new Article(id(path), title, null, DATE, List.of(), List.of(), List.of(), null, false, null, List.of(),
                100, 0);
    }

    private void annotate(String path) throws IOException {
        store = AnnotationStore.open(dir.resolve("a.yaml"), LIBRARY, null, new TickingClock());
        highlight = store.addHighlight(id(path), ArticleKey.of("re:Invent 2019", DATE, TEXT), anchor("Outposts", 22),
                HighlightColor.YELLOW, "note");
        store.addBookmark(id("stays.md"), null, null, "untouched");
    }

    private List<Relocation> relocate(List<Article> library, Map<ArticleId, String> texts) {
        return new ArticleMatcher(texts::get).relocate(store, library);
    }

    @Test
    void annotationsFollowAMovedArticleWithTheSameText() throws IOException {
        annotate("2019/reinvent.md");
        List<Article> library = List.of(article("aws/reinvent-2019.md", "Renamed title"), article("other.md", "Other"),
                article("stays.md", "Stays"));

        List<Relocation> moves = relocate(library, Map.of(id("aws/reinvent-2019.md"), "  " + TEXT + "\n",
                id("other.md"), "something else", id("stays.md"), "x"));
        store.save();

        assertThat(moves).containsExactly(
                new Relocation(id("2019/reinvent.md"), id("aws/reinvent-2019.md"), Relocation.Reason.SAME_TEXT));
        AnnotationStore reopened = AnnotationStore.open(dir.resolve("a.yaml"), LIBRARY, null, new TickingClock());
        assertThat(reopened.highlights(id("aws/reinvent-2019.md"))).singleElement()
                .satisfies(h -> assertThat(h.id()).isEqualTo(highlight.id()))
                .satisfies(h -> assertThat(h.note()).isEqualTo("note"));
        assertThat(reopened.highlights(id("2019/reinvent.md"))).isEmpty();
        assertThat(reopened.snapshot().entry(id("aws/reinvent-2019.md")).formerPaths())
                .containsExactly(id("2019/reinvent.md"));
        assertThat(reopened.bookmarks(id("stays.md"))).hasSize(1);
    }

    @Test
    void anArticleRenamedBesideSyncConflictCopiesOfItIsFollowedToItsNewNameNotToACopy() throws IOException {
        annotate("post.md");
        List<Article> library = List.of(article("post (Mac's conflicted copy 2026-12-01).md", "re:Invent 2019"),
                article("post.sync-conflict-20261201-123456-ABCDEF7.md", "re:Invent 2019"),
                article("renamed.md", "re:Invent 2019"), article("stays.md", "Stays"));

        List<Relocation> moves = relocate(library, Map.of(id("post (Mac's conflicted copy 2026-12-01).md"), TEXT,
                id("post.sync-conflict-20261201-123456-ABCDEF7.md"), TEXT, id("renamed.md"), TEXT, id("stays.md"), "x"));

        assertThat(moves).extracting(Relocation::to).containsExactly(id("renamed.md"));
        assertThat(store.highlights(id("renamed.md"))).extracting(Highlight::id).containsExactly(highlight.id());
    }

    @Test
    void aSyncConflictCopyIsFollowedWhenItIsAllThatIsLeft() throws IOException {
        annotate("post.md");
        List<Article> library = List.of(article("post (conflicted copy 2026-12-01).md", "re:Invent 2019"),
                article("stays.md", "Stays"));

        List<Relocation> moves = relocate(library, Map.of(id("post (conflicted copy 2026-12-01).md"), TEXT,
                id("stays.md"), "x"));

        assertThat(moves).extracting(Relocation::to).containsExactly(id("post (conflicted copy 2026-12-01).md"));
    }

    @Test
    void aMacFileNameInDecomposedFormRenamedToComposedKeepsItsAnnotations() throws IOException {
        String decomposed = java.text.Normalizer.normalize("2019/café-réinvent.md", java.text.Normalizer.Form.NFD);
        String composed = java.text.Normalizer.normalize(decomposed, java.text.Normalizer.Form.NFC);
        annotate(decomposed);
        List<Article> library = List.of(article(composed, "re:Invent 2019"), article("stays.md", "Stays"));

        List<Relocation> moves = relocate(library, Map.of(id(composed), TEXT, id("stays.md"), "x"));

        assertThat(moves).extracting(Relocation::to).containsExactly(id(composed));
        assertThat(store.highlights(id(composed))).extracting(Highlight::id).containsExactly(highlight.id());
    }

    @Test
    void afterASmallEditTheArticleIsRecognisedByTitleAndDate() throws IOException {
        annotate("old.md");
        List<Article> library = List.of(article("new.md", "re:Invent 2019"), article("stays.md", "Stays"));

        List<Relocation> moves = relocate(library, Map.of(id("new.md"), TEXT + " Edited.", id("stays.md"), "x"));

        assertThat(moves).extracting(Relocation::reason).containsExactly(Relocation.Reason.SAME_TITLE_AND_DATE);
        assertThat(store.highlights(id("new.md"))).extracting(Highlight::id).containsExactly(highlight.id());
    }

    @Test
    void anAmbiguousMatchMovesNothingAndTheAnnotationsStayListedAsMissing() throws IOException {
        annotate("old.md");
        List<Article> library = List.of(article("one.md", "re:Invent 2019"), article("two.md", "re:Invent 2019"),
                article("stays.md", "Stays"));

        List<Relocation> moves = relocate(library, Map.of(id("one.md"), "a", id("two.md"), "b", id("stays.md"), "x"));

        assertThat(moves).isEmpty();
        assertThat(store.missingArticles(Set.of(id("one.md"), id("two.md"), id("stays.md")))).containsExactly(id("old.md"));
        assertThat(store.highlights(id("old.md"))).hasSize(1);
    }
}
