package dev.lectern.ui.reader;

import dev.lectern.library.SiteLinks;
import dev.lectern.model.ArticleId;
import dev.lectern.model.Attachments;
import dev.lectern.model.TagPath;
import dev.lectern.render.TagLinks;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a clicked link in an article leads: another article, a tag or category, a page of the article's site, the system
 * browser, or nowhere.
 */
public sealed interface LinkTarget {

    /**
     * The address a page of the library's own sites may have: a web link's or a site path's ({@code SiteLinks}
     * resolves it); null for any other link.
     */
    default String siteHref() {
        return null;
    }

    /** The place in the page the link names ({@code #setup}, decoded), or null. */
    default String anchor() {
        return siteHref() == null ? null : SiteLinks.anchorOf(siteHref());
    }

    /** A link to another article of the library. */
    record Article(ArticleId id, String anchor) implements LinkTarget { }

    /** A tag chip in the article header. */
    record Tag(TagPath path) implements LinkTarget { }

    /** A category chip in the article header. */
    record Category(TagPath path) implements LinkTarget { }

    /** An http, https or mailto link, opened in the system browser. */
    record External(URI uri) implements LinkTarget {
        @Override
        public String siteHref() {
            return uri.toString();
        }
    }

    /** A page of the site the article came from ({@code /blog/x/}): one of the library's articles, if it has it. */
    record SitePage(String href) implements LinkTarget {
        @Override
        public String siteHref() {
            return href;
        }
    }

    /**
     * A document, picture or recording of the library ({@link Attachments}), at path from the library's folder:
     * opened in the desktop's application for it.
     */
    record Attachment(String path) implements LinkTarget { }

    /** Anything else: does nothing. */
    record None() implements LinkTarget { }

    /** Classifies an href as written in the article open at articlePath ('/'-separated, relative to the library). */
    static LinkTarget of(String href, String articlePath) {
        if (href == null || href.isBlank() || href.startsWith("#")) {
            return new None();
        }
        String link = href.strip();
        String lower = link.toLowerCase(Locale.ROOT);
        Optional<TagPath> tag = TagLinks.tagOf(link);
        if (tag.isPresent()) {
            return new Tag(tag.get());
        }
        Optional<TagPath> category = TagLinks.categoryOf(link);
        if (category.isPresent()) {
            return new Category(category.get());
        }
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            try {
                return new External(URI.create(link.replace(" ", "%20")));
            } catch (IllegalArgumentException e) {
                return new None();
            }
        }
        // a scheme Lectern does not open, a host of its own (//host/x), or a backslash path (a UNC path reaches SMB on Windows)
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") || link.length() >= 2 && "/\\".indexOf(link.charAt(0)) >= 0
                && "/\\".indexOf(link.charAt(1)) >= 0 || link.indexOf('\\') >= 0) {
            return new None();
        }
        String path = libraryPath(link, articlePath);
        if (path != null && markdown(path)) {
            return new Article(new ArticleId(path), SiteLinks.anchorOf(link));
        }
        if (path != null && Attachments.opened(path)) {
            return new Attachment(path);
        }
        return link.startsWith("/") ? new SitePage(link) : new None();
    }

    /** The library path a relative or root link names, without its anchor or query; null for none. */
    private static String libraryPath(String link, String articlePath) {
        String path = link;
        int cut = path.length();
        for (char mark : new char[] {'#', '?'}) {
            int at = path.indexOf(mark);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        path = SiteLinks.decoded(path.substring(0, cut));
        String base = articlePath.contains("/") ? articlePath.substring(0, articlePath.lastIndexOf('/') + 1) : "";
        String normal = ArticleId.normalizedPath(path.startsWith("/") ? path.substring(1) : base + path);
        return normal == null || normal.isEmpty() ? null : normal;
    }

    private static boolean markdown(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdown") || lower.endsWith(".mkd")
                || lower.endsWith(".mdx");
    }
}
