package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Maps and lists nested below a front matter key on the fast path: wherever it answers, the fields are SnakeYAML's. */
class YamlBlockTest {

    /** Values the fast path reads, the first {@link #COMMON} of them, then values it may decline. */
    private static final int COMMON = 11;
    private static final String[] VALUES = {"'it''s'", "\"esc \\\" aped \\\\ \\t\"", "plain", "两个字", "'quoted'",
        "\"dq\"", "[a, b]", "[]", "~", "null", "12",
        "a: b", "# comment", "x # note", "|", "&anchor x", "emoji 😀", "ends:", "- dash", "{a: b}", "",
        "'lone ' quote'", "\"\\x41\"", "\"a \" b\"", "\"ends \\\"", "\"\\u00e9\"", "\"\\n\\r\"", "'''", "\"\"",
        ">-\n        folded\n        lines\n\n        more", "|\n           literal\n            deeper", ">\n", "|2\n   x"};

    private final SimpleYaml simple = new SimpleYaml();
    private final YamlFrontMatter yaml = new YamlFrontMatter();

    @Test
    void nestedMapsAndListsOfMapsAreReadAsSnakeYamlReadsThem() {
        String text = "title: Selenium Conference\ncover:\n  image: cover.jpg\n  alt: 封面\nmenu:\n  main:\n    weight: 2\n"
                + "sessions:\n  - speaker: sadym\n    topics: []\n    slidesUrl: null\n  - speaker: ann\n    type:\n"
                + "      - talk\n      - - nested\ntags:\n  - a\n";

        Map<String, Object> fast = simple.parse(text);

        assertThat(fast).isNotNull().containsExactlyEntriesOf(snakeYaml(text));
        assertThat(fast.get("title")).isEqualTo("Selenium Conference");
        assertThat(fast.get("cover")).isEqualTo(Map.of("image", "cover.jpg", "alt", "封面"));
        assertThat(fast.get("tags")).isEqualTo(List.of("a"));
    }

    @Test
    void deepNestingGoesToSnakeYaml() {
        StringBuilder text = new StringBuilder("title: Deep\nkey:\n");
        for (int depth = 1; depth <= YamlBlock.MAX_DEPTH + 1; depth++) {
            text.append("  ".repeat(depth)).append("k").append(depth).append(":\n");
        }
        text.append("  ".repeat(YamlBlock.MAX_DEPTH + 2)).append("leaf: x\n");

        assertThat(simple.parse(text.toString())).isNull();
        assertThat(yaml.parse(new FrontMatterBlock(FrontMatterBlock.Kind.YAML, text.toString(), 2, ""), new ArrayList<>())
                .get("title")).isEqualTo("Deep");
    }

    @Test
    void randomNestedValuesAreDeclinedOrReadExactlyAsSnakeYamlReadsThem() {
        Random random = new Random(7);
        int cases = 6_000;
        int answered = FastPathAgreement.check(() -> randomFrontMatter(random), cases);
        // the generator must exercise the fast path, not only its refusals
        assertThat(answered).isGreaterThan(cases / 10);
    }

    private static String value(Random random) {
        return VALUES[random.nextInt(random.nextInt(3) == 0 ? VALUES.length : COMMON)];
    }

    private static String randomFrontMatter(Random random) {
        StringBuilder text = new StringBuilder("title: Title\n");
        for (int k = 0; k < 1 + random.nextInt(2); k++) {
            text.append("key").append(k).append(":\n");
            node(random, text, 2, 0);
        }
        if (random.nextBoolean()) {
            text.append("tags: [a, b]\n");
        }
        return text.toString();
    }

    private Map<String, Object> snakeYaml(String text) {
        return yaml.parseFully(new FrontMatterBlock(FrontMatterBlock.Kind.YAML, text, 2, ""), new ArrayList<>());
    }

    /** Writes a random map or list at indent, now and then a line out of place, a blank line or a tab. */
    private static void node(Random random, StringBuilder text, int indent, int depth) {
        boolean list = random.nextBoolean();
        int entries = 1 + random.nextInt(3);
        for (int e = 0; e < entries; e++) {
            int shift = random.nextInt(25) == 0 ? random.nextInt(3) - 1 : 0;
            String pad = " ".repeat(Math.max(1, indent + shift));
            if (random.nextInt(30) == 0) {
                text.append(random.nextBoolean() ? "\n" : pad + "\t\n");
            }
            String head = list ? pad + "-" : pad + "k" + random.nextInt(3) + ":";
            if (depth < 3 && random.nextInt(3) == 0) {
                if (list && random.nextBoolean()) {
                    // "- key: value" and the rest of the map under it
                    text.append(head).append(" k: ").append(value(random)).append('\n');
                    if (random.nextBoolean()) {
                        text.append(pad).append("  k2: ").append(value(random)).append('\n');
                    }
                } else {
                    text.append(head).append('\n');
                    node(random, text, indent + (random.nextInt(6) == 0 && !list ? 0 : 2), depth + 1);
                }
            } else {
                String value = value(random);
                text.append(head).append(value.isEmpty() ? "" : " " + value).append('\n');
            }
        }
    }
}
