package dev.lectern.search;

import dev.lectern.model.ArticleId;
import java.util.List;

/**
 * One article found by a search.
 *
 * @param id      the article
 * @param score   Lucene's score; higher is better, only comparable within one search
 * @param snippet about 90 characters of the article's text (body, else highlight notes) from 30 before the first match
 *                ("…" where cut); the start of the body when only the title, tags or authors matched
 * @param matches {start, end} character ranges in the snippet to show in bold, in order
 */
public record SearchHit(ArticleId id, float score, String snippet, List<int[]> matches) {

    public SearchHit {
        matches = List.copyOf(matches);
    }
}
