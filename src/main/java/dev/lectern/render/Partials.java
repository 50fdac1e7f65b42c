package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chrome docs' {@code {% Partial 'devtools/reach-out.md' %}}, alone on its line outside fenced code: the markdown
 * file of that name in the nearest {@code _partials} folder above the article (Eleventy's layout, which the site's
 * archive keeps; a translation falls back to the English partial), put in its place without its front matter. Only
 * markdown partials inside the library are read, at most {@link #MAX_BYTES} each, {@link #MAX_DEPTH} partials deep
 * and {@link #MAX_TOTAL} characters in all; each name is looked up once, and at most {@link #MAX_NAMES} names a page
 * (a page of 80,000 made-up names made half a million file-system calls). A partial that cannot be read (a missing
 * file, one not in markdown) is left as a tag, which the page drops.
 */
final class Partials {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_DEPTH = 3;
    static final int MAX_TOTAL = 1024 * 1024;
    static final int MAX_NAMES = 100;
    private static final Pattern PARTIAL = Pattern.compile(
            "[ \\t]{0,40}\\{%-?[ \\t]*Partial[ \\t]+(?:'([^'\\n]{1,200})'|\"([^\"\\n]{1,200})\")[ \\t]*-?%}[ \\t]{0,40}");
    private static final Pattern FENCE = Pattern.compile("[ \\t]{0,3}(`{3,}|~{3,}).{0,1000}");
    /** A partial's name; the site looks it up by its path without the extension, so {@code x.njk} finds {@code x.md}. */
    private static final Pattern NAME = Pattern.compile("[\\w-]{1,100}(/[\\w.-]{1,100}){0,8}\\.(md|njk|html)");

    private final Path libraryRoot;
    private final Path articleFile;
    /** Each name looked up so far, with its partial's body (front matter cut), or null when it has none. */
    private final Map<String, String> bodies = new HashMap<>();
    private Path realRoot;
    private int total;

    private Partials(Path libraryRoot, Path articleFile) {
        this.libraryRoot = libraryRoot.toAbsolutePath().normalize();
        this.articleFile = articleFile.toAbsolutePath().normalize();
    }

    /** The markdown with each partial it names in its place (and theirs in theirs). */
    static String expand(String markdown, Path libraryRoot, Path articleFile) {
        if (!markdown.contains("Partial") || libraryRoot == null || articleFile == null) {
            return markdown;
        }
        return new Partials(libraryRoot, articleFile).expand(markdown, 0);
    }

    private String expand(String markdown, int depth) {
        StringBuilder out = new StringBuilder(markdown.length());
        String fence = null;
        int start = 0;
        while (start < markdown.length()) {
            int newline = markdown.indexOf('\n', start);
            int end = newline < 0 ? markdown.length() : newline + 1;
            String line = markdown.substring(start, newline < 0 ? end : newline);
            Matcher opening = FENCE.matcher(line);
            String included = null;
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
            } else if (opening.matches()) {
                fence = opening.group(1);
            } else if (line.contains("Partial")) {
                Matcher tag = PARTIAL.matcher(line);
                if (tag.matches()) {
                    included = read(tag.group(1) != null ? tag.group(1) : tag.group(2), depth);
                }
            }
            if (included == null) {
                out.append(markdown, start, end);
            } else {
                out.append("\n").append(included).append("\n\n");
            }
            start = end;
        }
        return out.toString();
    }

    /** The partial's body with its own partials in place, or null when it is not one Lectern may read. */
    private String read(String name, int depth) {
        if (depth >= MAX_DEPTH || total >= MAX_TOTAL || !NAME.matcher(name).matches() || name.contains("..")
                || !bodies.containsKey(name) && bodies.size() >= MAX_NAMES) {
            return null;
        }
        if (!bodies.containsKey(name)) {
            bodies.put(name, find(markdownName(name))); // a miss too (computeIfAbsent keeps no null)
        }
        String body = bodies.get(name);
        if (body == null || total + body.length() > MAX_TOTAL) {
            return null;
        }
        total += body.length();
        return expand(body, depth + 1);
    }

    /**
     * The markdown file a name stands for: the site's Partial tag drops {@code .md}, {@code .njk} or {@code .html} and
     * finds the partial of that path whatever its kind ({@code 'lighthouse-performance/scoring.njk'} is
     * {@code scoring.md}); the site's archive keeps them all as markdown.
     */
    private static String markdownName(String name) {
        return name.substring(0, name.lastIndexOf('.')) + ".md";
    }

    /**
     * The body of the partial of that name in the nearest {@code _partials} folder above the article, or null. A
     * translation's partials fall back to the English ones, as the site's do: when the nearest {@code _partials} folder
     * lacks the name, the {@code _partials} of the {@code en} folder beside the translation's ({@code site/ja} →
     * {@code site/en}) is read.
     */
    private String find(String name) {
        Path english = null;
        for (Path folder = articleFile.getParent(); folder != null && folder.startsWith(libraryRoot);
             folder = folder.getParent()) {
            String body = body(folder, name);
            if (body != null) {
                return body;
            }
            if (english == null && folder.getParent() != null && !"en".equals(String.valueOf(folder.getFileName()))
                    && Files.isDirectory(folder.resolve("_partials"))) {
                english = folder.getParent().resolve("en");
            }
        }
        return english != null && english.startsWith(libraryRoot) ? body(english, name) : null;
    }

    /** The body of {@code folder/_partials/name}, front matter cut, or null when there is none Lectern may read. */
    private String body(Path folder, String name) {
        Path file = folder.resolve("_partials").resolve(name).normalize();
        if (file.startsWith(folder) && Files.isRegularFile(file) && insideLibrary(file)) {
            String text = text(file);
            return text == null ? null : PageRenderer.withoutFrontMatter(text);
        }
        return null;
    }

    /** Whether the file, links followed, is still inside the library. */
    private boolean insideLibrary(Path file) {
        try {
            if (realRoot == null) {
                realRoot = libraryRoot.toRealPath();
            }
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String text(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? null : new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
