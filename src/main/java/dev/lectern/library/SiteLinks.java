package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.net.URI;
import java.net.URLDecoder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article of the library that a link to the site it was published on leads to, so that the archive's links
 * between its own posts open in the reader, offline. Two kinds of link are understood:
 * <ul>
 * <li>a dated permalink, on any host or none: {@code https://mazhuang.org/2017/09/01/markdown-odd-skills/},
 * {@code /2018/07/13/database-recover.html}, {@code /java/2015/07/slug} (Jekyll's and Hexo's, with or without
 * categories, day or month) is the article whose file is {@code 2017-09-01-markdown-odd-skills.md}, or whose
 * file is {@code markdown-odd-skills.md} and whose date is that day;</li>
 * <li>a path on the same site ({@code /blog/automating-resource-selection/}, from an article of
 * {@code site/ja/blog/}) is the article whose path ends with it ({@code site/en/blog/automating-resource-selection/index.md}),
 * the one nearest the linking article when several do ({@code site/ja/...} before {@code site/en/...}).</li>
 * </ul>
 * A link elsewhere without a date ({@code https://github.com/x/blog/intro}) is never taken for an article.
 */
public final class SiteLinks {

    /** Longer links are no permalinks worth reading (and a hostile page's href could be any length). */
    private static final int MAX_LINK = 2_000;
    private static final int MAX_SEGMENTS = 32;
    /** A language folder of a translated site: {@code en}, {@code ja}, {@code zh-cn}, {@code pt_br}. */
    /** A Jekyll post's date before its name: {@code 2018-07-13-}. */
    private static final Pattern DATE_PREFIX = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}-(?=.)");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?");

    private SiteLinks() {
    }

    /** The article the link leads to, given the article it is written in; empty when it is no link to one of these. */
    public static Optional<ArticleId> resolve(String href, ArticleId from, Collection<Article> articles) {
        Link link = Link.parse(href);
        if (link == null) {
            return Optional.empty();
        }
        Optional<ArticleId> dated = link.dated(articles);
        if (dated.isPresent() || !link.onThisSite) {
            return dated;
        }
        return link.bySuffix(from, articles);
    }

    /** The fragment of a link ({@code sec} of {@code /blog/x/#sec}), decoded; null when it has none. */
    public static String anchorOf(String href) {
        int hash = href == null ? -1 : href.indexOf('#');
        return hash < 0 || hash == href.length() - 1 ? null : decoded(href.substring(hash + 1));
    }

    /** A link's path as segments, lower-cased, without {@code index.html}, a page's extension or empty segments. */
    private record Link(List<String> segments, boolean onThisSite) {

        static Link parse(String href) {
            if (href == null || href.length() > MAX_LINK) {
                return null;
            }
            String text = href.strip();
            String lower = text.toLowerCase(Locale.ROOT);
            boolean web = lower.startsWith("http://") || lower.startsWith("https://");
            boolean siteAbsolute = text.startsWith("/") && !text.startsWith("//");
            if (!web && !siteAbsolute) {
                return null;
            }
            String path;
            try {
                path = web ? URI.create(text.replace(" ", "%20")).getRawPath() : text;
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (path == null) {
                return null;
            }
            path = cut(cut(path, '#'), '?');
            List<String> segments = new ArrayList<>();
            for (String raw : path.split("/", MAX_SEGMENTS + 1)) {
                String segment = decoded(raw).strip().toLowerCase(Locale.ROOT);
                if (!segment.isEmpty() && !segment.equals(".")) {
                    segments.add(segment);
                }
            }
            if (segments.size() > MAX_SEGMENTS) {
                return null;
            }
            if (!segments.isEmpty()) {
                String last = segments.get(segments.size() - 1);
                String page = withoutPageExtension(last);
                if (page.equals("index")) {
                    segments.remove(segments.size() - 1);
                } else {
                    segments.set(segments.size() - 1, page);
                }
            }
            return segments.isEmpty() ? null : new Link(segments, siteAbsolute);
        }

        /** The article of a dated permalink: year, then month and day if given, then the slug, which ends the link. */
        Optional<ArticleId> dated(Collection<Article> articles) {
            int n = segments.size();
            for (int year = 0; year < n - 1; year++) {
                if (!isNumber(segments.get(year), 4, 4)) {
                    continue;
                }
                int[] date = {Integer.parseInt(segments.get(year)), 0, 0};
                int at = year + 1;
                for (int part = 1; part <= 2 && at < n - 1 && isNumber(segments.get(at), 1, 2); part++, at++) {
                    date[part] = Integer.parseInt(segments.get(at));
                }
                if (at != n - 1) {
                    continue;
                }
                String slug = segments.get(at);
                for (Article article : Names.of(articles).named(slug)) {
                    if (datedMatch(article, date, slug)) {
                        return Optional.of(article.id());
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * The article whose page is the link's path under the linking article's site root: a folder the linking
         * article is in, or one that differs from it only in its language folders ({@code site/en/} for an article of
         * {@code site/ja/}). Of several, the one sharing most folders with the linking article, then the shortest.
         */
        Optional<ArticleId> bySuffix(ArticleId from, Collection<Article> articles) {
            String wanted = "/" + String.join("/", segments);
            String[] near = pageOf(from).split("/");
            ArticleId best = null;
            int bestShared = -1;
            for (Article article : Names.of(articles).lastNamed(segments.get(segments.size() - 1))) {
                String page = pageOf(article.id());
                if (!("/" + page).endsWith(wanted)) {
                    continue;
                }
                String prefix = page.substring(0, page.length() - wanted.length() + 1);
                int shared = sameSite(prefix.isEmpty() ? new String[0] : prefix.split("/"), near);
                if (shared > bestShared || shared >= 0 && shared == bestShared && page.length() < pageOf(best).length()) {
                    best = article.id();
                    bestShared = shared;
                }
            }
            return Optional.ofNullable(best);
        }
    }

    /**
     * The articles by the names links end with, lower-cased: the name the site gives the page ({@link #nameOf}) and
     * the last part of the page's path. Made once for each list of articles (the library's is replaced on a load, never
     * changed), so that a click or a pointer over a link looks up a name instead of reading the whole list: 5 ms a
     * link at 10,000 articles before.
     */
    record Names(Collection<Article> of, int size, Map<String, List<Article>> byName,
                 Map<String, List<Article>> byLast, Map<String, List<Article>> byTitle) {

        private static volatile Names last;

        static Names of(Collection<Article> articles) {
            Names known = last;
            if (known != null && known.of == articles && known.size == articles.size()) {
                return known;
            }
            Map<String, List<Article>> byName = new HashMap<>();
            Map<String, List<Article>> byLast = new HashMap<>();
            Map<String, List<Article>> byTitle = new HashMap<>();
            for (Article article : articles) {
                ArticleId id = article.id();
                String page = id.isFolderIndex() ? id.folderName() : id.stem();
                byName.computeIfAbsent(nameOf(id).toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(article);
                byLast.computeIfAbsent(page.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(article);
                if (article.title() != null) {
                    byTitle.computeIfAbsent(article.title().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
                            .add(article);
                }
            }
            Names made = new Names(articles, articles.size(), byName, byLast, byTitle);
            last = made;
            return made;
        }

        List<Article> named(String name) {
            return byName.getOrDefault(name, List.of());
        }

        List<Article> lastNamed(String name) {
            return byLast.getOrDefault(name, List.of());
        }

        List<Article> titled(String title) {
            return byTitle.getOrDefault(title, List.of());
        }
    }

    /**
     * How many folders of the site root match the linking article's folders exactly, or -1 when the root is not the
     * linking article's own (language folders such as {@code en} and {@code zh-cn} stand for each other).
     */
    private static int sameSite(String[] root, String[] near) {
        if (root.length > near.length - 1) {
            return -1;
        }
        int same = 0;
        for (int i = 0; i < root.length; i++) {
            if (root[i].equals(near[i])) {
                same++;
            } else if (!LANGUAGE.matcher(root[i]).matches() || !LANGUAGE.matcher(near[i]).matches()) {
                return -1;
            }
        }
        return same;
    }

    /** Whether the article is the post of this date (year; month and day when not 0) and slug. */
    private static boolean datedMatch(Article article, int[] date, String slug) {
        ArticleId id = article.id();
        if (!nameOf(id).toLowerCase(Locale.ROOT).equals(slug)) {
            return false;
        }
        // Jekyll's date is the file name's; Hexo's slug.md has it in its front matter
        LocalDate named = new DateParser().fromFileName(id.isFolderIndex() ? id.folderName() : id.stem());
        return sameDay(named != null ? named : article.date(), date);
    }

    /**
     * The name the site gives an article's page, which links to it hold: the folder of an index file
     * ({@code floc} of {@code docs/floc/index.md}), else the file name, without a Jekyll date ({@code database-recover}
     * of {@code 2018-07-13-database-recover.md}).
     */
    public static String nameOf(ArticleId id) {
        String name = id.isFolderIndex() ? id.folderName() : id.stem();
        Matcher date = DATE_PREFIX.matcher(name);
        return date.lookingAt() ? name.substring(date.end()) : name;
    }

    private static boolean sameDay(LocalDate day, int[] date) {
        return day != null && day.getYear() == date[0] && (date[1] == 0 || day.getMonthValue() == date[1])
                && (date[2] == 0 || day.getDayOfMonth() == date[2]);
    }

    /** An article's page as its site names it: the path without extension, lower-cased, an index file its folder. */
    static String pageOf(ArticleId id) {
        if (id == null) {
            return "";
        }
        String path = id.path().toLowerCase(Locale.ROOT);
        int slash = path.lastIndexOf('/');
        if (id.isFolderIndex()) {
            return path.substring(0, slash);
        }
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }

    private static String withoutPageExtension(String name) {
        for (String extension : List.of(".html", ".htm", ".md", ".markdown", ".php", ".aspx")) {
            if (name.endsWith(extension) && name.length() > extension.length()) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }

    private static boolean isNumber(String text, int min, int max) {
        if (text.length() < min || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String cut(String text, char at) {
        int i = text.indexOf(at);
        return i < 0 ? text : text.substring(0, i);
    }

    /**
     * A link's address or part of it with its %-escapes decoded ("+" stays "+", as in a path); as written when an
     * escape is malformed ({@code %zz}), rather than an exception in whoever reads the link.
     */
    public static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
