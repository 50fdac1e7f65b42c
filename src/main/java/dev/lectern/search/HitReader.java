package dev.lectern.search;

import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Turns top documents into hits, with a snippet from the body, else the notes; the start of the body when only the
 * title or tags matched. Reads doc values only, and decodes a long body only as far as its first match.
 */
final class HitReader {

    /** How much of a body is decoded first: its first match is usually there. */
    private static final int HEAD_BYTES = 8 * 1024;

    private HitReader() {
    }

    static List<SearchHit> read(IndexReader reader, TopDocs top, Snippets snippets) throws IOException {
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        String[] ids = IndexValues.strings(reader, docs, IndexFields.ID_VALUE);
        String[] notes = IndexValues.strings(reader, docs, IndexFields.NOTES_VALUE);
        Snippets.SearchHitText[] texts = new Snippets.SearchHitText[docs.length];
        IndexValues.forEach(reader, docs, IndexFields.BODY_VALUE,
                (i, body) -> texts[i] = snippet(body == null ? new BytesRef() : body, notes[i], snippets));
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            hits.add(new SearchHit(new ArticleId(ids[i]), top.scoreDocs[i].score, texts[i].snippet(), texts[i].matches()));
        }
        return hits;
    }

    /** As {@link Snippets#cut} of the body and the notes, decoding the body's head first. */
    private static Snippets.SearchHitText snippet(BytesRef body, String notes, Snippets snippets) {
        int head = charBoundary(body, HEAD_BYTES);
        String text = new String(body.bytes, body.offset, head, StandardCharsets.UTF_8);
        boolean more = head < body.length;
        int at = snippets.firstMatch(text);
        if (more && !(at >= 0 && snippets.fitsIn(at, text.length()))) {
            text = new String(body.bytes, body.offset, body.length, StandardCharsets.UTF_8);
            more = false;
            at = snippets.firstMatch(text);
        }
        if (at >= 0) {
            return snippets.around(text, at, more);
        }
        int inNotes = snippets.firstMatch(notes);
        if (inNotes >= 0) {
            return snippets.around(notes, inNotes, false);
        }
        if (!text.isBlank()) {
            return snippets.start(text, more);
        }
        return notes.isBlank() ? new Snippets.SearchHitText("", List.of()) : snippets.start(notes, false);
    }

    /** The length of the first max bytes at most, not cutting a UTF-8 sequence. */
    private static int charBoundary(BytesRef bytes, int max) {
        int length = Math.min(bytes.length, max);
        while (length < bytes.length && length > 0 && (bytes.bytes[bytes.offset + length] & 0xC0) == 0x80) {
            length--;
        }
        return length;
    }
}
