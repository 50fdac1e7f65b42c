package dev.lectern.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The ruby and emphasis-dot markup Japanese writers put in plain text, as カクヨム, 小説家になろう and pixiv read it and
 * でんでんマークダウン writes it: {@code |漢字《かんじ》} (a bar, full-width or not, starts the base),
 * {@code 漢字《かんじ》} (the kanji just before the reading are the base), {@code {漢字|かんじ}} and
 * {@code {漢字|かん|じ}} (a reading per character), {@code 《《強調》》} (dots beside each character) and {@code |《}
 * (a 《 that starts nothing). The page shows them ({@code render.RubyMarks}) and the plain text of snippets and titles
 * reads their base ({@link #plain}), from this one definition.
 *
 * <p>Chinese writes book titles in 《》 and sets ｜ between a title's parts, so outside Japanese text (kana outside
 * 《》, {@link #isJapanese}) only a reading in kana is one: 读了《呐喊》, 读书笔记｜鲁迅《呐喊》, 专栏｜《三体》 and
 * 我在看《となりのトトロ》 stay as written. A reading with no bar must be all kana after kanji, a bar's base all letters
 * and a brace's base CJK with kana readings; none of corpus B's 10,000 files has a 《》, bar or brace these rules take.
 * The scan is one pass with a bounded look ahead at each mark ({@link #MAX_BASE}, {@link #MAX_READING}), linear in
 * the text.
 */
public final class RubyMarkup {

    /** The longest base read (カクヨム allows 20 after a bar); a longer run of kanji gives its last this many. */
    public static final int MAX_BASE = 20;
    /** The longest reading, and the longest text between 《《 and 》》. */
    public static final int MAX_READING = 50;

    /** One piece of a text: as written, a base with its readings, or words with emphasis dots. */
    public sealed interface Part {
        /** The words as the reader reads them: without readings or marks. */
        String words();
    }

    /** Text shown as it is. */
    public record Plain(String text) implements Part {
        @Override
        public String words() {
            return text;
        }
    }

    /**
     * A base with its reading: one pair for the whole base, or one per character ({@code {漢字|かん|じ}}), each base and
     * reading a pair of the two lists.
     */
    public record Ruby(List<String> bases, List<String> readings) implements Part {
        /** The base as written, without its readings. */
        @Override
        public String words() {
            return String.join("", bases);
        }
    }

    /** Words written between 《《 and 》》, shown with a dot beside each character. */
    public record Dots(String text) implements Part {
        @Override
        public String words() {
            return text;
        }
    }

    private RubyMarkup() {
    }

    /** Whether the text may hold markup: a cheap test before {@link #parts}. */
    public static boolean mayHold(String text) {
        return text.indexOf('《') >= 0 || text.indexOf('{') >= 0 && text.indexOf('|') >= 0;
    }

    /**
     * The text as the reader sees it without readings: each base as written, dotted words without their marks; each
     * paragraph (up to a blank line) read as the page reads its block ({@link #isJapanese}).
     */
    public static String plain(String text) {
        if (!mayHold(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int from = 0; from < text.length(); ) {
            int blank = text.indexOf("\n\n", from);
            int to = blank < 0 ? text.length() : blank + 2;
            String paragraph = text.substring(from, to);
            for (Part part : parts(paragraph, isJapanese(paragraph))) {
                out.append(part.words());
            }
            from = to;
        }
        return out.toString();
    }

    /** The text cut into its pieces, as {@link #parts(String, boolean)} with the text its own context. */
    public static List<Part> parts(String text) {
        return parts(text, isJapanese(text));
    }

    /**
     * Whether a text reads as Japanese: it has kana outside 《》 and braces (の, を, カタカナ). Chinese writes none, but
     * may put a Japanese title in 《》 (我在看《となりのトトロ》) or set a bar before one (专栏｜《三体》读后感).
     */
    public static boolean isJapanese(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《' || c == '{') {
                depth++;
            } else if ((c == '》' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && isKana(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text cut into its pieces; one {@link Plain} when it holds no markup. In text that is not Japanese only a
     * reading in kana is taken ({@code |漢字《かんじ》}, {@code {漢字|かんじ}}): a reading after kanji alone, dots and the
     * bar before a 《 need Japanese around them.
     */
    public static List<Part> parts(String text, boolean japanese) {
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '|' || c == '｜') {
                end = afterBar(text, i, plain, parts, japanese);
            } else if (c == '《' && japanese) {
                end = text.startsWith("《《", i) ? afterDots(text, i, plain, parts) : afterKanji(text, i, plain, parts);
            } else if (c == '{') {
                end = afterBraces(text, i, plain, parts);
            }
            if (end < 0) {
                plain.append(c);
                i++;
            } else {
                i = end;
            }
        }
        flush(plain, parts);
        return parts;
    }

    /** {@code |base《reading》} or {@code |《}: where the text goes on, or -1 when the bar starts neither. */
    private static int afterBar(String text, int bar, StringBuilder plain, List<Part> parts, boolean japanese) {
        if (text.startsWith("《", bar + 1) && japanese) {
            plain.append('《');
            return bar + 2;
        }
        int open = bar + 1;
        while (open < text.length() && open - bar - 1 <= MAX_BASE && isBaseLetter(text.codePointAt(open))) {
            open += Character.charCount(text.codePointAt(open));
        }
        int baseLength = open - bar - 1;
        if (baseLength == 0 || baseLength > MAX_BASE || !text.startsWith("《", open) || text.startsWith("《《", open)) {
            return -1;
        }
        int close = closing(text, open + 1, '》');
        if (close < 0 || !japanese && text.substring(open + 1, close).chars().noneMatch(c -> isKana((char) c))) {
            return -1;
        }
        flush(plain, parts);
        parts.add(new Ruby(List.of(text.substring(bar + 1, open)), List.of(text.substring(open + 1, close))));
        return close + 1;
    }

    /** {@code 漢字《かな》}: the kanji already read are the base; -1 unless the reading is kana and kanji precede it. */
    private static int afterKanji(String text, int open, StringBuilder plain, List<Part> parts) {
        int close = closing(text, open + 1, '》');
        if (close < 0 || !allKana(text, open + 1, close)) {
            return -1;
        }
        int start = plain.length();
        while (start > 0 && plain.length() - start < MAX_BASE && isKanji(plain.codePointBefore(start))) {
            start -= Character.charCount(plain.codePointBefore(start));
        }
        if (start == plain.length()) {
            return -1;
        }
        String base = plain.substring(start);
        plain.setLength(start);
        flush(plain, parts);
        parts.add(new Ruby(List.of(base), List.of(text.substring(open + 1, close))));
        return close + 1;
    }

    /** {@code 《《words》》}: -1 when they do not close on the same line within {@link #MAX_READING} characters. */
    private static int afterDots(String text, int open, StringBuilder plain, List<Part> parts) {
        int close = closing(text, open + 2, '》');
        if (close < 0 || !text.startsWith("》》", close)) {
            return -1;
        }
        flush(plain, parts);
        parts.add(new Dots(text.substring(open + 2, close)));
        return close + 2;
    }

    /** {@code {漢字|かんじ}} or {@code {漢字|かん|じ}}: -1 unless the base holds CJK and every reading is kana. */
    private static int afterBraces(String text, int open, StringBuilder plain, List<Part> parts) {
        int close = closing(text, open + 1, '}');
        if (close < 0) {
            return -1;
        }
        String[] pieces = text.substring(open + 1, close).split("[|｜]", -1);
        String base = pieces[0];
        if (pieces.length < 2 || base.isEmpty() || base.length() > MAX_BASE || !base.codePoints().allMatch(
                cp -> Character.isLetterOrDigit(cp) || isKanjiMark(cp)) || base.codePoints().noneMatch(CjkScript::isLetter)) {
            return -1;
        }
        List<String> readings = List.of(pieces).subList(1, pieces.length);
        for (String reading : readings) {
            if (reading.isEmpty() || !allKana(reading, 0, reading.length())) {
                return -1;
            }
        }
        List<String> bases = base.codePoints().mapToObj(Character::toString).toList();
        flush(plain, parts);
        parts.add(readings.size() == bases.size() ? new Ruby(bases, readings)
                : new Ruby(List.of(base), List.of(String.join("", readings))));
        return close + 1;
    }

    /** The closing mark's index within {@link #MAX_READING} characters from, on the same line and not empty; else -1. */
    private static int closing(String text, int from, char mark) {
        int limit = Math.min(text.length(), from + MAX_READING + 1);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == mark) {
                return i > from ? i : -1;
            }
            if (c == '\n' || c == '\r' || c == '《' || c == '{') {
                return -1;
            }
        }
        return -1;
    }

    private static void flush(StringBuilder plain, List<Part> parts) {
        if (!plain.isEmpty()) {
            parts.add(new Plain(plain.toString()));
            plain.setLength(0);
        }
    }

    /** A letter or digit of any script, or a mark read as a kanji (々〆ヶ〇): what a bar's base is made of. */
    private static boolean isBaseLetter(int c) {
        return Character.isLetterOrDigit(c) || isKanjiMark(c);
    }

    private static boolean isKanji(int c) {
        return CjkScript.isHan(c) || isKanjiMark(c);
    }

    private static boolean isKanjiMark(int c) {
        return c == '々' || c == '〆' || c == 'ヶ' || c == '〇';
    }

    /** Hiragana, katakana (half-width too), the long-vowel and iteration marks and a middle dot, nothing else. */
    private static boolean allKana(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isKana(text.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean isKana(char c) {
        return c >= '\u3041' && c <= '\u309F' || c >= '\u30A0' && c <= '\u30FF' || c >= '\uFF65' && c <= '\uFF9F';
    }
}
