package dev.lectern.render;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.parser.Parser;

/**
 * Makes a rendered page's links unable to load anything: every {@code <a href>} except an in-page {@code #anchor} is
 * rewritten to the reader-owned scheme {@code lectern-link:} with the original address encoded in it. WebKit cannot
 * fetch that scheme, so a click, Enter on a focused link or a tag chip never sends a request (cancelling the load
 * afterwards was too late: the request had gone). The reader reads the original back with {@link #original}.
 */
public final class LinkShield {

    /** The scheme of every shielded link. */
    public static final String SCHEME = "lectern-link:";

    private LinkShield() {
    }

    /** The page with its links shielded; a linear pass over the serialised page (its {@code <a} tags only). */
    public static String shield(String html) {
        StringBuilder out = new StringBuilder(html.length() + 1024);
        int pos = 0;
        while (true) {
            int tag = indexOfTag(html, pos);
            if (tag < 0) {
                break;
            }
            int end = html.indexOf('>', tag);
            if (end < 0) {
                break;
            }
            int attr = html.indexOf(" href=\"", tag);
            if (attr < 0 || attr > end) {
                out.append(html, pos, end + 1);
                pos = end + 1;
                continue;
            }
            int valueStart = attr + 7;
            int valueEnd = html.indexOf('"', valueStart);
            if (valueEnd < 0 || valueEnd > end) {
                out.append(html, pos, end + 1);
                pos = end + 1;
                continue;
            }
            String href = Parser.unescapeEntities(html.substring(valueStart, valueEnd), true);
            out.append(html, pos, valueStart);
            out.append(href.startsWith("#") ? html.substring(valueStart, valueEnd)
                    : SCHEME + URLEncoder.encode(href, StandardCharsets.UTF_8));
            pos = valueEnd;
        }
        return out.append(html, pos, html.length()).toString();
    }

    /** The address a shielded href stands for; any other href unchanged; null stays null. */
    public static String original(String href) {
        if (href == null || !href.startsWith(SCHEME)) {
            return href;
        }
        try {
            return URLDecoder.decode(href.substring(SCHEME.length()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int indexOfTag(String html, int from) {
        for (int i = html.indexOf("<a", from); i >= 0; i = html.indexOf("<a", i + 2)) {
            char next = i + 2 < html.length() ? html.charAt(i + 2) : '>';
            if (next == ' ' || next == '\n' || next == '\t') {
                return i;
            }
        }
        return -1;
    }
}
