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
 * <p>Chinese writes book titles in 《》, so a reading with no bar before it must be all kana, a bar's base all letters
 * and a brace's base CJK with kana readings: 读了《呐喊》 stays as written (only a Chinese sentence naming a title
 * written all in kana would be taken, and none of corpus B's 10,000 files has a 《》, bar or brace these rules take).
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

    /** The text as the reader sees it without readings: each base as written, dotted words without their marks. */
    public static String plain(String text) {
        if (!mayHold(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (Part part : parts(text)) {
            out.append(part.words());
        }
        return out.toString();
    }

    /** The text cut into its pieces; one {@link Plain} when it holds no markup. */
    public static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '|' || c == '｜') {
                end = afterBar(text, i, plain, parts);
            } else if (c == '《') {
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
    private static int afterBar(String text, int bar, StringBuilder plain, List<Part> parts) {
        if (text.startsWith("《", bar + 1)) {
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
        if (close < 0) {
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
            char c = text.charAt(i);
            boolean kana = c >= '\u3041' && c <= '\u309F' || c >= '\u30A0' && c <= '\u30FF'
                    || c >= '\uFF65' && c <= '\uFF9F';
            if (!kana) {
                return false;
            }
        }
        return to > from;
    }
}
