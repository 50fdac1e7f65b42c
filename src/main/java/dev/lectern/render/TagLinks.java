package dev.lectern.render;

import dev.lectern.model.TagPath;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The links of the header's tag and category chips, under a reserved host that never resolves ({@code .invalid}). Like every link
 * of the page they are rewritten by {@link LinkShield} before the page loads, so WebKit cannot fetch them; the view
 * reads the link under a click (or the focused link on Enter) itself, turns it back with {@link LinkShield#original}
 * and filters by the tag {@link #tagOf} or the category {@link #categoryOf} finds in it.
 */
public final class TagLinks {

    /** Every tag chip's href starts with this. */
    public static final String PREFIX = "https://lectern.invalid/tag/";
    /** Every category chip's href starts with this. */
    public static final String CATEGORY_PREFIX = "https://lectern.invalid/category/";

    private TagLinks() {
    }

    /** The href of the chip for {@code tag}. */
    public static String href(TagPath tag) {
        return PREFIX + encode(tag);
    }

    /** The href of the chip for the category {@code category}. */
    public static String categoryHref(TagPath category) {
        return CATEGORY_PREFIX + encode(category);
    }

    /** The tag a clicked URL names, or empty when the URL is not a tag chip's. */
    public static Optional<TagPath> tagOf(String url) {
        return pathAfter(PREFIX, url);
    }

    /** The category a clicked URL names, or empty when the URL is not a category chip's. */
    public static Optional<TagPath> categoryOf(String url) {
        return pathAfter(CATEGORY_PREFIX, url);
    }

    private static String encode(TagPath path) {
        return URLEncoder.encode(path.toString(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Optional<TagPath> pathAfter(String prefix, String url) {
        if (url == null || !url.startsWith(prefix)) {
            return Optional.empty();
        }
        String encoded = url.substring(prefix.length()).replace("+", "%2B");
        try {
            return Optional.ofNullable(TagPath.parse(URLDecoder.decode(encoded, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
