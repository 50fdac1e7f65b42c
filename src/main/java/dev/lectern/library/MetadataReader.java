package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.InlineTags;
import dev.lectern.model.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns front matter fields and the body into an Article's metadata, following the title, date and tag rules. */
final class MetadataReader {

    private static final Set<String> TRUE = Set.of("true", "yes", "on");
    private static final Set<String> FALSE = Set.of("false", "no", "off");

    private final DateParser dates = new DateParser();
    private final TitleFinder titles = new TitleFinder();
    private final LabelReader labels = new LabelReader();

    Article toArticle(ArticleId id, Map<String, Object> fields, String body, List<Problem> warnings, long size, long modified) {
        return toArticle(id, fields, body, warnings, size, modified, Site.OTHER);
    }

    /**
     * The same, for an article of the given site: a note of a vault is titled by its file's name when its front matter
     * gives no title (as the notes app names it: a daily note is {@code 2024-03-18}, not its first line), with the tags
     * written among its words ({@code #reading}) after those of its front matter; a Hexo post's list of categories is a
     * path, as Hexo files it.
     */
    Article toArticle(ArticleId id, Map<String, Object> fields, String body, List<Problem> warnings, long size, long modified,
                      Site site) {
        boolean vault = site == Site.VAULT;
        String title = text(fields, "title");
        String api = title == null && !vault ? chromeApi(fields) : null;
        title = title != null ? TitleFinder.shortenWritten(TitleFinder.withoutFormatting(title))
                : api != null ? api : vault ? TitleFinder.shorten(TitleFinder.noteTitle(id)) : titles.find(body, id);
        List<String> tags = labels.readTags(first(fields, "tags", "tag"), warnings);
        tags = vault ? withInline(tags, InlineTags.of(body)) : tags;
        Object categoryField = first(fields, "categories", "category");
        List<String> categories = site == Site.HEXO ? labels.readHierarchy(categoryField, "categories", warnings)
                : labels.read(categoryField, "categories", warnings);
        String subtitle = text(fields, "subtitle", "subhead");
        return new Article(id, title, subtitle == null ? null : TitleFinder.withoutFormatting(subtitle),
                date(fields, id, warnings, vault),
                authors(fields, warnings), tags, categories, text(fields, "description", "excerpt"),
                draft(fields, warnings) || inDrafts(id), text(fields, "lang"), warnings, size, modified);
    }

    /**
     * The title Chrome's developer site gives a reference page whose front matter names only its API
     * ({@code api: sockets_tcp} is {@code chrome.sockets.tcp}); its first heading is a section ("Manifest", "Overview").
     */
    private static String chromeApi(Map<String, Object> fields) {
        String api = text(fields, "api");
        return api != null && API_NAME.matcher(api).matches() ? "chrome." + api.replace('_', '.') : null;
    }

    private static final java.util.regex.Pattern API_NAME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,80}");

    private static List<String> withInline(List<String> tags, List<String> inline) {
        if (inline.isEmpty()) {
            return tags;
        }
        Set<String> known = new HashSet<>();
        tags.forEach(tag -> known.add(tag.toLowerCase(Locale.ROOT)));
        List<String> all = new ArrayList<>(tags);
        inline.stream().filter(tag -> known.add(tag.toLowerCase(Locale.ROOT))).forEach(all::add);
        return List.copyOf(all);
    }

    /** Whether the fields give the title, so the body is not needed for it. */
    static boolean hasTitle(Map<String, Object> fields) {
        return text(fields, "title") != null;
    }

    /**
     * The article's date: Jekyll's, Hexo's and Hugo's {@code date}, else the publication date other generators name
     * (Hugo's {@code publishDate}, Astro's {@code pubDate}), else the {@code created} of a notes app's template.
     */
    private LocalDate date(Map<String, Object> fields, ArticleId id, List<Problem> warnings, boolean vault) {
        Object value = first(fields, "date", "publishdate", "pubdate", "created");
        if (vault && value instanceof Map<?, ?>) {
            // a vault template's {{date}}, which YAML reads as a mapping: a placeholder, not a wrong date
            return dates.fromFileName(id.fileName());
        }
        if (value != null && !value.toString().isBlank()) {
            LocalDate date = dates.parse(value);
            if (date != null) {
                return date;
            }
            LocalDate fromName = dates.fromFileName(id.fileName());
            warnings.add(Problem.of(fromName == null ? Problem.Kind.DATE_INVALID : Problem.Kind.DATE_INVALID_NAME_USED,
                    asWritten(value)));
            return fromName;
        }
        return dates.fromFileName(id.fileName());
    }

    /**
     * A value as its front matter wrote it where YAML read it otherwise: a template's {@code {{ page.date }}}, which
     * YAML reads as a mapping of a mapping ({@code {{page.date=null}=null}}), is quoted as written; any other value as
     * read.
     */
    static Object asWritten(Object value) {
        if (value instanceof Map<?, ?> outer && outer.size() == 1 && outer.values().iterator().next() == null
                && outer.keySet().iterator().next() instanceof Map<?, ?> inner && inner.size() == 1
                && inner.values().iterator().next() == null && LabelReader.isScalar(inner.keySet().iterator().next())) {
            return "{{ " + inner.keySet().iterator().next() + " }}";
        }
        return value;
    }

    private static List<String> authors(Map<String, Object> fields, List<Problem> warnings) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : List.of("author", "authors")) {
            Object value = fields.get(key);
            for (Object item : value instanceof List<?> list ? list : Collections.singletonList(value)) {
                Object name = item instanceof Map<?, ?> map ? map.get("name") : item;
                if (LabelReader.isScalar(name) && !name.toString().isBlank()) {
                    names.add(name.toString().strip());
                } else if (item != null) {
                    warnings.add(Problem.of(Problem.Kind.AUTHOR_WITHOUT_NAME, key, Problem.Shape.of(item)));
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** Whether the article lies in a {@code _drafts} folder, whose posts Hexo and Jekyll do not publish. */
    private static boolean inDrafts(ArticleId id) {
        String path = id.path().toLowerCase(Locale.ROOT);
        return path.startsWith("_drafts/") || path.contains("/_drafts/");
    }

    /**
     * {@code published: false} or {@code draft: true} make a draft (YAML 1.1 spellings such as
     * "no"/"yes" count, quoted or not). Any other published value, such as the typo "flase", is
     * treated as published with a warning: Jekyll publishes such a post (it only hides
     * {@code published: false}), so the reader sees the same articles as the site's visitors.
     */
    private static boolean draft(Map<String, Object> fields, List<Problem> warnings) {
        return flag(fields, "published", true, warnings) == Boolean.FALSE
                || flag(fields, "draft", false, warnings) == Boolean.TRUE;
    }

    private static Boolean flag(Map<String, Object> fields, String key, boolean assumed, List<Problem> warnings) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(text)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(text)) {
            return Boolean.FALSE;
        }
        warnings.add(Problem.of(Problem.Kind.FLAG_NOT_BOOLEAN, key, value, assumed));
        return assumed;
    }

    private static Object first(Map<String, Object> fields, String... keys) {
        for (String key : keys) {
            if (fields.get(key) != null) {
                return fields.get(key);
            }
        }
        return null;
    }

    /** The first key whose value is non-blank text (numbers and booleans as written), or null. */
    private static String text(Map<String, Object> fields, String... keys) {
        for (String key : keys) {
            Object value = fields.get(key);
            if (LabelReader.isScalar(value) && !value.toString().isBlank()) {
                return value.toString().strip();
            }
        }
        return null;
    }
}
