package dev.lectern.render;

import dev.lectern.model.LoadOnce;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes readings over the kanji of a Japanese body as {@code <ruby class="lt-furi">読<rt>よ</rt></ruby>}, from
 * Kuromoji's morphological analysis: the word's reading in hiragana, its kana (okurigana) left outside the ruby.
 * The generated {@code rt} is not part of the page's text (anchors, search and quotes skip it); ruby the article
 * wrote itself is kept as written.
 */
final class FuriganaWriter {

    /** One part of a text: as written, with its reading over it or null for none. */
    record Part(String text, String reading) {
    }

    /** Characters analysed per article at most; the rest is shown without readings. */
    static final int MAX_CHARS = 500_000;

    private static final Set<Integer> GRADE_2 = kanji("grade1.txt", "grade2.txt");
    private static final Set<Integer> JOYO = kanji("joyo.txt");

    private final JapaneseTokenizer tokenizer;
    private final ReadingAttribute reading;
    private final OffsetAttribute offset;
    private final Furigana level;

    /** A writer for one body at a time (Kuromoji's tokenizer is not shared between threads). */
    FuriganaWriter(Furigana level) {
        // the dictionaries load on a thread nothing interrupts, once (LoadOnce; the library's tag order loads them too)
        LoadOnce.await("kuromoji", () -> new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));
        this.tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
        this.reading = tokenizer.addAttribute(ReadingAttribute.class);
        this.offset = tokenizer.addAttribute(OffsetAttribute.class);
        this.level = level;
    }

    /**
     * Adds readings to the body's eligible text, each run of it read whole ({@link TextRuns}): a word's reading does not
     * change because a vertical page sets the number before it upright.
     */
    void annotate(Element body) {
        TextReplacements replacements = new TextReplacements();
        for (List<TextNode> run : TextRuns.of(ReadingTextNodes.of(body, MAX_CHARS))) {
            StringBuilder whole = new StringBuilder();
            for (TextNode node : run) {
                whole.append(node.getWholeText());
            }
            List<Part> parts = parts(whole.toString());
            if (parts.stream().noneMatch(p -> p.reading() != null)) {
                continue;
            }
            int at = 0;
            int part = 0;
            int partStart = 0;
            for (TextNode node : run) {
                int end = at + node.getWholeText().length();
                List<Part> own = new ArrayList<>();
                while (part < parts.size() && partStart < end) {
                    Part p = parts.get(part);
                    int from = Math.max(partStart, at);
                    int to = Math.min(partStart + p.text().length(), end);
                    boolean entire = from == partStart && to == partStart + p.text().length();
                    own.add(new Part(p.text().substring(from - partStart, to - partStart), entire ? p.reading() : null));
                    if (to < partStart + p.text().length()) {
                        break; // the part goes on in the next node
                    }
                    partStart += p.text().length();
                    part++;
                }
                if (own.stream().anyMatch(p -> p.reading() != null)) {
                    replacements.put(node, nodes(own));
                }
                at = end;
            }
        }
        replacements.apply();
    }

    /** The parts as nodes: text as it is, a word with a reading as {@code <ruby class="lt-furi">}. */
    private static List<Node> nodes(List<Part> parts) {
        List<Node> made = new ArrayList<>();
        for (Part part : parts) {
            if (part.reading() == null) {
                made.add(new TextNode(part.text()));
            } else {
                Element ruby = new Element("ruby").addClass("lt-furi").appendText(part.text());
                ruby.appendElement("rt").text(part.reading());
                made.add(ruby);
            }
        }
        return made;
    }

    /** The text as parts: words with kanji that need a reading get one, the rest is joined as written. */
    List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int done = 0;
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (start < done || end > text.length()) {
                    continue;
                }
                plain.append(text, done, start);
                String surface = text.substring(start, end);
                for (Part part : wordParts(surface, counterReading(text, start, surface, reading.getReading()))) {
                    if (part.reading() == null) {
                        plain.append(part.text());
                    } else {
                        flush(plain, parts);
                        parts.add(part);
                    }
                }
                done = end;
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // closing a reader over a string cannot fail
            }
        }
        plain.append(text, done, text.length());
        flush(plain, parts);
        return parts;
    }

    /** Days of the month whose reading is the number's and the day's together (みっか, はつか): none over 日 alone. */
    private static final Set<Integer> DAYS_READ_WHOLE = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 20, 24);

    /**
     * The reading of a word after a number written in digits: 月 is the month's がつ (Kuromoji reads 3月 as 3 and
     * つき), 日 the day's にち but no reading where the day is read whole (3日 みっか); others as Kuromoji reads them.
     */
    static String counterReading(String text, int start, String surface, String katakana) {
        if (!surface.equals("月") && !surface.equals("日")) {
            return katakana;
        }
        int digits = start;
        while (digits > 0 && isDigit(text.charAt(digits - 1))) {
            digits--;
        }
        if (digits == start || start - digits > 4) {
            return katakana;
        }
        if (surface.equals("月")) {
            return "ガツ";
        }
        int number = 0;
        for (int i = digits; i < start; i++) {
            number = number * 10 + Character.digit(text.charAt(i), 10);
        }
        return DAYS_READ_WHOLE.contains(number) ? null : "ニチ";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static void flush(StringBuilder plain, List<Part> parts) {
        if (plain.length() > 0) {
            parts.add(new Part(plain.toString(), null));
            plain.setLength(0);
        }
    }

    /** A word split into kanji runs with their readings and kana without: 読む/ヨム → 読(よ) む. */
    List<Part> wordParts(String surface, String katakana) {
        List<String> groups = groups(surface);
        if (katakana == null || groups.stream().noneMatch(FuriganaWriter::hasKanji)) {
            return List.of(new Part(surface, null));
        }
        String hira = hiragana(katakana);
        List<Part> parts = new ArrayList<>();
        int pos = 0;
        for (int g = 0; g < groups.size(); g++) {
            String group = groups.get(g);
            if (!hasKanji(group)) {
                String kana = hiragana(group);
                if (!hira.startsWith(kana, pos)) {
                    return whole(surface, hira);
                }
                parts.add(new Part(group, null));
                pos += kana.length();
                continue;
            }
            int end;
            if (g == groups.size() - 1) {
                end = hira.length();
            } else {
                String next = hiragana(groups.get(g + 1));
                end = g + 1 == groups.size() - 1 ? hira.length() - next.length() : hira.indexOf(next, pos + 1);
            }
            if (end <= pos || end > hira.length()) {
                return whole(surface, hira);
            }
            parts.add(new Part(group, needsReading(group) ? hira.substring(pos, end) : null));
            pos = end;
        }
        return pos == hira.length() ? parts : whole(surface, hira);
    }

    private List<Part> whole(String surface, String hira) {
        return List.of(new Part(surface, needsReading(surface) ? hira : null));
    }

    private boolean needsReading(String text) {
        Set<Integer> known = switch (level) {
            case BEYOND_GRADE_2 -> GRADE_2;
            case BEYOND_JOYO -> JOYO;
            default -> Set.of();
        };
        return text.codePoints().anyMatch(cp -> ScriptConverter.isHan(cp) && cp != '々' && !known.contains(cp));
    }

    /** Runs of kanji and of other characters, in order. */
    private static List<String> groups(String surface) {
        List<String> groups = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < surface.length(); ) {
            int cp = surface.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (next < surface.length() && ScriptConverter.isHan(cp) != ScriptConverter.isHan(surface.codePointAt(next))) {
                groups.add(surface.substring(start, next));
                start = next;
            }
            i = next;
        }
        groups.add(surface.substring(start));
        return groups;
    }

    private static boolean hasKanji(String text) {
        return text.codePoints().anyMatch(ScriptConverter::isHan);
    }

    static String hiragana(String katakana) {
        StringBuilder out = new StringBuilder(katakana.length());
        for (int i = 0; i < katakana.length(); i++) {
            char c = katakana.charAt(i);
            out.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }

    private static Set<Integer> kanji(String... files) {
        StringBuilder all = new StringBuilder();
        for (String file : files) {
            try (InputStream in = FuriganaWriter.class.getResourceAsStream("kanji/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing kanji list " + file);
                }
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.codePoints().filter(ScriptConverter::isHan).boxed().collect(Collectors.toUnmodifiableSet());
    }
}
