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
 * @param label    what the entry shows: the title, or the tag's path
 * @param articles how many articles have the tag (0 for an article)
 * @param folder   whether an article's folder is shown after its label
 */
public record QuickItem(Article article, TagRef tag, String label, int articles, boolean folder) {

    /** A tag, category or language, with how many articles it has. */
    QuickItem(Article article, TagRef tag, String label, int articles) {
        this(article, tag, label, articles, false);
    }

    /** An article, shown by the label given and its folder. */
    static QuickItem of(Article article, String label) {
        return new QuickItem(article, null, label, 0, true);
    }

    /** The same entry without its folder: every article listed is in the same one (a Jekyll blog's _posts). */
    QuickItem withoutFolder() {
        return new QuickItem(article, tag, label, articles, false);
    }

    /**
     * What the box shows: an article by its title and the folder it is in (two notes named Ideas in two folders told
     * apart, as Obsidian's switcher shows them), a tag or category by its name after what it is and with how many
     * articles it has (a tag and a category of one name told apart at a glance, the larger one found).
     */
    public String shown() {
        if (tag == null) {
            String path = article == null ? "" : article.id().path();
            int slash = path.lastIndexOf('/');
            return slash <= 0 || !folder ? label : label + "  ·  " + path.substring(0, slash);
        }
        return t(switch (tag.facet()) {
            case CATEGORY -> "goto.category";
            case LANGUAGE -> "goto.language";
            case TAG -> "goto.tag";
        }, label, articles);
    }
}
