package dev.lectern.model;

import java.util.Locale;
import java.util.Set;

/**
 * The files of a library an article may link to that a click opens in the desktop's application for them: documents
 * (a paper's PDF, slides), pictures, recordings and videos. Never a page (an HTML or SVG file would run its scripts in
 * the browser), a program, a script or a desktop entry: Lectern runs nothing an article names.
 */
public final class Attachments {

    private static final Set<String> OPENED = Set.of("pdf", "epub", "djvu", "png", "jpg", "jpeg", "gif", "webp", "bmp",
            "tif", "tiff", "avif", "heic", "mp3", "m4a", "wav", "ogg", "oga", "opus", "flac", "aac", "mp4", "m4v",
            "webm", "mov", "mkv", "avi", "txt", "csv", "docx", "xlsx", "pptx", "odt", "ods", "odp", "key", "pages",
            "numbers");

    private Attachments() {
    }

    /** The pictures a page shows where a note embeds them ({@code ![[diagram.png]]}). */
    private static final Set<String> PICTURES = Set.of("png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "avif");

    /** Whether this file (a path or name) is a picture a page shows where it is embedded. */
    public static boolean picture(String path) {
        return PICTURES.contains(extension(path));
    }

    /** Whether a click on a link to this file (a path or name) opens it in its application. */
    public static boolean opened(String path) {
        return OPENED.contains(extension(path));
    }

    /** The file's extension, lower case; "" for none (a name that starts with its only dot has none). */
    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 && dot < path.length() - 1 ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
