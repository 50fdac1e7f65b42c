package dev.lectern.render;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Dresses the code blocks of a sanitised article body: each {@code <pre>} goes into a {@code div.code-block} with a
 * "Copy code" button, and a fenced block with a language gets its name as a label and, when the language is known,
 * coloured tokens. Labels and the button's words are attributes shown by CSS, so they add nothing to the page's
 * text (which highlights are anchored in). A mermaid block is labelled as a diagram's source; a math block is
 * typeset.
 */
final class CodeBlocks {

    private static final String LANGUAGE_PREFIX = "language-";

    private final CodeHighlighter highlighter = new CodeHighlighter();
    private final boolean colour;

    /** Code blocks dressed, and coloured when {@code colour} (off only to measure what colouring costs). */
    CodeBlocks(boolean colour) {
        this.colour = colour;
    }

    void dress(Element body, PageWords words, MathRenderer math) {
        for (Element pre : body.select("pre")) {
            if (pre.parent() != null && pre.parent().hasClass("code-block")) {
                continue;
            }
            Element code = pre.childrenSize() == 1 && pre.child(0).nameIs("code") ? pre.child(0) : null;
            String language = code == null ? null : languageOf(code);
            if ("math".equals(language)) {
                pre.replaceWith(MathNodes.display(code.wholeText(), math));
                continue;
            }
            Element block = new Element("div").addClass("code-block");
            // replaceWith keeps the parent's other children where they are; before() renumbered them all, which made
            // an article of thousands of code blocks quadratic
            pre.replaceWith(block);
            block.appendElement("button").attr("type", "button").addClass("copy-code")
                    .attr("title", words.copyCode()).attr("data-label", words.copyCode());
            block.appendChild(pre);
            if (language == null) {
                continue;
            }
            if ("mermaid".equals(language)) {
                block.addClass("diagram-source").attr("data-lang", "mermaid · " + words.diagram());
                continue;
            }
            block.attr("data-lang", language);
            String style = CodeLanguages.styleOf(language);
            if (colour && style != null && highlighter.highlight(code, code.wholeText(), style)) {
                code.addClass("highlighted");
            }
        }
    }

    /** The language named by a {@code language-…} class, lower-cased, or null. */
    static String languageOf(Element code) {
        for (String name : code.classNames()) {
            if (name.startsWith(LANGUAGE_PREFIX) && name.length() > LANGUAGE_PREFIX.length()) {
                return name.substring(LANGUAGE_PREFIX.length()).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
