package dev.lectern.ui.search;

import dev.lectern.model.Article;
import java.util.List;

/**
 * One article found by a search, with the snippet to show and the {start, end} ranges in it to mark, and the ranges of
 * its title that the search's words match (to mark there too).
 */
public record SearchResult(Article article, String snippet, List<int[]> matches, List<int[]> titleMatches) {
}
