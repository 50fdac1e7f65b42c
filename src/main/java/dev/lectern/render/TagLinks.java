package dev.lectern.render;

import dev.lectern.model.TagPath;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The links of the header's tag chips, under a reserved host that never resolves ({@code .invalid}). Like every link
 * of the page they are rewritten by {@link LinkShield} before the page loads, so WebKit cannot fetch them; the view
 * reads the link under a click (or the focused link on Enter) itself, turns it back with {@link LinkShield#original}
 * and filters by the tag {@link #tagOf} finds in it.
 */
public final class TagLinks {

    /** Every tag chip's href starts with this. */
    public static final String PREFIX = "https://lectern.invalid/tag/";

    private TagLinks() {
    }

    /** The href of the chip for {@code tag}. */
    public static String href(TagPath tag) {
        return PREFIX + URLEncoder.encode(tag.toString(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The tag a clicked URL names, or empty when the URL is not a tag chip's. */
    public static Optional<TagPath> tagOf(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String encoded = url.substring(PREFIX.length()).replace("+", "%2B");
        try {
            return Optional.ofNullable(TagPath.parse(URLDecoder.decode(encoded, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
