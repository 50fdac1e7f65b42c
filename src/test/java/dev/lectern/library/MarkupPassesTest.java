package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each markup pass gives what the regex it replaced gives, on random text made of the characters that matter. */
class MarkupPassesTest {

    private static final String ALPHABET = "<!-->{}%:[]()!! \t\n\n\r\u2028\u0085\u000Bab线";
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{:[^}\\n]*}");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s*\\[[^\\]]+]:\\s*\\S+.*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern HTML = Pattern.compile("<[^>\\n]*>");
    private static final Pattern TEMPLATE = Pattern.compile("\\{%.*?%}|\\{\\{.*?}}");

    @Test
    void everyPassMatchesItsRegexOnRandomText() {
        Random random = new Random(7);
        for (int n = 0; n < 60_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertThat(MarkupPasses.comments(s)).as("comments of [%s]", s).isEqualTo(COMMENT.matcher(s).replaceAll(" "));
            assertThat(MarkupPasses.enclosed(s, "{:", '}')).as("attributes of [%s]", s)
                    .isEqualTo(ATTRIBUTES.matcher(s).replaceAll(" "));
            assertThat(MarkupPasses.references(s)).as("references of [%s]", s).isEqualTo(REFERENCE.matcher(s).replaceAll(""));
            assertThat(MarkupPasses.bracketed(s, "![")).as("images of [%s]", s).isEqualTo(IMAGE.matcher(s).replaceAll("$1"));
            assertThat(MarkupPasses.bracketed(s, "[")).as("links of [%s]", s).isEqualTo(LINK.matcher(s).replaceAll("$1"));
            assertThat(MarkupPasses.enclosed(s, "<", '>')).as("tags of [%s]", s).isEqualTo(HTML.matcher(s).replaceAll(" "));
            assertThat(MarkupPasses.templates(s)).as("templates of [%s]", s).isEqualTo(TEMPLATE.matcher(s).replaceAll(" "));
        }
    }

    @Test
    void examples() {
        assertThat(PlainText.body("a <!-- note --> b {: #id} [link](http://x) ![alt](a.png) <b>c</b> {% raw %}d{{ e }}\n"
                + "[ref]: http://example.com \"T\"\nf")).isEqualTo("a b link alt c d f");
    }

    @Test
    void hostileRunsOfOpeningsStayFast() {
        // 2 MB of each opening without its end took hours through the regexes (each start scanned to the end)
        for (String unit : new String[] {"<", "<!--", "![", "[", "{%", "{{", "{:", "\n[x", "\n"}) {
            String text = unit.repeat(2_000_000 / unit.length()) + "]:";
            assertThat(PlainText.body(text)).as(unit).isNotNull();
        }
    }
}
