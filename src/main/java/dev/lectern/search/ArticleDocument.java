package dev.lectern.search;

import dev.lectern.library.ArticleSource;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the Lucene document of one article: title, tags, authors and the reader's notes, and the file's text as
 * grep sees it (front matter values and markdown), which is what is searched. What a hit shows (id, plain body,
 * notes) is kept as doc values; see {@link IndexFields#BODY_VALUE}.
 */
final class ArticleDocument {

    /** Between two notes in the text a snippet is cut from. */
    static final String NOTES_SEPARATOR = " · ";
    private static final Pattern KEY = Pattern.compile("(?m)^[ \\t-]*[\\w.-]+[ \\t]*[:=]");

    private ArticleDocument() {
    }

    static Document of(ArticleId id, String version, String title, List<String> tags, List<String> authors,
                       String plainBody, String source, List<String> notes) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, id.path(), Field.Store.YES));
        doc.add(new BinaryDocValuesField(IndexFields.ID_VALUE, new BytesRef(id.path())));
        doc.add(new StoredField(IndexFields.VERSION, version));
        doc.add(new BinaryDocValuesField(IndexFields.VERSION_VALUE, new BytesRef(version)));
        doc.add(new TextField(IndexFields.TITLE, title, Field.Store.YES));
        doc.add(new BinaryDocValuesField(IndexFields.BODY_VALUE, new BytesRef(plainBody)));
        doc.add(new TextField(IndexFields.SOURCE, source, Field.Store.YES));
        tags.forEach(tag -> doc.add(new TextField(IndexFields.TAGS, tag, Field.Store.YES)));
        authors.forEach(author -> doc.add(new TextField(IndexFields.AUTHORS, author, Field.Store.YES)));
        notes.forEach(note -> doc.add(new TextField(IndexFields.NOTES, note, Field.Store.YES)));
        if (!notes.isEmpty()) {
            doc.add(new StringField(IndexFields.HAS_NOTES, "1", Field.Store.NO));
            doc.add(new BinaryDocValuesField(IndexFields.NOTES_VALUE, new BytesRef(String.join(NOTES_SEPARATOR, notes))));
        }
        return doc;
    }

    /**
     * The document of an article: its plain body is kept for snippets, and what is searched is the file's text as
     * grep sees it (markdown, link targets and HTML included), with the front matter's values but not its keys
     * (which would match every article).
     */
    static Document of(Article article, ArticleSource source, List<String> notes) {
        return of(article.id(), version(article), article.title(), article.tags(), article.authors(),
                BodyText.plain(source.body()), KEY.matcher(source.frontMatter()).replaceAll("") + "\n" + source.body(), notes);
    }

    /** What tells whether the indexed text of an article is still that of its file: size and modification time. */
    static String version(Article article) {
        return article.size() + "@" + article.modified();
    }

    /** The same document, from its stored fields and plain body, with other notes. */
    static Document withNotes(Document stored, String plainBody, List<String> notes) {
        return of(new ArticleId(stored.get(IndexFields.ID)), stored.get(IndexFields.VERSION), stored.get(IndexFields.TITLE),
                List.of(stored.getValues(IndexFields.TAGS)), List.of(stored.getValues(IndexFields.AUTHORS)),
                plainBody, Objects.requireNonNullElse(stored.get(IndexFields.SOURCE), ""), notes);
    }
}
