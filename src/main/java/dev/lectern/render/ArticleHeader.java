package dev.lectern.render;

import dev.lectern.model.Article;
import dev.lectern.model.TagPath;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/** The page header: title, subtitle, author, date, reading time, category and tag chips, and the source link. */
final class ArticleHeader {

    /** Chips beyond this are counted, not shown: a front matter with thousands of tags would bury the text. */
    static final int MAX_CHIPS = 60;

    private ArticleHeader() {
    }

    static String html(Article article, int readingMinutes, String sourceUrl, PageWords words) {
        StringBuilder out = new StringBuilder(512).append("<header class=\"article-header\">\n");
        out.append("<h1 class=\"article-title\">").append(Html.escape(article.title())).append("</h1>\n");
        if (article.subtitle() != null && !article.subtitle().isBlank()) {
            out.append("<p class=\"article-subtitle\">").append(Html.escape(article.subtitle())).append("</p>\n");
        }
        StringBuilder meta = new StringBuilder();
        if (!article.authors().isEmpty()) {
            meta.append("<span class=\"author\">").append(Html.escape(article.authorLine())).append("</span>");
        }
        if (article.date() != null) {
            meta.append("<time datetime=\"").append(article.date()).append("\">")
                    .append(article.date().format(DateTimeFormatter.ISO_LOCAL_DATE)).append("</time>");
        }
        if (readingMinutes > 0) { // an empty article takes no time to read
            meta.append("<span class=\"reading-time\" data-minutes=\"").append(readingMinutes).append("\">")
                    .append(words.minutesReadHtml(readingMinutes)).append("</span>");
        }
        if (!meta.isEmpty()) {
            out.append("<p class=\"article-meta\">").append(meta).append("</p>\n");
        }
        int labels = article.categories().size() + article.tags().size();
        if (labels > 0) {
            out.append("<nav class=\"tags\">");
            int shown = 0;
            for (String category : article.categories()) {
                if (shown++ < MAX_CHIPS) {
                    chip(out, TagPath.parse(category), "tag-chip category-chip", TagLinks::categoryHref);
                }
            }
            for (String tag : article.tags()) {
                if (shown++ < MAX_CHIPS) {
                    chip(out, TagPath.parse(tag), "tag-chip", TagLinks::href);
                }
            }
            if (labels > MAX_CHIPS) {
                out.append("<span class=\"more-chips\">+").append(String.format(Locale.ROOT, "%,d", labels - MAX_CHIPS))
                        .append("</span>");
            }
            out.append("</nav>\n");
        }
        if (sourceUrl != null) {
            String link = "<a href=\"" + Html.escape(sourceUrl) + "\">" + Html.escape(LinkPolicy.host(sourceUrl)) + "</a>";
            out.append("<p class=\"article-source\">").append(words.sourceHtml(link)).append("</p>\n");
        }
        return out.append("</header>\n").toString();
    }

    private static void chip(StringBuilder out, TagPath path, String classes, Function<TagPath, String> href) {
        if (path != null) {
            out.append("<a class=\"").append(classes).append("\" href=\"").append(Html.escape(href.apply(path)))
                    .append("\" data-tag=\"").append(Html.escape(path.toString()))
                    .append("\" title=\"").append(Html.escape(path.toString())).append("\">")
                    .append(Html.escape(path.toString())).append("</a>");
        }
    }
}
