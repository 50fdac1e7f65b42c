package dev.lectern.store;

import dev.lectern.model.ArticleId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Exports one Obsidian-shaped note per article with highlights or bookmarks ({@link ArticleNote}), named after the article's title. */
public final class ObsidianExporter {

    private static final int MAX_NAME = 80;

    private final ArticleNote notes;

    /** Notes in English, every passage written as prose. */
    public ObsidianExporter() {
        this(new ArticleNote());
    }

    /** Notes as notes writes them (its words, its code blocks). */
    public ObsidianExporter(ArticleNote notes) {
        this.notes = notes;
    }

    /** File name (unique, safe on every system) to note text, in article order; links as the library's paths. */
    public Map<String, String> export(AnnotationSet set, Function<ArticleId, String> textOf) {
        return export(set, textOf, a -> Exporter.encoded(a.path()));
    }

    /** The same, each note's link to its article written by linkOf ({@link Exporter#linksFrom}: from the vault). */
    public Map<String, String> export(AnnotationSet set, Function<ArticleId, String> textOf,
                                      Function<ArticleId, String> linkOf) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (ArticleId article : set.articles()) {
            String note = notes.of(set, article, textOf, linkOf);
            if (note == null) {
                continue;
            }
            String base = fileName(ArticleNote.title(set, article));
            String name = base + ".md";
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + " " + n + ".md";
            }
            out.put(name, note);
        }
        return out;
    }

    /** The title without the characters file systems or Obsidian links refuse. */
    static String fileName(String title) {
        String safe = title.replaceAll("[\\\\/:*?\"<>|#^\\[\\]\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        safe = safe.replaceAll("^\\.+", "");
        if (safe.codePointCount(0, safe.length()) > MAX_NAME) {
            safe = safe.substring(0, safe.offsetByCodePoints(0, MAX_NAME)).strip();
        }
        return safe.isEmpty() ? "untitled" : safe;
    }
}
