package dev.lectern.search;

import java.util.List;

/**
 * One page of the articles found by a search.
 *
 * @param hits  the page, best first
 * @param total how many articles the search found in all
 */
public record SearchResults(List<SearchHit> hits, int total) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Nothing found. */
    public static SearchResults none() {
        return new SearchResults(List.of(), 0);
    }
}
