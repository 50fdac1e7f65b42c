package dev.lectern.search;

import dev.lectern.library.ArticleOpening;
import dev.lectern.library.ArticleSource;
import dev.lectern.library.PlainText;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.ScoreDoc;

/**
 * Turns top documents into hits, with a snippet cut from the article's file (the index keeps no copy of the text),
 * else from the notes; the words the body opens with when only the title or tags matched.
 */
final class HitReader {

    private static final System.Logger LOG = System.getLogger(HitReader.class.getName());
    /** How much of a body is made plain for a snippet from its start. */
    private static final int HEAD_CHARS = 2 * 1024;
    /** How much markdown before and after the first match is made plain for a snippet. */
    private static final int AROUND = 600;
    /** A link's or image's text and the bracket and parenthesis that open its address: {@code ![Alt](}. */
    private static final Pattern LINK_OPENING = Pattern.compile("!?\\[([^\\]\\n]{0,300})]\\(");
    /** Heading hashes or a quote mark at a line's start. */
    private static final Pattern LINE_MARK = Pattern.compile("(^|\\n)[ \\t]{0,3}(?:#{1,6}|>)[ \\t]+");
    /** Matches in the markdown tried before the whole body is made plain: a match inside markup vanishes when made plain. */
    private static final int RAW_TRIES = 8;
    private static final ArticleSource NONE = new ArticleSource("", "");

    private HitReader() {
    }

    static List<SearchHit> read(IndexReader reader, ScoreDoc[] top, SourceFiles files, Snippets snippets) throws IOException {
        int[] docs = new int[top.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top[i].doc;
        }
        String[] ids = IndexValues.strings(reader, docs, IndexFields.ID_VALUE);
        String[] notes = IndexValues.strings(reader, docs, IndexFields.NOTES_VALUE);
        SearchHit[] hits = new SearchHit[docs.length];
        // reading the files is most of the work: spread over the cores (each hit is independent)
        IntStream.range(0, docs.length).parallel().forEach(i -> {
            ArticleId id = new ArticleId(ids[i]);
            Snippets.SearchHitText text = snippet(source(files, id), notes[i], snippets);
            hits[i] = new SearchHit(id, top[i].score, text.snippet(), text.matches());
        });
        return Arrays.asList(hits);
    }

    /** The article's file now; empty when it cannot be read (moved or deleted since it was indexed). */
    private static ArticleSource source(SourceFiles files, ArticleId id) {
        try {
            ArticleSource source = files.read(id);
            return source == null ? NONE : source;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "No snippet, cannot read " + id + ": " + e);
            return NONE;
        }
    }

    /**
     * As {@link Snippets#cut} of the plain body and the notes. Only a stretch of whole lines around the best match
     * in the markdown ({@link Snippets#bestMatch}) is made plain (making a whole body plain for each of a page of hits
     * cost most of a search).
     */
    private static Snippets.SearchHitText snippet(ArticleSource source, String notes, Snippets snippets) {
        String markdown = source.body();
        boolean note = source.note();
        int raw = snippets.bestMatch(markdown, 0);
        for (int tries = 0; raw >= 0 && tries < RAW_TRIES; tries++) {
            int from = lineStart(markdown, Math.max(0, raw - AROUND));
            int to = lineEnd(markdown, Math.min(markdown.length(), raw + AROUND));
            String text = PlainText.body(markdown.substring(from, to), note);
            int at = snippets.bestMatch(text, 0);
            if (at >= 0) {
                return snippets.around(text, at, to < markdown.length());
            }
            // the match was markup (a link target, an HTML attribute): try the first one, then the next ones
            int first = tries == 0 ? snippets.firstMatch(markdown, 0) : raw;
            raw = first < raw ? first : snippets.firstMatch(markdown, Math.max(to, raw + 1));
        }
        if (raw >= 0) {
            String text = PlainText.body(markdown, note);
            int at = snippets.bestMatch(text, 0);
            if (at >= 0) {
                return snippets.around(text, at, false);
            }
        }
        int inNotes = snippets.bestMatch(notes, 0);
        if (inNotes >= 0) {
            return snippets.around(notes, inNotes, false);
        }
        int firstRaw = snippets.firstMatch(markdown, 0);
        if (firstRaw >= 0 && note) {
            // a note's match the page hides (a %%comment%%, the note an aliased [[link]] names): its words, not its markdown
            int from = lineStart(markdown, Math.max(0, firstRaw - AROUND));
            int to = lineEnd(markdown, Math.min(markdown.length(), firstRaw + AROUND));
            String text = PlainText.noteWithHiddenWords(markdown.substring(from, to));
            int at = snippets.bestMatch(text, 0);
            if (at >= 0) {
                return snippets.around(text, at, to < markdown.length());
            }
        }
        if (firstRaw >= 0) {
            return inMarkup(markdown, firstRaw, snippets);
        }
        // only the title or tags matched: the words the article opens with, as its link card shows them (its prose,
        // not its headings, code or table of contents), else its start as it is
        String opening = ArticleOpening.of(source, HEAD_CHARS);
        if (!opening.isBlank()) {
            return snippets.start(opening, false);
        }
        int head = lineEnd(markdown, Math.min(markdown.length(), HEAD_CHARS));
        String text = PlainText.body(markdown.substring(0, head), note);
        if (!text.isBlank()) {
            return snippets.start(text, head < markdown.length());
        }
        return notes.isBlank() ? new Snippets.SearchHitText("", List.of()) : snippets.start(notes, false);
    }

    /**
     * The markdown around a match that is only in its markup (a link's address, an HTML attribute): the reader sees
     * why the article was found rather than its first lines. Made readable without losing the match: a link or image
     * reads {@code text (address)}, bold marks and heading or quote marks go, blanks and line breaks become one space.
     */
    private static Snippets.SearchHitText inMarkup(String markdown, int at, Snippets snippets) {
        int from = Math.max(0, at - AROUND);
        int to = Math.min(markdown.length(), at + AROUND);
        String stretch = markdown.substring(from, to);
        String text = LINE_MARK.matcher(LINK_OPENING.matcher(stretch).replaceAll("$1 (")).replaceAll("$1")
                .replace("**", "").replaceAll("\\s+", " ");
        int match = snippets.firstMatch(text);
        return match >= 0 ? snippets.around(text, match, to < markdown.length())
                : snippets.around(stretch.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '), at - from,
                        to < markdown.length());
    }

    private static int lineStart(String text, int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        return at - start > AROUND ? at : start;
    }

    private static int lineEnd(String text, int at) {
        int end = text.indexOf('\n', at);
        return end < 0 || end - at > AROUND ? at : end;
    }
}
