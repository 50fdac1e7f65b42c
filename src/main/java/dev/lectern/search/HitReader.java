package dev.lectern.search;

import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** Turns top documents into hits, with a snippet from the body, else the notes; the start of the body when only the title or tags matched. */
final class HitReader {

    private HitReader() {
    }

    static List<SearchHit> read(IndexSearcher searcher, TopDocs top, Snippets snippets) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            Document doc = stored.document(scoreDoc.doc);
            List<String> texts = List.of(doc.get(IndexFields.BODY), String.join(" · ", doc.getValues(IndexFields.NOTES)),
                    doc.get(IndexFields.SOURCE));
            Snippets.SearchHitText text = snippets.cut(texts);
            hits.add(new SearchHit(new ArticleId(doc.get(IndexFields.ID)), scoreDoc.score, text.snippet(), text.matches()));
        }
        return hits;
    }
}
