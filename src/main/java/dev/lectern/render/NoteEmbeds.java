package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A note embedded in another ({@code ![[Note]]}, {@code ![[Note#A heading]]}, {@code ![[Note#^block]]}) shown inside
 * its card, as Obsidian shows it: the whole note, the heading's section or the marked block, below the link to the
 * note. An embedded note's own embeds stay cards (no note is shown inside itself, however they link), its headings
 * leave the page's outline, and its pictures are found beside it. At most {@link #MOST_EMBEDS} notes of at most
 * {@link #MAX_BYTES} each and {@link #MOST_BYTES} in all are shown in one page; a larger note, one that cannot be read,
 * or one past {@link MarkdownLimits} stays a card.
 */
final class NoteEmbeds {

    static final int MOST_EMBEDS = 20;
    static final int MAX_BYTES = 512 * 1024;
    /** The most text of embedded notes one page shows in all: the page's own limit, so twenty large notes cannot make it slow. */
    static final int MOST_BYTES = 2 * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(NoteEmbeds.class.getName());

    private NoteEmbeds() {
    }

    /**
     * Fills the cards of body with the notes they name.
     *
     * @param dress makes the elements of a note's body from its library path and markdown, as the page's own are made
     */
    static void embed(Element body, Path root, BiFunction<String, String, Element> dress) {
        int shown = 0;
        long bytesLeft = MOST_BYTES;
        for (Element card : body.select("div.wiki-embed[data-note]")) {
            String path = card.attr("data-note");
            String anchor = card.attr("data-anchor");
            card.removeAttr("data-note").removeAttr("data-anchor");
            if (shown >= MOST_EMBEDS || bytesLeft <= 0) {
                continue;
            }
            try {
                Path file = root.resolve(path);
                long size = Files.size(file);
                if (size > Math.min(MAX_BYTES, bytesLeft)) {
                    continue;
                }
                bytesLeft -= size;
                String markdown = PageRenderer.withoutFrontMatter(read(file));
                if (MarkdownLimits.check(markdown) != null) {
                    continue;
                }
                List<Node> part = part(dress.apply(path, markdown), anchor);
                if (!part.isEmpty()) {
                    shown++;
                    card.addClass("wiki-embed-shown");
                    Element title = new Element("div").addClass("wiki-embed-title");
                    title.appendChildren(new ArrayList<>(card.childNodes()));
                    card.appendChild(title);
                    Element content = card.appendElement("div").addClass("wiki-embed-content");
                    part.forEach(content::appendChild);
                    keepInPlace(content, path);
                    PageRenderer.dropRepeatedTitle(content, title.text());
                }
            } catch (IOException | RuntimeException | StackOverflowError e) {
                LOG.log(System.Logger.Level.INFO, "The note " + path + " is shown as a link only: " + e);
            }
        }
    }

    /** At most {@link #MAX_BYTES} of the file (it may have grown), as UTF-8 (a wrong byte shown as a replacement character). */
    private static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        }
    }

    /** The part of a note's body an anchor names: the heading's section, the block with that id, or all of it. */
    private static List<Node> part(Element body, String anchor) {
        if (anchor.isEmpty()) {
            return new ArrayList<>(body.childNodes());
        }
        List<Node> part = new ArrayList<>();
        if (anchor.startsWith("^")) {
            Element block = body.getElementById(anchor);
            if (block != null) {
                part.add(block);
            }
            return part;
        }
        String words = ReaderScripts.headingWords(anchor);
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.parent() == body && ReaderScripts.headingWords(PageRenderer.headingText(heading)).equals(words)) {
                part.add(heading);
                for (Element next = heading.nextElementSibling(); next != null && !endsSection(next, heading);
                     next = next.nextElementSibling()) {
                    part.add(next);
                }
                return part;
            }
        }
        return part;
    }

    private static boolean endsSection(Element next, Element heading) {
        return next.normalName().matches("h[1-6]") && next.normalName().charAt(1) <= heading.normalName().charAt(1);
    }

    /**
     * An embedded part as a guest of the page: its headings without ids or anchors (they are the other note's, and not
     * the page's outline), its pictures' relative paths made from the library's folder, as they are beside their note.
     */
    private static void keepInPlace(Element content, String path) {
        content.select(".heading-anchor").remove();
        content.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]").removeAttr("id");
        // its links to its own headings, blocks and notes open the note itself there: this page has none of those ids
        for (Element link : content.select("a[href^=#]")) {
            if (link.attr("href").length() > 1) {
                link.attr("href", "/" + WikiLinks.encoded(path) + link.attr("href"));
            }
        }
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        for (Element img : content.select("img[src]")) {
            String src = img.attr("src").strip();
            if (!src.isEmpty() && !src.startsWith("/") && LinkPolicy.scheme(src) == null) {
                img.attr("src", "/" + folder + src);
            }
        }
    }
}
