package dev.lectern.search;

import dev.lectern.library.ArticleSource;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.ScoreDoc;

/**
 * Turns top documents into hits, with a snippet cut from the article's file (the index keeps no copy of the text),
 * else from the notes; the start of the body when only the title or tags matched. Only the head of a long body is
 * made plain when the first match is there.
 */
final class HitReader {

    private static final System.Logger LOG = System.getLogger(HitReader.class.getName());
    /** How much of a body is made plain first: its first match is usually there. */
    private static final int HEAD_CHARS = 8 * 1024;

    private HitReader() {
    }

    static List<SearchHit> read(IndexReader reader, ScoreDoc[] top, SourceFiles files, Snippets snippets) throws IOException {
        int[] docs = new int[top.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top[i].doc;
        }
        String[] ids = IndexValues.strings(reader, docs, IndexFields.ID_VALUE);
        String[] notes = IndexValues.strings(reader, docs, IndexFields.NOTES_VALUE);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            ArticleId id = new ArticleId(ids[i]);
            Snippets.SearchHitText text = snippet(body(files, id), notes[i], snippets);
            hits.add(new SearchHit(id, top[i].score, text.snippet(), text.matches()));
        }
        return hits;
    }

    /** The markdown body of the article's file now; "" when it cannot be read (moved or deleted since it was indexed). */
    private static String body(SourceFiles files, ArticleId id) {
        try {
            ArticleSource source = files.read(id);
            return source == null ? "" : source.body();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "No snippet, cannot read " + id + ": " + e);
            return "";
        }
    }

    /** As {@link Snippets#cut} of the plain body and the notes, making the body's head plain first. */
    private static Snippets.SearchHitText snippet(String markdown, String notes, Snippets snippets) {
        boolean more = markdown.length() > HEAD_CHARS;
        String text = BodyText.plain(more ? markdown.substring(0, HEAD_CHARS) : markdown);
        int at = snippets.firstMatch(text);
        if (more && !(at >= 0 && snippets.fitsIn(at, text.length()))) {
            text = BodyText.plain(markdown);
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
}
