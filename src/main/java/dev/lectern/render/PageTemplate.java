package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page around an article: the Content-Security-Policy first in the head, the inlined reader CSS, the theme. */
final class PageTemplate {

    /** Nothing but inline styles and local or inline images and fonts: no script, no frame, no remote fetch. */
    static final String OFFLINE_POLICY = "default-src 'none'; img-src data: file:; style-src 'unsafe-inline'; "
            + "font-src file: data:";
    /** As {@link #OFFLINE_POLICY}, with remote images allowed. */
    static final String REMOTE_IMAGES_POLICY = "default-src 'none'; img-src data: file: https: http:; "
            + "style-src 'unsafe-inline'; font-src file: data:";

    private final String css;

    PageTemplate() {
        try (InputStream in = PageTemplate.class.getResourceAsStream("reader.css")) {
            if (in == null) {
                throw new IllegalStateException("reader.css is missing from the class path");
            }
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chinese and Japanese are set vertically on request; other languages (Korean included) stay horizontal. */
    static boolean verticalScript(String lang) {
        String l = lang.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("zh") || l.startsWith("ja");
    }

    /** Traditional Chinese, whose fonts centre their punctuation marks. */
    static boolean traditional(String lang) {
        String l = lang.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("zh-tw") || l.startsWith("zh-hk") || l.startsWith("zh-hant") || l.startsWith("zh-mo");
    }

    String page(String lang, RenderOptions options, boolean cjk, String title, String header, String body) {
        String policy = options.loadRemoteImages() ? REMOTE_IMAGES_POLICY : OFFLINE_POLICY;
        String classes = options.theme().cssClass() + (cjk ? " cjk" : " latin")
                + (options.vertical() && verticalScript(lang) ? " vertical" : "")
                + (options.latinSpacing() && cjk ? " autospace" : "") + (options.serif() ? " serif" : "")
                + (options.wide() ? " wide" : "");
        return new StringBuilder(body.length() + header.length() + css.length() + 512)
                .append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(lang))
                .append(TextDirection.rightToLeft(lang) ? "\" dir=\"rtl" : "").append("\" class=\"")
                .append(classes).append("\" style=\"--text-scale: ").append(options.textSizePercent() / 100.0)
                .append("\">\n<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"").append(policy)
                .append("\">\n<meta charset=\"utf-8\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(css).append("</style>\n</head>\n")
                .append("<body>\n<main class=\"reader\">\n").append(header)
                .append("<article class=\"article-body\">\n").append(body).append("</article>\n</main>\n</body>\n</html>\n")
                .toString();
    }
}
