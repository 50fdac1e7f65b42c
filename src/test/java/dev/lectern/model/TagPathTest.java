package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagPathTest {

    @Test
    void parsesNestedTagsDroppingBlankSegments() {
        assertThat(TagPath.parse(" lang // java/ ").segments()).containsExactly("lang", "java");
        assertThat(TagPath.parse(" / ")).isNull();
    }

    @Test
    void aHostilelyDeepTagKeepsItsTextButNotItsDepth() {
        String deep = String.join("/", java.util.Collections.nCopies(20_000, "a"));

        TagPath path = TagPath.parse(deep);

        assertThat(path.depth()).isEqualTo(TagPath.MAX_DEPTH);
        assertThat(path.toString()).isEqualTo(deep);
        assertThat(TagPath.parse(path.toString())).isEqualTo(path);
        assertThat(TagPath.parse("1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/17").segments())
                .endsWith("15", "16/17").hasSize(16);
        assertThat(TagPath.parse("1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16").segments()).hasSize(16).endsWith("16");
        assertThat(List.of(TagPath.parse("a/b"))).containsExactly(new TagPath(List.of("a", "b")));
    }
}
