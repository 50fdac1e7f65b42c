package dev.lectern.ui.search;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.library.Facet;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;

/**
 * One entry of the go-to box: an article, a tag, a category or a language.
 *
 * @param article the article to open, or null for a tag
 * @param tag     the tag to show alone, or null for an article
 * @param label   what the entry shows: the title, or the tag's path
 */
public record QuickItem(Article article, TagRef tag, String label) {

    /** What the box shows: an article by its title, a tag or category by its name after what it is. */
    public String shown() {
        if (tag == null) {
            return label;
        }
        return t(switch (tag.facet()) {
            case CATEGORY -> "goto.category";
            case LANGUAGE -> "goto.language";
            case TAG -> "goto.tag";
        }, label);
    }
}
