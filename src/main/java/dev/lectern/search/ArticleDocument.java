package dev.lectern.search;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Builds the Lucene document of one article: plain body text, title, tags, authors and the reader's notes. */
final class ArticleDocument {

    private ArticleDocument() {
    }

    static Document of(ArticleId id, String version, String title, List<String> tags, List<String> authors,
                       String plainBody, List<String> notes) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, id.path(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.VERSION, version));
        doc.add(new TextField(IndexFields.TITLE, title, Field.Store.YES));
        doc.add(new TextField(IndexFields.BODY, plainBody, Field.Store.YES));
        tags.forEach(tag -> doc.add(new TextField(IndexFields.TAGS, tag, Field.Store.YES)));
        authors.forEach(author -> doc.add(new TextField(IndexFields.AUTHORS, author, Field.Store.YES)));
        notes.forEach(note -> doc.add(new TextField(IndexFields.NOTES, note, Field.Store.YES)));
        if (!notes.isEmpty()) {
            doc.add(new StringField(IndexFields.HAS_NOTES, "1", Field.Store.NO));
        }
        return doc;
    }

    static Document of(Article article, String plainBody, List<String> notes) {
        return of(article.id(), version(article), article.title(), article.tags(), article.authors(), plainBody, notes);
    }

    /** What tells whether the indexed text of an article is still that of its file: size and modification time. */
    static String version(Article article) {
        return article.size() + "@" + article.modified();
    }

    /** The same document with other notes. */
    static Document withNotes(Document stored, List<String> notes) {
        return of(new ArticleId(stored.get(IndexFields.ID)), stored.get(IndexFields.VERSION), stored.get(IndexFields.TITLE),
                List.of(stored.getValues(IndexFields.TAGS)), List.of(stored.getValues(IndexFields.AUTHORS)),
                stored.get(IndexFields.BODY), notes);
    }
}
