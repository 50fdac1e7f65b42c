package dev.lectern.store;

import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ColorNames;
import dev.lectern.model.Highlight;
import dev.lectern.model.NotesFile;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One Markdown note from an article's highlights, in the shape Obsidian users keep: properties (title, source, tags),
 * then per highlight in reading order the quote as a callout titled with its colour (and colour name), a
 * {@code ^block-id} equal to the highlight's id, its note and its tags.
 */
public final class ArticleNote {

    private final Reanchorer reanchorer = new Reanchorer();

    /** The note of the article, or null when it has no live highlight; textOf may give null (stored order then). */
    public String of(AnnotationSet set, ArticleId article, Function<ArticleId, String> textOf) {
        return note(set, article, textOf, "");
    }

    /**
     * The same note to keep beside the article ({@link NotesFile#nameFor}), or null: its front matter names the article
     * under {@link NotesFile#KEY}, by which Lectern's library leaves it out, and says {@code published: false} and
     * {@code draft: true}, by which Jekyll, Hexo and Hugo leave it out of the site built from the folder.
     */
    public String besideArticle(AnnotationSet set, ArticleId article, Function<ArticleId, String> textOf) {
        return note(set, article, textOf, NotesFile.KEY + ": " + JsonWriter.compact(article.fileName())
                + "\npublished: false\ndraft: true\n");
    }

    private String note(AnnotationSet set, ArticleId article, Function<ArticleId, String> textOf, String marks) {
        List<Highlight> highlights = set.of(article).stream().filter(a -> !a.isDeleted())
                .filter(Highlight.class::isInstance).map(Highlight.class::cast).toList();
        if (highlights.isEmpty()) {
            return null;
        }
        String text = textOf.apply(article);
        List<Highlight> ordered = highlights.stream()
                .sorted(Comparator.comparingInt((Highlight h) -> position(h, text)).thenComparing(Annotation::created))
                .toList();
        String title = title(set, article);
        StringBuilder md = new StringBuilder("---\n").append(marks);
        md.append("title: ").append(JsonWriter.compact(title)).append('\n');
        md.append("source: ").append(JsonWriter.compact(article.path())).append('\n');
        List<String> tags = ordered.stream().flatMap(h -> h.tags().stream()).distinct().toList();
        md.append("tags: ").append(JsonWriter.compact(tags)).append('\n');
        md.append("---\n\n# ").append(title).append("\n\nSource: [").append(article.path()).append("](")
                .append(article.path().replace(" ", "%20")).append(")\n");
        ColorNames colors = set.colorNames();
        for (Highlight h : ordered) {
            md.append("\n> [!quote] ").append(colors.label(h.color())).append('\n');
            h.anchor().quote().strip().lines().forEach(line -> md.append(line.isBlank() ? ">" : "> " + line).append('\n'));
            md.append("\n^").append(h.id()).append('\n');
            if (!h.note().isBlank()) {
                md.append('\n').append(h.note().strip()).append('\n');
            }
            if (!h.tags().isEmpty()) {
                md.append('\n').append(String.join(" ", h.tags().stream().map(t -> "#" + t).toList())).append('\n');
            }
        }
        return md.toString();
    }

    /** The article's title as the file knows it, else its file name. */
    static String title(AnnotationSet set, ArticleId article) {
        ArticleEntry entry = set.entry(article);
        return entry.key() != null && entry.key().title() != null ? entry.key().title() : article.fileName();
    }

    private int position(Highlight h, String text) {
        if (text == null) {
            return h.anchor().start();
        }
        AnchorMatch match = reanchorer.locate(h.anchor(), text);
        return match.found() ? match.start() : h.anchor().start();
    }
}
