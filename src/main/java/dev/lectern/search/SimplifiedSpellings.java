package dev.lectern.search;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Simplified spellings a Traditional word may come from, where no converter turns it back: 乾燥 is what 干燥 is
 * shown as in Traditional, but 乾 is a Simplified character too, so converting 乾燥 to Simplified leaves it. Each
 * character's possible Simplified forms (OpenCC's TSCharacters: 乾 → 乾, 干) are combined, and a spelling is kept when
 * converting it to Traditional or Taiwan's script gives the word back. Bounded: words of at most
 * {@value #MOST_CHARS} characters, at most {@value #MOST_SPELLINGS} spellings tried.
 */
final class SimplifiedSpellings {

    private static final String TABLE = "/data/dictionary/TSCharacters.txt"; // opencc4j's, in its jar
    private static final int MOST_CHARS = 8;
    private static final int MOST_SPELLINGS = 64;
    private static final int MOST_BYTES = 256 * 1024;

    private SimplifiedSpellings() {
    }

    private static final class Table {
        static final Map<Integer, String[]> FORMS = load();
    }

    /** The spellings of the word that convert back to it, the word itself left out; none for a long word. */
    static List<String> of(String word) {
        if (word.codePointCount(0, word.length()) > MOST_CHARS) {
            return List.of();
        }
        List<String> spellings = new ArrayList<>(List.of(""));
        for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
            int c = word.codePointAt(i);
            String[] forms = Table.FORMS.getOrDefault(c, new String[] {Character.toString(c)});
            List<String> longer = new ArrayList<>();
            for (String start : spellings) {
                for (String form : forms) {
                    if (longer.size() < MOST_SPELLINGS) {
                        longer.add(start + form);
                    }
                }
            }
            spellings = longer;
        }
        List<String> back = new ArrayList<>();
        for (String spelling : spellings) {
            if (!spelling.equals(word) && (ZhConverterUtil.toTraditional(spelling).equals(word)
                    || ZhTwConverterUtil.toTraditional(spelling).equals(word))) {
                back.add(spelling);
            }
        }
        return back;
    }

    /** A character to its Simplified forms, for the characters that have more than one or another one. */
    private static Map<Integer, String[]> load() {
        Map<Integer, String[]> forms = new HashMap<>();
        try (InputStream in = SimplifiedSpellings.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                return forms;
            }
            for (String line : new String(in.readNBytes(MOST_BYTES), StandardCharsets.UTF_8).split("\r?\n")) {
                String[] parts = line.split("[\t ]+");
                if (parts.length >= 2 && parts[0].codePointCount(0, parts[0].length()) == 1) {
                    String[] to = new String[parts.length - 1];
                    System.arraycopy(parts, 1, to, 0, to.length);
                    forms.put(parts[0].codePointAt(0), to);
                }
            }
        } catch (IOException | RuntimeException e) {
            return new HashMap<>();
        }
        return forms;
    }
}
