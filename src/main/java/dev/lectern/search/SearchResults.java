package dev.lectern.search;

import java.util.List;

/**
 * One page of the articles found by a search.
 *
 * @param hits  the page, best first
 * @param total how many articles the search found in all
 * @param exact whether total is counted; when false it is estimated (articles found only inside words are checked
 *              against their files only as far as the page needs), and {@link SearchIndex#count} gives the count
 */
public record SearchResults(List<SearchHit> hits, int total, boolean exact) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** A page with an exact total. */
    public SearchResults(List<SearchHit> hits, int total) {
        this(hits, total, true);
    }

    /** Nothing found. */
    public static SearchResults none() {
        return new SearchResults(List.of(), 0);
    }
}
