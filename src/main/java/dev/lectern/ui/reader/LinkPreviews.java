package dev.lectern.ui.reader;

import dev.lectern.library.ArticleOpening;
import dev.lectern.library.ArticleReader;
import dev.lectern.library.ArticleSource;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.ui.common.ArticleMetaLine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the card over a link to another article of the library says: its title and subtitle, its date, authors, first
 * categories and tags, and
 * its description, else the words it opens with ({@link ArticleOpening}), read from the start of its file off the FX
 * thread. Resting the pointer on a link shows it, as Obsidian's page preview and a site's link cards do, so a reader
 * can tell whether to follow the link without leaving the page.
 */
public final class LinkPreviews {

    /** What a card says (an empty string for what the article lacks). */
    public record Card(String title, String subtitle, String meta, String text) {
    }

    /** The card's words stop near this many characters. */
    static final int TEXT_CHARACTERS = 280;
    /** The most of a file read for its opening. */
    static final int HEAD_BYTES = 64 * 1024;
    /** The most of a file read for the section a link names (its headings are looked through up to 512 K characters). */
    static final int SECTION_BYTES = 1024 * 1024;
    /** The most categories and the most tags named on a card. */
    static final int LABELS = 4;

    private static final System.Logger LOG = System.getLogger(LinkPreviews.class.getName());

    private final ArticleReader reader;
    private final Supplier<Path> root;
    private final Executor background;
    private final Executor fx;
    /**
     * The cards made last, by article, heading and the file's listed size and time (a file changed since is read again):
     * resting on the same link twice reads its file once. Used on the FX thread only.
     */
    private final Map<CardKey, Card> cards = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CardKey, Card> eldest) {
            return size() > KEPT;
        }
    };

    /** The most cards kept. */
    static final int KEPT = 64;

    private record CardKey(ArticleId id, String anchor, long size, long modified, Path library) {
    }

    LinkPreviews(ArticleReader reader, Supplier<Path> root, Executor background, Executor fx) {
        this.reader = reader;
        this.root = root;
        this.background = background;
        this.fx = fx;
    }

    /**
     * Makes the card of an article of the library and gives it, on the FX thread; with an anchor that names one of its
     * headings ({@link ArticleOpening#section}), the card is that section's: its heading under the title, its words; with
     * a block's id ({@code ^goal-1}, {@link ArticleOpening#block}), the card's words are that block's.
     */
    public void cardOf(Article article, String anchor, Consumer<Card> then) {
        Card described = described(article);
        if (anchor == null && described != null) {
            then.accept(described);
            return;
        }
        Path library = root.get();
        CardKey key = new CardKey(article.id(), anchor, article.size(), article.modified(), library);
        Card known = cards.get(key);
        if (known != null) {
            then.accept(known);
            return;
        }
        background.execute(() -> {
            Card card = card(article, "");
            try {
                if (library != null) {
                    card = read(article, anchor, library);
                }
            } catch (Exception | Error e) { // whatever one file does stays that card's problem
                LOG.log(System.Logger.Level.DEBUG, "No preview of " + article.id() + ": " + e);
            }
            Card result = card;
            fx.execute(() -> {
                cards.put(key, result);
                then.accept(result);
            });
        });
    }

    private Card read(Article article, String anchor, Path library) throws IOException {
        ArticleSource source = reader.readSource(library, article.id(), anchor == null ? HEAD_BYTES : SECTION_BYTES);
        ArticleOpening.Section section = anchor == null ? null : ArticleOpening.section(source, anchor, TEXT_CHARACTERS);
        if (section != null) {
            return card(article, "\u00a7 " + section.heading(), section.text());
        }
        String block = anchor == null ? null : ArticleOpening.block(source, anchor, TEXT_CHARACTERS);
        if (block != null) {
            return card(article, block); // a block link's card: that paragraph or list item, not the note's start
        }
        Card described = described(article);
        return described != null ? described : card(article, ArticleOpening.of(source, TEXT_CHARACTERS));
    }

    /**
     * The card with the description the article's front matter gives; null when it gives none, or only its subtitle
     * again (Chrome docs' {@code subhead} and {@code description} are often one sentence): the card then says the words
     * the article opens with rather than that sentence twice.
     */
    private static Card described(Article article) {
        String description = article.description();
        return description == null || description.isBlank() || sameWords(description, article.subtitle()) ? null
                : card(article, ArticleOpening.cut(description.strip(), TEXT_CHARACTERS));
    }

    private static boolean sameWords(String one, String other) {
        return other != null && one.strip().replaceAll("\\s+", " ").equals(other.strip().replaceAll("\\s+", " "));
    }

    private static Card card(Article article, String text) {
        return card(article, article.subtitle() == null ? "" : article.subtitle(), text);
    }

    /** A card whose lines are each cut near {@link #LINE_CHARACTERS} columns: a front matter's 100 KB title is no card. */
    private static Card card(Article article, String subtitle, String text) {
        return new Card(ArticleOpening.cut(article.title(), LINE_CHARACTERS), ArticleOpening.cut(subtitle, LINE_CHARACTERS),
                ArticleOpening.cut(meta(article), LINE_CHARACTERS), text);
    }

    /** A card's title, subtitle and line of labels stop near this many columns each. */
    static final int LINE_CHARACTERS = 200;

    /** Date, authors, categories and tags (the first few), as far as the article has them. */
    static String meta(Article article) {
        String labels = ArticleMetaLine.of(article, LABELS);
        String date = article.date() == null ? "" : article.date().toString();
        return date.isEmpty() || labels.isEmpty() ? date + labels : date + "  \u00b7  " + labels;
    }
}
