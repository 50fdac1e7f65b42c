package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * "Lectern Emoji", the outline emoji font a page's emoji are set in ({@link EmojiSpans}): a subset of Symbola 2.60 with
 * an empty glyph for what it lacks. This WebKit cannot draw colour emoji fonts (the ones Linux desktops have) and draws
 * a box after each character outside the BMP in other fonts. The page's stylesheet loads it from beside the page
 * (macOS's and Windows' own emoji fonts come first where they exist).
 */
public final class EmojiFont {

    /** The font's file name, beside the page that uses it. */
    public static final String FILE_NAME = "LecternEmoji.ttf";
    private static final String RESOURCE = "fonts/" + FILE_NAME;
    /** The shipped font's size, looked up once (a copy of it is looked for at each page with emoji); -1 if unknown. */
    private static final long SIZE = shippedSize();

    private EmojiFont() {
    }

    /** Whether a page's HTML sets text in the font. */
    public static boolean neededBy(String html) {
        return html.contains("<span class=\"lt-emoji\">");
    }

    /**
     * Puts the font in a folder (the one a page is loaded from, or the cache the interface loads it from), unless the
     * same font is there already (a copy of another size, from another version of Lectern, is replaced); returns it.
     */
    public static Path copyInto(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (SIZE > 0 && Files.isRegularFile(file) && Files.size(file) == SIZE) {
            return file;
        }
        try (InputStream in = EmojiFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the emoji font is missing from Lectern's files");
            }
            Path part = Files.createTempFile(folder, FILE_NAME, ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        }
        return file;
    }

    private static long shippedSize() {
        java.net.URL resource = EmojiFont.class.getResource(RESOURCE);
        try {
            return resource == null ? -1 : resource.openConnection().getContentLengthLong();
        } catch (IOException e) {
            return -1;
        }
    }
}
