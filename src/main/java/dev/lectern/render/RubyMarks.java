package dev.lectern.render;

import dev.lectern.model.RubyMarkup;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Shows the ruby and emphasis dots Japanese writers mark in plain text ({@link RubyMarkup}: {@code |漢字《かんじ》},
 * {@code {漢字|かんじ}}, {@code 《《強調》》}) as the novel sites do: a reading over its base, as
 * {@code <ruby class="lt-furi">}, whose reading is no more part of the page's text (anchors, find, quotes) than a
 * generated one is, and dots as {@code <span class="lt-dots">}. Code, math and ruby written in HTML are left alone.
 */
final class RubyMarks {

    /** Characters looked at per article at most; markup further on shows as written. */
    static final int MAX_CHARS = 1_000_000;

    private RubyMarks() {
    }

    /** Marks the body's readings and dotted words. */
    static void mark(Element body) {
        TextReplacements replacements = new TextReplacements();
        java.util.Map<Element, Boolean> japanese = new java.util.IdentityHashMap<>();
        for (TextNode node : ReadingTextNodes.of(body, MAX_CHARS)) {
            String text = node.getWholeText();
            if (RubyMarkup.mayHold(text)) {
                // read in its block's words, as PlainText reads a paragraph: の before an <em> makes it Japanese
                Element block = block(node);
                boolean inJapanese = japanese.computeIfAbsent(block, b -> RubyMarkup.isJapanese(b.text()));
                List<RubyMarkup.Part> parts = RubyMarkup.parts(text, inJapanese);
                if (parts.size() != 1 || !(parts.get(0) instanceof RubyMarkup.Plain plain) || !plain.text().equals(text)) {
                    replacements.put(node, nodes(parts));
                }
            }
        }
        replacements.apply();
    }

    /** The nearest block around the node: its paragraph, item, heading or cell. */
    private static Element block(TextNode node) {
        Element at = node.parent();
        while (at != null && at.parent() != null && !at.isBlock()) {
            at = at.parent();
        }
        return at;
    }

    private static List<Node> nodes(List<RubyMarkup.Part> parts) {
        List<Node> made = new ArrayList<>(parts.size());
        for (RubyMarkup.Part part : parts) {
            if (part instanceof RubyMarkup.Ruby ruby) {
                made.add(ruby(ruby));
            } else if (part instanceof RubyMarkup.Dots dots) {
                made.add(new Element("span").addClass("lt-dots").text(dots.text()));
            } else {
                made.add(new TextNode(part.words()));
            }
        }
        return made;
    }

    /** One ruby element with a base and reading per pair. */
    private static Element ruby(RubyMarkup.Ruby ruby) {
        Element element = new Element("ruby").addClass("lt-furi");
        for (int i = 0; i < ruby.bases().size(); i++) {
            element.appendText(ruby.bases().get(i));
            element.appendElement("rt").text(ruby.readings().get(i));
        }
        return element;
    }
}
