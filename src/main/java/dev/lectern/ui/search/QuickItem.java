package dev.lectern.ui.search;

import dev.lectern.library.TagRef;
import dev.lectern.model.Article;

/**
 * One entry of the go-to box: an article or a tag.
 *
 * @param article the article to open, or null for a tag
 * @param tag     the tag to show alone, or null for an article
 * @param label   what the entry shows: the title, or the tag's path
 */
public record QuickItem(Article article, TagRef tag, String label) {
}
