package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Which Han characters only Simplified or only Traditional Chinese writes (这, 们 against 這, 們), from the character
 * tables OpenCC converts with ({@code han-forms.txt}: a character none of whose conversions is itself). Loaded once,
 * on the first Chinese page; without the file no character is either, and every page reads as Simplified as before.
 */
final class HanForms {

    private static final String FILE = "han-forms.txt";
    private static final int MOST_BYTES = 64 * 1024;

    private HanForms() {
    }

    private static final class Tables {
        static final BitSet[] ONLY = load();
    }

    static boolean simplifiedOnly(int codePoint) {
        return Tables.ONLY[0].get(codePoint);
    }

    static boolean traditionalOnly(int codePoint) {
        return Tables.ONLY[1].get(codePoint);
    }

    /** The file's two lines of characters after its comments: those only Simplified writes, then only Traditional. */
    private static BitSet[] load() {
        BitSet[] only = {new BitSet(), new BitSet()};
        try (InputStream in = HanForms.class.getResourceAsStream(FILE)) {
            String[] lines = in == null ? new String[0]
                    : new String(in.readNBytes(MOST_BYTES), StandardCharsets.UTF_8).split("\n");
            int set = 0;
            for (String line : lines) {
                if (!line.startsWith("#") && set < only.length) {
                    BitSet bits = only[set++];
                    for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
                        bits.set(line.codePointAt(i));
                    }
                }
            }
        } catch (IOException e) {
            return new BitSet[] {new BitSet(), new BitSet()};
        }
        return only;
    }
}
