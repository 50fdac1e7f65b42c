package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each hand-written pass gives what the regex it replaced gives, on random text made of the characters that matter. */
class TextPassesTest {

    private static final String ALPHABET = "#>-*+=_:|~`0123456789.) \t\n\n\r\u2028ab线程ナー。";
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*[-=*_:| ]{3,}$");
    private static final Pattern LINE_MARKERS =
            Pattern.compile("(?m)^[ \\t]*(?:(?:>[ \\t]*)+|#{1,6}[ \\t]+|[-*+][ \\t]+|\\d{1,9}[.)][ \\t]+)");
    private static final Pattern MARKS = Pattern.compile("\\*+|~~|`+|\\|");
    /** The page's rule (model.CjkScript): CJK letters, Hangul included, and CJK or full-width punctuation join lines. */
    private static final String JOINS = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}ー\\u3000-\\u303F\\uFF00-\\uFFEF]";
    private static final Pattern JOINING = Pattern.compile(JOINS);
    private static final Pattern CJK_BREAK = Pattern.compile("(?<=" + JOINS + ")[ \\t]*\\n[ \\t]*(?=" + JOINS + ")");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    @Test
    void everyPassMatchesItsRegexOnRandomText() {
        Random random = new Random(42);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            String lines = LINE_MARKERS.matcher(RULE.matcher(s).replaceAll("")).replaceAll("");
            assertThat(TextPasses.dropRulesAndLineMarkers(s)).as("lines of [%s]", s).isEqualTo(lines);
            assertThat(TextPasses.blankMarks(s)).as("marks of [%s]", s).isEqualTo(MARKS.matcher(s).replaceAll(m ->
                    !m.group().equals("|") && (m.start() > 0 && JOINING.matcher(s.substring(m.start() - 1, m.start())).matches()
                            || m.end() < s.length() && JOINING.matcher(s.substring(m.end(), m.end() + 1)).matches()) ? "" : " "));
            assertThat(TextPasses.joinCjkLines(s)).as("CJK lines of [%s]", s).isEqualTo(CJK_BREAK.matcher(s).replaceAll(""));
            assertThat(TextPasses.collapseSpace(s)).as("spaces of [%s]", s).isEqualTo(SPACE.matcher(s).replaceAll(" "));
        }
    }

    @Test
    void examples() {
        assertThat(TextPasses.blankMarks("有**粗体**和`代码`，~~删~~。UN*X a**b**c | x")).isEqualTo("有粗体和代码，删。UN X a b c   x");
        assertThat(TextPasses.dropRulesAndLineMarkers("## 标题\n> > 引用\n- 项\n12. 第十二\n---\n| :-- | --: |\n#no\n1234567890. x"))
                .isEqualTo("标题\n引用\n项\n第十二\n\n\n#no\n1234567890. x");
    }
}
