package dev.lectern.search;

import dev.lectern.library.ArticleSource;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.RubyMarkup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene document of one article: title, tags, authors and the reader's notes, the file's text as grep
 * sees it (front matter values and markdown) and its pieces ({@link Grams}), which are what is searched, and the
 * pinyin of the title, tags and authors ({@link Pinyin}). No copy of
 * the text is kept: snippets are cut from the file. The id and version are doc values, read for every hit.
 */
final class ArticleDocument {

    /** Between two notes in the text a snippet is cut from. */
    static final String NOTES_SEPARATOR = " · ";
    private static final Pattern KEY = Pattern.compile("(?m)^[ \\t-]*[\\w.-]+[ \\t]*[:=]");
    /** Documents only: no frequencies, positions or norms, so the pieces of a file cost little room. */
    private static final FieldType GRAMS = new FieldType();

    static {
        GRAMS.setIndexOptions(IndexOptions.DOCS);
        GRAMS.setOmitNorms(true);
        GRAMS.setTokenized(true);
        GRAMS.freeze();
    }

    private ArticleDocument() {
    }

    /** The document of an article whose file holds source; the notes are the reader's highlight quotes and notes. */
    static Document of(Article article, ArticleSource source, List<String> notes, Pinyin pinyin) {
        return of(article.id(), version(article), article.title(), article.tags(), article.authors(), source, notes, pinyin);
    }

    /** The same document, from the stored fields of its earlier version and its file, with other notes. */
    static Document withNotes(Document stored, ArticleSource source, List<String> notes, Pinyin pinyin) {
        return of(new ArticleId(stored.get(IndexFields.ID)), stored.get(IndexFields.VERSION), stored.get(IndexFields.TITLE),
                List.of(stored.getValues(IndexFields.TAGS)), List.of(stored.getValues(IndexFields.AUTHORS)), source, notes, pinyin);
    }

    private static Document of(ArticleId id, String version, String title, List<String> tags, List<String> authors,
                               ArticleSource source, List<String> notes, Pinyin pinyin) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, id.path(), Field.Store.YES));
        doc.add(new BinaryDocValuesField(IndexFields.ID_VALUE, new BytesRef(id.path())));
        doc.add(new StoredField(IndexFields.VERSION, version));
        doc.add(new BinaryDocValuesField(IndexFields.VERSION_VALUE, new BytesRef(version)));
        doc.add(new TextField(IndexFields.TITLE, title, Field.Store.YES));
        String text = searchedText(source);
        doc.add(new TextField(IndexFields.SOURCE, text, Field.Store.NO));
        tags.forEach(tag -> doc.add(new TextField(IndexFields.TAGS, tag, Field.Store.YES)));
        authors.forEach(author -> doc.add(new TextField(IndexFields.AUTHORS, author, Field.Store.YES)));
        notes.forEach(note -> doc.add(new TextField(IndexFields.NOTES, note, Field.Store.YES)));
        if (!notes.isEmpty()) {
            doc.add(new StringField(IndexFields.HAS_NOTES, "1", Field.Store.NO));
            doc.add(new BinaryDocValuesField(IndexFields.NOTES_VALUE, new BytesRef(String.join(NOTES_SEPARATOR, notes))));
        }
        Set<String> keys = new HashSet<>(pinyin.keys(title));
        tags.forEach(tag -> keys.addAll(pinyin.keys(tag)));
        authors.forEach(author -> keys.addAll(pinyin.keys(author)));
        keys.forEach(key -> doc.add(new StringField(IndexFields.PINYIN, key, Field.Store.NO)));
        List<String> all = new ArrayList<>();
        all.add(text);
        all.add(title);
        all.addAll(tags);
        all.addAll(authors);
        all.addAll(notes);
        doc.add(new Field(IndexFields.GRAMS, new GramTokens(Grams.of(all)), GRAMS));
        return doc;
    }

    /**
     * What is searched of a file: its text as grep sees it (markdown, link targets and HTML included), with the front
     * matter's values but not its keys (which would match every article); and where the body writes Japanese ruby
     * ({@code |夕陽《ゆうひ》が校庭}), the body as its page reads it too, so that words across a reading are found.
     */
    static String searchedText(ArticleSource source) {
        String text = KEY.matcher(source.frontMatter()).replaceAll("") + "\n" + source.body();
        String read = RubyMarkup.mayHold(source.body()) ? RubyMarkup.plain(source.body()) : source.body();
        return read.equals(source.body()) ? text : text + "\n" + read;
    }

    /**
     * What tells whether the indexed document of an article is still that of its file: size and modification time, and
     * what was read of it (title, tags, authors), which changes without the file when Lectern reads it otherwise (a
     * folder become a vault of notes, a front matter read better by a newer version): such a document is indexed again.
     */
    static String version(Article article) {
        return article.size() + "@" + article.modified() + "#"
                + Integer.toHexString(java.util.Objects.hash(article.title(), article.tags(), article.authors()));
    }

    /** The file's size in a {@link #version} (its digits before "@"); 0 when there are none, at most 18 digits read. */
    static long size(BytesRef version) {
        long size = 0;
        int end = version.offset + Math.min(version.length, 18);
        for (int i = version.offset; i < end && version.bytes[i] >= '0' && version.bytes[i] <= '9'; i++) {
            size = size * 10 + version.bytes[i] - '0';
        }
        return size;
    }
}
