package dev.lectern.render;

import dev.lectern.model.Attachments;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The links of a vault of notes (Obsidian, Foam) as their app shows them: {@code [[Note]]}, {@code [[Note|shown
 * words]]}, {@code [[Note#Heading]]} and {@code [[#Heading]]} become links to the note (found by {@link WikiNames});
 * {@code ![[picture.png|300]]} a picture, {@code ![[Note]]} a card leading to the note (which {@link NoteEmbeds} fills
 * with the note). In a vault, a link to a note
 * it does not hold is shown dimmed without its brackets, a paragraph's {@code ^block-id} becomes the paragraph's anchor,
 * and {@code %%comments%%} are hidden. Elsewhere (a site's archive, where {@code [[Prototype]]} is a JavaScript
 * article's text) only links that lead to a file of the library change.
 */
final class WikiLinks {

    /** One link: {@code [[...]]} without brackets or a line break inside, at most 300 characters. */
    private static final Pattern LINK = Pattern.compile("(!?)\\[\\[([^\\[\\]\\n]{1,300})]]");
    /** A block's id at the end of its text: {@code ... ^quote-1}. */
    private static final Pattern BLOCK_ID = Pattern.compile("(?:^|\\s)\\^([A-Za-z0-9-]{1,64})\\s*$");
    /** The end of a block's text looked at for its id: the mark and the blanks after it. */
    private static final int BLOCK_ID_TAIL = 100;
    private static final Set<String> SKIPPED = Set.of("code", "pre", "kbd", "samp", "a", "math", "svg", "script",
            "style", "textarea");
    /** The most links one page turns into links: each is a lookup, a hostile page repeats them by the million. */
    static final int MOST_LINKS = 5_000;
    private static final int MOST_CHARS = 4 * 1024 * 1024;

    private WikiLinks() {
    }

    /** Whether a page's markdown may hold a wiki link (the pass is skipped otherwise). */
    static boolean mayHold(String markdown) {
        return markdown.contains("[[");
    }

    /**
     * The markdown without its {@code %%comments%%} outside code: in a vault only, where they are the notes' hidden
     * text (elsewhere {@code %%} is a batch file's or a format string's). An unclosed {@code %%} stays as written.
     */
    static String withoutComments(String markdown, List<int[]> codeRanges) {
        StringBuilder out = null;
        int kept = 0;
        int open = -1;
        int code = 0;
        for (int i = markdown.indexOf("%%"); i >= 0; ) {
            while (code < codeRanges.size() && codeRanges.get(code)[1] <= i) {
                code++;
            }
            if (code < codeRanges.size() && codeRanges.get(code)[0] <= i) {
                i = markdown.indexOf("%%", codeRanges.get(code)[1]);
                continue;
            }
            if (open < 0) {
                open = i;
            } else {
                out = out == null ? new StringBuilder(markdown.length()) : out;
                out.append(markdown, kept, open);
                kept = i + 2;
                open = -1;
            }
            i = markdown.indexOf("%%", i + 2);
        }
        return out == null ? markdown : out.append(markdown, kept, markdown.length()).toString();
    }

    /** The file names (lower case) of the notes the body's wiki links name that the library lacks ({@code a.missing}). */
    static Set<String> missingNotes(Element body) {
        Set<String> names = new HashSet<>();
        for (Element link : body.select("a.wikilink.missing[href]")) {
            String path = decoded(link.attr("href"));
            if (path != null) {
                names.add(path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** Turns the wiki links of a rendered body into links, pictures and cards; the article is at fromPath in the library. */
    static void convert(Element body, WikiNames names, String fromPath) {
        HeadingIds headings = new HeadingIds(body);
        int links = 0;
        int budget = MOST_CHARS;
        for (TextNode node : ReadingTextNodes.under(body, e -> SKIPPED.contains(e.normalName()) || e.hasClass("math")
                || e.hasClass("code-block"))) {
            String text = node.getWholeText();
            budget -= text.length();
            if (budget < 0 || links >= MOST_LINKS) {
                break;
            }
            if (text.indexOf("[[") < 0) {
                continue;
            }
            List<Node> parts = new ArrayList<>();
            Matcher m = LINK.matcher(text);
            int done = 0;
            while (m.find() && links < MOST_LINKS) {
                Node made = made(m.group(1).isEmpty(), m.group(2), names, fromPath, headings);
                if (made == null) {
                    continue;
                }
                links++;
                if (m.start() > done) {
                    parts.add(new TextNode(text.substring(done, m.start())));
                }
                parts.add(made);
                done = m.end();
            }
            if (parts.isEmpty()) {
                continue;
            }
            if (done < text.length()) {
                parts.add(new TextNode(text.substring(done)));
            }
            Element card = onlyEmbed(parts);
            Element parent = node.parent();
            if (card != null && parent != null && parent.nameIs("p") && parent.childNodeSize() == 1) {
                parent.replaceWith(card);
            } else if (card != null && parent != null && parent.nameIs("li") && aloneInItem(node)) {
                node.replaceWith(card); // a list item that is just an embed (Logseq's blocks are all list items)
            } else {
                if (card != null) {
                    card.tagName("span").removeAttr("data-note").removeAttr("data-anchor");
                }
                ReadingTextNodes.replace(node, parts);
            }
        }
    }

    /** The embed among the parts when nothing but space stands beside it; null otherwise. */
    private static Element onlyEmbed(List<Node> parts) {
        Element card = null;
        for (Node part : parts) {
            if (part instanceof Element e && e.hasClass("wiki-embed") && card == null) {
                card = e;
            } else if (!(part instanceof TextNode t && t.isBlank())) {
                return null;
            }
        }
        return card;
    }

    /** Whether a list item holds nothing but the text node, space and its sub-lists. */
    private static boolean aloneInItem(TextNode node) {
        for (Node sibling : node.parent().childNodes()) {
            if (sibling != node && !(sibling instanceof TextNode t && t.isBlank())
                    && !(sibling instanceof Element e && (e.nameIs("ul") || e.nameIs("ol")))) {
                return false;
            }
        }
        return true;
    }

    /** What one link becomes; null to leave it as written. */
    private static Node made(boolean link, String inside, WikiNames names, String fromPath, HeadingIds headings) {
        int bar = inside.indexOf('|');
        String target = (bar < 0 ? inside : inside.substring(0, bar)).strip();
        String after = bar < 0 ? "" : inside.substring(bar + 1).strip();
        int hash = target.indexOf('#');
        String name = (hash < 0 ? target : target.substring(0, hash)).strip();
        // Obsidian's Note#H1#H2 names H2 under H1: shown as that path, leading to its last heading
        String headingPath = hash < 0 ? null : String.join(" › ", Arrays.stream(target.substring(hash + 1).split("#"))
                .map(String::strip).filter(part -> !part.isEmpty()).toList());
        String anchor = headingPath == null ? null : lastHeading(headingPath);
        if (!link && Attachments.picture(name)) {
            return picture(name, after, names, fromPath);
        }
        Optional<String> note = name.isEmpty() ? Optional.of(fromPath) : names.note(name, fromPath);
        Optional<String> file = note.isPresent() || name.lastIndexOf('.') <= 0 ? Optional.empty() : names.file(name, fromPath);
        if (note.isEmpty() && file.isEmpty() && !names.vault()) {
            return null;
        }
        String shown = !after.isEmpty() && link ? after
                : name.isEmpty() ? (headingPath == null ? "" : headingPath)
                : headingPath == null || headingPath.isEmpty() ? name : name + " › " + headingPath;
        if (shown.isEmpty()) {
            return null;
        }
        Element made;
        if (note.isPresent()) {
            made = new Element("a").addClass("wikilink").attr("href", href(name.isEmpty() ? null : note.get(), anchor, headings))
                    .text(shown);
        } else if (file.isPresent()) {
            // a document or recording opens in its application when clicked (Attachments); other files only show
            made = new Element(Attachments.opened(file.get()) ? "a" : "span").addClass("wikilink").addClass("file")
                    .attr("title", file.get()).text(shown);
            if (made.nameIs("a")) {
                made.attr("href", "/" + encoded(file.get()));
            }
        } else {
            // a link all the same, so that pointing at it says, as for any link, that the library does not hold it
            String path = dev.lectern.model.ArticleId.normalizedPath(name + ".md");
            made = new Element(path == null ? "span" : "a").addClass("wikilink").addClass("missing").text(shown);
            if (path != null) {
                made.attr("href", "/" + encoded(path));
            }
        }
        if (link) {
            return made;
        }
        Element card = new Element("div").addClass("wiki-embed").appendChild(made);
        if (note.isPresent() && !name.isEmpty()) {
            card.attr("data-note", note.get()).attr("data-anchor", anchor == null ? "" : anchor);
        }
        return card;
    }

    /** {@code ![[picture.png|300]]}: the file the vault holds by that name, with its width (and height) or words. */
    /** The last heading of a heading path ({@code H1 › H2}): the one a link leads to. */
    private static String lastHeading(String path) {
        int at = path.lastIndexOf(" › ");
        return at < 0 ? path : path.substring(at + " › ".length());
    }

    private static Element picture(String name, String after, WikiNames names, String fromPath) {
        Element img = new Element("img").addClass("wiki-picture")
                .attr("src", names.file(name, fromPath).map(path -> "/" + encoded(path)).orElse(encoded(name)));
        img.attr("alt", PictureSizes.apply(img, after) || after.isEmpty() ? name : after);
        return img;
    }

    /**
     * A link's address: the note's library path from the root (a click opens it as any {@code .md} link does) and the
     * heading it names, as the id the page gives that heading when it is this page, else as written (the reader finds
     * a heading by its words, {@link ReaderScripts#scrollToAnchor}).
     */
    private static String href(String path, String anchor, HeadingIds headings) {
        String fragment = "";
        if (anchor != null && !anchor.isEmpty()) {
            String id = path == null && !anchor.startsWith("^") ? headings.of(anchor) : null;
            fragment = "#" + (id != null ? id : encoded(anchor));
        }
        return path == null ? fragment : "/" + encoded(path) + fragment;
    }

    /** The ids of the page's headings by their words ({@link ReaderScripts#headingWords}), read once, when first asked. */
    private static final class HeadingIds {

        private final Element body;
        private java.util.Map<String, String> byWords;

        HeadingIds(Element body) {
            this.body = body;
        }

        String of(String words) {
            if (byWords == null) {
                byWords = new java.util.HashMap<>();
                for (Element heading : body.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")) {
                    byWords.putIfAbsent(ReaderScripts.headingWords(PageRenderer.headingText(heading)), heading.id());
                }
            }
            return byWords.get(ReaderScripts.headingWords(words));
        }
    }

    /** Each '/'-separated segment percent-encoded (a space as %20). */
    /** A path as {@link #encoded} wrote it (or an author, as a URL's path), decoded; null when it is not well encoded. */
    static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String encoded(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (String segment : path.split("/", -1)) {
            if (out.length() > 0 || path.startsWith("/")) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    /**
     * A vault's block ids: a paragraph or list item ending in {@code ^id}, or a paragraph of only {@code ^id} after a
     * table, quote or list, gives that block the id {@code ^id} (so {@code [[Note#^id]]} leads there) and loses the mark.
     */
    static void blockIds(Element body) {
        for (Element block : body.select("p, li")) {
            List<TextNode> own = block.textNodes();
            if (own.isEmpty()) {
                continue;
            }
            TextNode last = own.get(own.size() - 1);
            String text = last.getWholeText();
            int from = Math.max(0, text.length() - BLOCK_ID_TAIL);
            Matcher m = BLOCK_ID.matcher(text).region(from, text.length());
            if (!m.find() || m.start() == from && from > 0) {
                continue;
            }
            Element target = block;
            if (block.nameIs("p") && block.childNodeSize() == 1 && m.start() == 0) {
                target = block.previousElementSibling();
                block.remove();
            } else {
                last.text(text.substring(0, m.start()));
            }
            if (target != null && !target.hasAttr("id")) {
                target.attr("id", "^" + m.group(1));
            }
        }
    }
}
