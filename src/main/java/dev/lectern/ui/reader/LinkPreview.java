package dev.lectern.ui.reader;

import dev.lectern.model.Article;
import dev.lectern.render.LinkCardScripts;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.util.Duration;

/**
 * The card over a link to another article of the library: resting the pointer on the link a moment shows the article's
 * title, date, authors, tags and opening words ({@link LinkPreviews}) in a box beside it ({@link LinkCardScripts}),
 * which stays and closes as a {@link HoverBox} does. Links to the web, to tags, to files and within the page show no
 * card (the line at the pane's foot says where they lead).
 */
final class LinkPreview implements HoverBox.Boxes {

    /** How long the pointer rests on a link before its card shows: longer than a footnote's, as links are passed over more. */
    static final Duration DELAY = Duration.millis(500);

    private final LinkCardScripts scripts = new LinkCardScripts();
    /** The article a link opens, and the heading it names there (null for none). */
    record Linked(Article article, String anchor) {
    }

    private final Function<String, Linked> linked;
    private final LinkPreviews previews;
    private final Runnable emojiFont;

    /**
     * @param linked    the other article of the library a link's address (as written in the page) opens, else null
     * @param previews  makes an article's card
     * @param emojiFont puts the emoji font beside the page, for a card whose words hold emoji
     */
    LinkPreview(Function<String, Linked> linked, LinkPreviews previews, Runnable emojiFont) {
        this.linked = linked;
        this.previews = previews;
        this.emojiFont = emojiFont;
    }

    @Override
    public String at(double x, double y) {
        return scripts.at(x, y);
    }

    @Override
    public String over() {
        return LinkCardScripts.OVER_CARD;
    }

    @Override
    public void opening(String href, double x, double y, Consumer<String> script) {
        Linked link = linked.apply(href);
        if (link != null) {
            previews.cardOf(link.article(), link.anchor(), card -> {
                if (LinkCardScripts.setsEmoji(card.title(), card.subtitle(), card.meta(), card.text())) {
                    emojiFont.run();
                }
                script.accept(scripts.showAt(x, y, card.title(), card.subtitle(), card.meta(), card.text()));
            });
        }
    }

    @Override
    public String hide() {
        return scripts.hide();
    }
}
