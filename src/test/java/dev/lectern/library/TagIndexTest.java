package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagIndexTest {

    private static Article article(String name, List<String> tags, List<String> categories) {
        return new Article(new ArticleId(name), name, null, null, List.of(), tags, categories, null, false, null,
                List.of(), 0, 0);
    }

    private final List<Article> articles = List.of(
            article("0", List.of("AWS", "lang/Java"), List.of("Tech/Cloud")),
            article("1", List.of("aws", "lang/go"), List.of()),
            article("2", List.of("AWS"), List.of("Tech")),
            article("3", List.of(), List.of("Life")),
            article("4", List.of("Lang/java", "books"), List.of()));
    private final TagIndex index = TagIndex.build(articles);

    @Test
    void mergesCaseAndShowsMostCommonSpelling() {
        TagNode aws = index.roots(Facet.TAG).get(0);

        assertThat(aws.label()).isEqualTo("AWS");
        assertThat(aws.total()).isEqualTo(3);
        assertThat(index.displayName(TagRef.of(Facet.TAG, "aws"))).isEqualTo("AWS");
    }

    @Test
    void nestsOnSlashWithTotalsIncludingDescendants() {
        TagNode lang = index.roots(Facet.TAG).stream().filter(n -> n.label().equalsIgnoreCase("lang")).findFirst().orElseThrow();

        assertThat(lang.total()).isEqualTo(3);
        assertThat(lang.children()).extracting(TagNode::label, TagNode::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Java", 2), org.assertj.core.groups.Tuple.tuple("go", 1));
        assertThat(index.articlesWith(TagRef.of(Facet.TAG, "LANG")).stream().toArray()).containsExactly(0, 1, 4);
        assertThat(index.displayName(TagRef.of(Facet.TAG, "lang/JAVA"))).isEqualTo("lang/Java");
    }

    @Test
    void aTagOfTwentyThousandLevelsIsNestedSixteenDeepAndTheRestStillBuilds() {
        String deep = String.join("/", java.util.Collections.nCopies(20_000, "a"));
        TagIndex built = TagIndex.build(List.of(article("deep", List.of(deep), List.of(deep)), article("ok", List.of("ok"), List.of())));

        TagNode node = built.roots(Facet.TAG).stream().filter(n -> n.label().equals("a")).findFirst().orElseThrow();
        int depth = 1;
        while (!node.children().isEmpty()) {
            node = node.children().get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(dev.lectern.model.TagPath.MAX_DEPTH);
        assertThat(built.roots(Facet.CATEGORY)).hasSize(1);
        assertThat(built.roots(Facet.TAG)).extracting(TagNode::label).contains("ok");
    }

    @Test
    void tieInSpellingGoesToAlphabeticallyFirst() {
        TagIndex tie = TagIndex.build(List.of(article("a", List.of("lang"), List.of()), article("b", List.of("Lang"), List.of())));

        assertThat(tie.roots(Facet.TAG).get(0).label()).isEqualTo("Lang");
    }

    @Test
    void rootsSortedByTotalThenLabelIgnoringCase() {
        assertThat(index.roots(Facet.TAG)).extracting(TagNode::label).containsExactly("AWS", "lang", "books");
        assertThat(index.roots(Facet.CATEGORY)).extracting(TagNode::label).containsExactly("Tech", "Life");
    }

    @Test
    void categoriesAreASeparateFacet() {
        assertThat(index.articlesWith(TagRef.of(Facet.CATEGORY, "tech")).stream().toArray()).containsExactly(0, 2);
        assertThat(index.articlesWith(TagRef.of(Facet.TAG, "tech")).isEmpty()).isTrue();
    }

    @Test
    void untaggedIgnoresCategories() {
        assertThat(index.untagged().stream().toArray()).containsExactly(3);
        assertThat(index.size()).isEqualTo(5);
    }

    @Test
    void countIntersectsWithoutChangingTheFilter() {
        BitSet within = new BitSet();
        within.set(1);
        within.set(4);
        TagRef lang = index.roots(Facet.TAG).get(1).ref();

        assertThat(index.count(lang, within)).isEqualTo(2);
        assertThat(index.count(TagRef.of(Facet.TAG, "AWS"), within)).isEqualTo(1);
        assertThat(index.count(TagRef.of(Facet.TAG, "unknown"), within)).isZero();
        assertThat(within.cardinality()).isEqualTo(2);
    }

    @Test
    void returnedSetsAreCopies() {
        index.articlesWith(TagRef.of(Facet.TAG, "AWS")).clear();
        index.untagged().set(0);

        assertThat(index.articlesWith(TagRef.of(Facet.TAG, "AWS")).cardinality()).isEqualTo(3);
        assertThat(index.untagged().cardinality()).isEqualTo(1);
    }
}
