package dev.lectern.render;

import dev.lectern.model.TagPath;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The links of the header's tag chips. They use a reserved host that never resolves ({@code .invalid}), because
 * WebKit silently ignores clicks on links with an unknown scheme such as {@code lectern-tag:}, so the view would
 * never see them; the view cancels the navigation when the load worker goes SCHEDULED and filters by the tag.
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
