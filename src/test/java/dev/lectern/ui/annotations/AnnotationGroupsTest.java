package dev.lectern.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The library panel's grouping by article, tag and colour. */
class AnnotationGroupsTest {

    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

    private static Highlight h(String article, HighlightColor color, String... tags) {
        return Highlight.create(new ArticleId(article), new Anchor("q", "", "", 0, 1, null), color, "", T)
                .tagged(List.of(tags), T);
    }

    private final Highlight a = h("a.md", HighlightColor.PINK, "Zebra", "moon");
    private final Highlight b = h("b.md", HighlightColor.YELLOW, "moon");
    private final Highlight c = h("a.md", HighlightColor.PINK);
    private final Bookmark star = Bookmark.create(new ArticleId("b.md"), null, "", T);
    private final List<Annotation> all = List.of(a, b, c, star);

    @Test
    void byTagPutsAHighlightUnderEachOfItsTagsAndTheRestLast() {
        Map<Object, List<Annotation>> groups = AnnotationGroups.group(all, AnnotationGroups.By.TAG);

        assertThat(groups.keySet()).containsExactly("moon", "Zebra", AnnotationGroups.NONE);
        assertThat(groups.get("moon")).containsExactly(a, b);
        assertThat(groups.get(AnnotationGroups.NONE)).containsExactly(c, star);
    }

    @Test
    void byColourFollowsTheColourOrderWithBookmarksLast() {
        Map<Object, List<Annotation>> groups = AnnotationGroups.group(all, AnnotationGroups.By.COLOUR);

        assertThat(groups.keySet()).containsExactly(HighlightColor.YELLOW, HighlightColor.PINK, AnnotationGroups.NONE);
        assertThat(groups.get(HighlightColor.PINK)).containsExactly(a, c);
    }

    @Test
    void byArticleKeepsTheGivenOrder() {
        assertThat(AnnotationGroups.group(all, AnnotationGroups.By.ARTICLE).keySet())
                .containsExactly(new ArticleId("a.md"), new ArticleId("b.md"));
    }
}
