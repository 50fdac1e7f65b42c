package dev.lectern.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The layout of the documents in the index, recorded with each commit. An index in another layout (or none recorded:
 * written before bodies became doc values) is rebuilt from scratch rather than mixed with new documents.
 */
final class IndexFormat {

    private static final String KEY = "lectern.format";
    /**
     * 3: the file's text (front matter values and markdown) is what is searched, the plain body only shown.
     * 4: pieces of 1 to 3 characters for substrings outside CJK; no copy of the text (snippets come from the files).
     * 5: no single CJK characters in the file's text; each CJK character of an article is a piece instead; pieces of
     * two characters only where they end a run.
     * 6: a body with Japanese ruby markup searched as its page reads it as well (夕陽が校庭 in |夕陽《ゆうひ》が校庭).
     * 7: text composed (NFC) when read, so Hangul saved as loose jamo is found by the syllables a reader types.
     * 8: final sigma ς folded as σ and dotless ı as i, in words and pieces (οδος finds ΟΔΟΣ, ığdır finds Iğdır).
     */
    private static final String CURRENT = "8";

    private IndexFormat() {
    }

    /** What each commit records. */
    static Iterable<Map.Entry<String, String>> commitData() {
        return Map.of(KEY, CURRENT).entrySet();
    }

    /** True when the folder holds no index yet, or one in the current layout. */
    static boolean isCurrentOrAbsent(Directory directory) throws IOException {
        return !DirectoryReader.indexExists(directory)
                || CURRENT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(KEY));
    }
}
