package dev.lectern.store;

import dev.lectern.model.Anchor;
import dev.lectern.model.Annotation;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** Exports live annotations as Markdown or JSON grouped by article, and as one status line each for the command line. */
public final class Exporter {

    private static final int SHORT_QUOTE = 60;

    private final Reanchorer reanchorer = new Reanchorer();
    private final ExportWords words;
    private final Function<ArticleId, List<CodeInSource.Code>> codeOf;

    /** Exports in English, every passage written as prose. */
    public Exporter() {
        this(ExportWords.english(), article -> List.of());
    }

    /**
     * Exports with the given words around the highlights; a passage in one of its article's code blocks (codeOf,
     * {@link CodeInSource#in}) is written as fenced code.
     */
    public Exporter(ExportWords words, Function<ArticleId, List<CodeInSource.Code>> codeOf) {
        this.words = words;
        this.codeOf = codeOf;
    }

    /** Markdown without the articles' texts: every passage is written as stored, none marked as not found. */
    public String markdown(AnnotationSet set) {
        return markdown(set, id -> null);
    }

    /**
     * Markdown: a heading and link per article, highlights as block quotes with colour and note, bookmarks as a list.
     * A highlight or bookmark whose passage is not in its article's current text (textOf; null: not known, nothing is
     * marked) is marked as not found ({@link ExportWords#notFound}), so an export does not pass off words gone from the article as in it.
     */
    public String markdown(AnnotationSet set, Function<ArticleId, String> textOf) {
        return markdown(set, textOf, article -> encoded(article.path()));
    }

    /** The same, each article's link written by linkOf ({@link #linksFrom}: from where the export is saved). */
    public String markdown(AnnotationSet set, Function<ArticleId, String> textOf, Function<ArticleId, String> linkOf) {
        StringBuilder md = new StringBuilder("# ").append(QuoteMarkdown.escaped(words.title())).append('\n');
        for (ArticleId article : set.articles()) {
            List<Annotation> live = live(set, article);
            if (live.isEmpty()) {
                continue;
            }
            String text = textOf.apply(article);
            Predicate<Anchor> gone = anchor -> text != null && anchor != null && !reanchorer.locate(anchor, text).found();
            List<CodeInSource.Code> code = codeOf.apply(article);
            md.append("\n## ").append(QuoteMarkdown.escaped(title(set, article))).append("\n\n[")
                    .append(article.path().replace("[", "\\[").replace("]", "\\]")).append("](")
                    .append(linkOf.apply(article)).append(")\n");
            live.stream().filter(Highlight.class::isInstance).map(Highlight.class::cast).forEach(h -> {
                md.append('\n');
                QuoteMarkdown.lines(h.anchor(), code).forEach(line -> md.append("> ").append(line).append('\n'));
                String after = afterQuote(h.anchor(), gone, words);
                if (after != null) {
                    md.append(">\n> ").append(after).append('\n');
                }
                md.append("\n*").append(words.label(set.colorNames(), h.color())).append('*');
                md.append(h.note().isBlank() ? "" : " — " + h.note().strip().replace("\n", "\n  "));
                md.append(h.tags().isEmpty() ? "" : " " + String.join(" ", h.tags().stream().map(t -> "#" + t).toList()))
                        .append('\n');
            });
            List<Bookmark> bookmarks = live.stream().filter(Bookmark.class::isInstance).map(Bookmark.class::cast).toList();
            if (!bookmarks.isEmpty()) {
                md.append("\n### ").append(words.bookmarks()).append("\n\n");
                bookmarks.forEach(b -> md.append(bookmarkLine(b, gone, words)).append('\n'));
            }
        }
        return md.toString();
    }

    /**
     * What follows a quote in the exports: that its passage is no longer in the article, or the words first
     * highlighted when an edit changed them (escaped, as the quote); null when neither.
     */
    static String afterQuote(Anchor anchor, Predicate<Anchor> gone, ExportWords words) {
        if (gone.test(anchor)) {
            return QuoteMarkdown.escaped(words.notFound());
        }
        if (anchor.originalQuote() != null) {
            return words.textChanged(QuoteMarkdown.escaped(anchor.originalQuote().strip().replaceAll("\\s+", " ")));
        }
        return null;
    }

    /** A bookmark as an item of the exports' list: its label (the reader's words), its passage shortened and escaped. */
    static String bookmarkLine(Bookmark b, Predicate<Anchor> gone, ExportWords words) {
        return "- " + (b.label().isBlank() ? QuoteMarkdown.escaped(words.noLabel()) : b.label())
                + (b.anchor() == null ? " — " + words.wholeArticle()
                : " — “" + QuoteMarkdown.escaped(shorten(b.anchor())) + "”")
                + (gone.test(b.anchor()) ? " " + QuoteMarkdown.escaped(words.notFound()) : "");
    }

    /**
     * Links to the articles from a Markdown file saved at exportFile: relative to its folder, so that they open from
     * wherever it is saved (written relative to the library, they were broken in any other folder); a file URI when
     * there is no relative path (another drive).
     */
    public static Function<ArticleId, String> linksFrom(java.nio.file.Path root, java.nio.file.Path exportFile) {
        java.nio.file.Path folder = exportFile.toAbsolutePath().normalize().getParent();
        return article -> {
            java.nio.file.Path file = root.toAbsolutePath().normalize().resolve(article.path()).normalize();
            try {
                return encoded(folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
            } catch (IllegalArgumentException e) {
                return file.toUri().toString();
            }
        };
    }

    /** A path as a Markdown link destination: blanks and parentheses would end it, # make the rest a fragment. */
    static String encoded(String path) {
        return path.replace("%", "%25").replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("#", "%23")
                .replace("<", "%3C").replace(">", "%3E");
    }

    /** JSON: {"articles": [{path, title, highlights: [...], bookmarks: [...]}]} with ISO times. */
    public String json(AnnotationSet set) {
        List<Object> articles = new ArrayList<>();
        for (ArticleId article : set.articles()) {
            List<Annotation> live = live(set, article);
            if (live.isEmpty()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", article.path());
            entry.put("title", title(set, article));
            entry.put("highlights", live.stream().filter(Highlight.class::isInstance)
                    .map(a -> highlight((Highlight) a, set)).toList());
            entry.put("bookmarks", live.stream().filter(Bookmark.class::isInstance)
                    .map(a -> item(a, "label", ((Bookmark) a).label(), null, null)).toList());
            articles.add(entry);
        }
        return JsonWriter.write(Map.of("articles", articles));
    }

    /** One line per live annotation: "state  quote  article", the state found in the article's current text. */
    public List<String> statusLines(AnnotationSet set, Function<ArticleId, String> textOf) {
        List<String> lines = new ArrayList<>();
        for (Annotation annotation : set.all()) {
            if (!annotation.isDeleted()) {
                String text = textOf.apply(annotation.article());
                AnchorState state = text == null ? AnchorState.ORPHANED
                        : annotation.anchor() == null ? AnchorState.ANCHORED
                        : reanchorer.locate(annotation.anchor(), text).state();
                String quote = annotation.anchor() == null ? "(whole article)" : "\"" + shorten(annotation.anchor()) + "\"";
                lines.add(String.format(Locale.ROOT, "%-8s  %s  %s", state.name().toLowerCase(Locale.ROOT), quote,
                        annotation.article()));
            }
        }
        return lines;
    }

    private static Map<String, Object> highlight(Highlight h, AnnotationSet set) {
        Map<String, Object> map = item(h, "color", h.color().key(), "note", h.note());
        map.put("colorName", set.colorNames().nameOf(h.color()));
        map.put("tags", h.tags());
        return map;
    }

    private static Map<String, Object> item(Annotation a, String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", a.id().toString());
        map.put(key1, value1);
        if (key2 != null) {
            map.put(key2, value2);
        }
        Anchor anchor = a.anchor();
        map.put("quote", anchor == null ? null : anchor.quote());
        map.put("heading", anchor == null ? null : anchor.heading());
        map.put("start", anchor == null ? null : anchor.start());
        map.put("end", anchor == null ? null : anchor.end());
        map.put("created", a.created().toString());
        map.put("updated", a.updated().toString());
        return map;
    }

    /**
     * The article's live annotations in reading order by their stored places (a whole-article bookmark first); they
     * came in the order they were made. The Obsidian notes and {@code note} place them in the article's text as it
     * is now, which they read.
     */
    private static List<Annotation> live(AnnotationSet set, ArticleId article) {
        return set.of(article).stream().filter(a -> !a.isDeleted())
                .sorted(Comparator.comparingInt((Annotation a) -> a.anchor() == null ? -1 : a.anchor().start())
                        .thenComparing(Annotation::created))
                .toList();
    }

    private static String title(AnnotationSet set, ArticleId article) {
        ArticleEntry entry = set.entry(article);
        return entry.key() != null && entry.key().title() != null ? entry.key().title() : article.fileName();
    }

    static String shorten(Anchor anchor) {
        String flat = anchor.quote().strip().replaceAll("\\s+", " ");
        return flat.length() <= SHORT_QUOTE ? flat : flat.substring(0, SHORT_QUOTE - 1) + "…";
    }
}
