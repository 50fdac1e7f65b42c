package dev.lectern.render;

import java.util.Locale;
import java.util.regex.Pattern;

/** Which URLs an article may link to and which images are remote; schemes are read as a browser reads them. */
final class LinkPolicy {

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20\\x7f]");

    private LinkPolicy() {
    }

    /** The URL as a browser would see its scheme: no control characters or whitespace, lower case. */
    static String normalized(String url) {
        return IGNORED_BY_BROWSERS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The scheme in lower case, or null for a relative URL (anchors, paths, protocol-relative URLs). */
    static String scheme(String url) {
        var matcher = SCHEME.matcher(normalized(url));
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Anchors, relative paths (the UI resolves them), http, https and mailto. */
    static boolean isAllowedLink(String href) {
        String scheme = scheme(href);
        return scheme == null || scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    /** http, https and protocol-relative ({@code //host/...}) URLs. */
    static boolean isRemote(String src) {
        String normalized = normalized(src);
        String scheme = scheme(src);
        return normalized.startsWith("//") || normalized.startsWith("\\\\")
                || "http".equals(scheme) || "https".equals(scheme);
    }

    /** The host of a remote URL for display, or an empty string. */
    static String host(String url) {
        String rest = url.strip().replaceFirst("^[A-Za-z]*:?[/\\\\]*", "");
        int end = 0;
        while (end < rest.length() && "/\\?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String host = rest.substring(0, end);
        int at = host.lastIndexOf('@');
        return at >= 0 ? host.substring(at + 1) : host;
    }
}
