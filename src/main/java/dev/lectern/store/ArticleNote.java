package dev.lectern.store;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Bookmark;
import dev.lectern.model.ColorNames;
import dev.lectern.model.Highlight;
import dev.lectern.model.NotesFile;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One Markdown note from an article's highlights, in the shape Obsidian users keep: properties (title, source, tags),
 * then per highlight in reading order the quote as a callout titled with its colour (and colour name), a
 * {@code ^block-id} equal to the highlight's id, its note and its tags, then the bookmarks. A passage no longer in the
 * article's text is marked as the Markdown export marks it.
 */
public final class ArticleNote {

    private final Reanchorer reanchorer = new Reanchorer();
    private final ExportWords words;
    private final Function<ArticleId, List<CodeInSource.Code>> codeOf;

    /** Notes in English, every passage written as prose. */
    public ArticleNote() {
        this(ExportWords.english(), article -> List.of());
    }

    /** Notes with the given words; a passage in one of the article's code blocks (codeOf) is written as fenced code. */
    public ArticleNote(ExportWords words, Function<ArticleId, List<CodeInSource.Code>> codeOf) {
        this.words = words;
        this.codeOf = codeOf;
    }

    /**
     * The note of the article, or null when it has no live highlight or bookmark; textOf may give null (stored order,
     * nothing marked as gone, then). Its link to the article is the path in the library.
     */
    public String of(AnnotationSet set, ArticleId article, Function<ArticleId, String> textOf) {
        return of(set, article, textOf, a -> Exporter.encoded(a.path()));
    }

    /** The same, its link to the article written by linkOf ({@link Exporter#linksFrom}: from where the note is saved). */
    public String of(AnnotationSet set, ArticleId article, Function<ArticleId, String> textOf,
                     Function<ArticleId, String> linkOf) {
        return note(set, article, textOf, "", linkOf);
    }

    /**
     * The same note to keep beside the article ({@link NotesFile#nameFor}), or null: its front matter names the article
     * under {@link NotesFile#KEY}, by which Lectern's library leaves it out, and says {@code published: false} and
     * {@code draft: true}, by which Jekyll, Hexo and Hugo leave it out of the site built from the folder.
     */
    public String besideArticle(AnnotationSet set, ArticleId article, Function<ArticleId, String> textOf) {
        return note(set, article, textOf, NotesFile.KEY + ": " + JsonWriter.compact(article.fileName())
                + "\npublished: false\ndraft: true\n", a -> Exporter.encoded(a.fileName()));
    }

    private String note(AnnotationSet set, ArticleId article, Function<ArticleId, String> textOf, String marks,
                        Function<ArticleId, String> linkOf) {
        List<Highlight> highlights = set.of(article).stream().filter(a -> !a.isDeleted())
                .filter(Highlight.class::isInstance).map(Highlight.class::cast).toList();
        List<Bookmark> bookmarks = set.of(article).stream().filter(a -> !a.isDeleted())
                .filter(Bookmark.class::isInstance).map(Bookmark.class::cast).toList();
        if (highlights.isEmpty() && bookmarks.isEmpty()) {
            return null;
        }
        String text = textOf.apply(article);
        Predicate<Anchor> gone = anchor -> text != null && anchor != null && !reanchorer.locate(anchor, text).found();
        List<Highlight> ordered = highlights.stream()
                .sorted(Comparator.comparingInt((Highlight h) -> position(h, text)).thenComparing(Annotation::created))
                .toList();
        String title = title(set, article);
        StringBuilder md = new StringBuilder("---\n").append(marks);
        md.append("title: ").append(JsonWriter.compact(title)).append('\n');
        md.append("source: ").append(JsonWriter.compact(article.path())).append('\n');
        List<String> tags = ordered.stream().flatMap(h -> h.tags().stream()).distinct().toList();
        md.append("tags: ").append(JsonWriter.compact(tags)).append('\n');
        md.append("---\n\n# ").append(QuoteMarkdown.escaped(title)).append("\n\nSource: [").append(article.path()).append("](")
                .append(linkOf.apply(article)).append(")\n");
        ColorNames colors = set.colorNames();
        List<CodeInSource.Code> code = codeOf.apply(article);
        for (Highlight h : ordered) {
            md.append("\n> [!quote] ").append(words.label(colors, h.color())).append('\n');
            QuoteMarkdown.lines(h.anchor(), code).forEach(line -> md.append(line.isEmpty() ? ">" : "> " + line).append('\n'));
            String after = Exporter.afterQuote(h.anchor(), gone, words);
            if (after != null) {
                md.append(">\n> ").append(after).append('\n');
            }
            md.append("\n^").append(h.id()).append('\n');
            if (!h.note().isBlank()) {
                md.append('\n').append(h.note().strip()).append('\n');
            }
            if (!h.tags().isEmpty()) {
                md.append('\n').append(String.join(" ", h.tags().stream().map(t -> "#" + t).toList())).append('\n');
            }
        }
        if (!bookmarks.isEmpty()) {
            md.append("\n## ").append(words.bookmarks()).append("\n\n");
            bookmarks.forEach(b -> md.append(Exporter.bookmarkLine(b, gone, words)).append('\n'));
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
