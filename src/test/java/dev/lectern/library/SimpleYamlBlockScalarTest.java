package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Block scalars ({@code description: >} and {@code |}, a sixth of corpus B's front matter, with or without an
 * indentation digit) and plain values continued on indented lines on the fast path: wherever it answers, the fields
 * are exactly SnakeYAML's.
 */
class SimpleYamlBlockScalarTest {

    /** What follows a key: block scalar headers, nothing (a value on the lines below) or the first words of a value. */
    private static final String[] HEADERS = {"|", "|-", ">", ">-", "|2-", ">2", "|-1", ">3-", "", "first words",
        "'quoted'", "|+", ">0", "|10", "~"};
    private static final String[] WORDS = {"word", "两个字", "a: b", "# not a comment", "'quoted'", "\"dq\"", "x,y",
        "[list]", "- dash", "trailing ", "ダッシュ", "http://x.y/z?a=b", "---", "...", "emoji 😀", "~", "ends:",
        "tab\there", "　ideographic space"};

    private final SimpleYaml simple = new SimpleYaml();
    private final YamlFrontMatter yaml = new YamlFrontMatter();

    @Test
    void foldedAndLiteralDescriptionsAreReadAsSnakeYamlReadsThem() {
        String text = "title: T\ndescription: >\n  Folded lines\n  join with spaces.\n\n  A blank line is a break.\n"
                + "summary: |-\n  Literal lines\n    keep their breaks\n  and indents.\n\ntags: [a, b]\n";

        Map<String, Object> fast = simple.parse(text);

        assertThat(fast).isNotNull().containsExactlyEntriesOf(snakeYaml(text));
        assertThat(fast.get("description")).isEqualTo("Folded lines join with spaces.\nA blank line is a break.\n");
        assertThat(fast.get("summary")).isEqualTo("Literal lines\n  keep their breaks\nand indents.");
        assertThat(fast.get("tags")).isEqualTo(List.of("a", "b"));
    }

    @Test
    void plainValuesOnIndentedLinesAndGivenIndentationsAreReadAsSnakeYamlReadsThem() {
        String text = "layout:\n  'layouts/blog-post.njk'\nsubhead:\n  Learn how the API lets you\n  read fonts 😀\n\n"
                + "  and more.\ntitle: Continued\n   on the next line\nnotice: |2-\n\n  Erlauben Sie\n   Websites\n"
                + "authors:\n  - ann\n";

        Map<String, Object> fast = simple.parse(text);

        assertThat(fast).isNotNull().containsExactlyEntriesOf(snakeYaml(text));
        assertThat(fast.get("layout")).isEqualTo("layouts/blog-post.njk");
        assertThat(fast.get("subhead")).isEqualTo("Learn how the API lets you read fonts 😀\nand more.");
        assertThat(fast.get("title")).isEqualTo("Continued on the next line");
        assertThat(fast.get("notice")).isEqualTo("\nErlauben Sie\n Websites");
        assertThat(fast.get("authors")).isEqualTo(List.of("ann"));
    }

    @Test
    void randomBlockScalarsAreDeclinedOrReadExactlyAsSnakeYamlReadsThem() {
        Random random = new Random(42);
        int cases = 6_000;
        int answered = FastPathAgreement.check(() -> randomFrontMatter(random), cases);
        // the generator must exercise the fast path, not only its refusals
        assertThat(answered).isGreaterThan(cases / 8);
    }

    private Map<String, Object> snakeYaml(String text) {
        return yaml.parseFully(new FrontMatterBlock(FrontMatterBlock.Kind.YAML, text, 2, ""), new ArrayList<>());
    }

    private static String randomFrontMatter(Random random) {
        StringBuilder text = new StringBuilder("title: Title\n");
        int keys = 1 + random.nextInt(3);
        for (int k = 0; k < keys; k++) {
            String header = HEADERS[random.nextInt(HEADERS.length)];
            text.append("key").append(k).append(':').append(header.isEmpty() ? "" : " " + header).append('\n');
            int indent = 1 + random.nextInt(4);
            int lines = random.nextInt(6);
            for (int l = 0; l < lines; l++) {
                int kind = random.nextInt(12);
                if (kind == 0) {
                    text.append('\n');
                } else if (kind == 1) {
                    text.append(" ".repeat(random.nextInt(indent + 3))).append('\n');
                } else {
                    int extra = kind == 2 ? 1 + random.nextInt(3) : kind == 3 ? -1 : 0;
                    text.append(" ".repeat(Math.max(0, indent + extra)));
                    int words = 1 + random.nextInt(3);
                    for (int w = 0; w < words; w++) {
                        text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                    }
                    text.append('\n');
                }
            }
        }
        if (random.nextBoolean()) {
            text.append("tags: [a, b]\n");
        }
        return text.toString();
    }
}
