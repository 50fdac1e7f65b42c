package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast front matter path either declines or gives exactly what SnakeYAML gives. */
class SimpleYamlTest {

    private final SimpleYaml simple = new SimpleYaml();
    private final YamlFrontMatter yaml = new YamlFrontMatter();

    @ParameterizedTest
    @ValueSource(strings = {
        "title: Hello world\ntags: [a, b, c++, c#]\ndate: 2017-09-28 18:52:13 +0800\n",
        "title: \"Quoted: with colon # and hash\"\nauthor: 'Ann'\npublished: no\ncount: 012\n",
        "tags:\n  - one\n  - two words\ncategories:\n- top\nempty:\nnothing: ~\n",
        "Title: Upper\ntitle: lower\n",
        "layout: post\n\n# a comment line\nheader-img: img/x.jpg\n",
        "tags: []\nlist: [ spaced , items ]\nurl: http://x.y/z?a=b\nratio: 1:2\n",
        "title: 中文标题 与 空格\ntags: [中文, 标签]\n",
        "title: a: b\n",
        "title: x # comment\n",
        "title: \"esc \\\" aped\"\n",
        "title: 'it''s'\n",
        "title: >\n  folded\n  text\n",
        "title: >-\n  folded\n\n\n  text\n\nnext: x\n",
        "title: |\n  literal\n\n   deeper\n  back\n",
        "title: >\n  folded\n    deeper\n",
        "title: >\n\n  blank first\n",
        "title: |\n",
        "title: |+\n  kept\n\n",
        "title: |\n  literal\n",
        "authors:\n  - name: Ann\n",
        "tags: [a, [b, c]]\n",
        "tags: [\"a, b\", c]\n",
        "tags: [a, b,]\n",
        "key: &anchor value\nother: *anchor\n",
        "dup: 1\ndup: 2\n",
        "nested:\n  inner: value\n",
        "title: tab\there\n",
        "title: emoji 😀\n",
        "- just\n- a list\n",
        "plain scalar document\n",
        "title: multi\n  line plain\n",
        "tags:\n  - a\n    - b\n",
        "tags:\n  - a\n -  b\n",
        "title:no-space\n",
        "? complex\n: key\n",
        "title: -starts-with-dash\n",
        "title: {a: b}\n",
        "title: !tag x\n",
        "date: 2020-3-19 29:39:08 +0800\npublished: flase \n",
    })
    void declinesOrAgreesWithSnakeYaml(String text) {
        FrontMatterBlock block = new FrontMatterBlock(FrontMatterBlock.Kind.YAML, text, 2, "");
        Map<String, Object> fast = simple.parse(text);
        List<dev.lectern.model.Problem> warnings = new ArrayList<>();
        Map<String, Object> full = yaml.parseFully(block, warnings);

        if (fast != null) {
            assertThat(warnings).isEmpty();
            assertThat(fast).containsExactlyEntriesOf(full);
        }
        assertThat(yaml.parse(block, new ArrayList<>())).isEqualTo(full);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "title: Hello\ntags: [a, b]\n",
        "title: \"x: y\"\ntags:\n  - a\n  - b\ndate: 2020-01-01\n",
        "layout: post\ntitle: 标题\ncategories: Java\npublished: true \n",
    })
    void commonFrontMatterTakesTheFastPath(String text) {
        assertThat(simple.parse(text)).isNotNull();
    }
}
