package dev.lectern.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Which pictures of a page sit amid words, with words before and after them on their line ("click the ⚙ icon to
 * open", an icon in a sentence), rather than on a line of their own (a screenshot, its caption on the next line) or
 * leading or ending one (a screenshot with its credit after it, "如下图：" before it), as screenshots are written. A
 * line ends at a line break of the source, a {@code <br>} or a block; a paragraph, item, cell, heading or summary is
 * read once, at its first picture, so a paragraph of many pictures costs one pass.
 */
final class PictureLines {

    /** The blocks whose lines can hold words and pictures together. */
    private static final Set<String> LINES = Set.of("p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt",
            "dd", "summary");

    private final Set<Element> read = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Element, Boolean> amongWords = new IdentityHashMap<>();

    /** Whether words come before and after the picture on its line. */
    boolean amongWords(Element img) {
        Element block = img.parent();
        while (block != null && !block.isBlock()) {
            block = block.parent();
        }
        if (block == null || !LINES.contains(block.normalName())) {
            return false;
        }
        if (read.add(block)) {
            new LineReader(block).read();
        }
        return amongWords.getOrDefault(img, false);
    }

    /** One pass over a block, line by line: the pictures of each line and the words before and after each. */
    private final class LineReader implements NodeFilter {

        private final Element block;
        private final List<Element> pictures = new ArrayList<>();
        /** For each picture of the line, how many runs of words came before it. */
        private final List<Integer> wordsBefore = new ArrayList<>();
        private int words;

        LineReader(Element block) {
            this.block = block;
        }

        void read() {
            NodeTraversor.filter(this, block);
            endLine();
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String whole = text.getWholeText();
                int start = 0;
                for (int end = whole.indexOf('\n'); end >= 0; end = whole.indexOf('\n', start)) {
                    countWords(whole.substring(start, end));
                    endLine();
                    start = end + 1;
                }
                countWords(whole.substring(start));
            } else if (node instanceof Element element && node != block) {
                if (element.hasClass("img-placeholder")) {
                    return FilterResult.SKIP_ENTIRELY; // a picture made a placeholder already: no words of the line
                }
                if (element.normalName().equals("img")) {
                    pictures.add(element);
                    wordsBefore.add(words);
                } else if (element.normalName().equals("br") || element.isBlock()) {
                    endLine();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && node != block && element.isBlock()) {
                endLine();
            }
            return FilterResult.CONTINUE;
        }

        private void countWords(String text) {
            if (!text.isBlank()) {
                words++;
            }
        }

        private void endLine() {
            for (int i = 0; i < pictures.size(); i++) {
                int before = wordsBefore.get(i);
                amongWords.put(pictures.get(i), before > 0 && words > before);
            }
            pictures.clear();
            wordsBefore.clear();
            words = 0;
        }
    }
}
