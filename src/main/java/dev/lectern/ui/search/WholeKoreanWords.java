package dev.lectern.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The nodes of a result's text flow, each Korean word (the letters between two spaces, holding Hangul) kept whole at a
 * line's end as {@code word-break: keep-all} keeps it on the page. JavaFX breaks a flow holding Han or kana with the
 * JDK's line breaker, which breaks between any two Hangul syllables ("두 시" / "간 걸린다") and ignores a WORD JOINER;
 * a flow never breaks inside a node that is no Text, so each such word is a flow of its own parts.
 */
final class WholeKoreanWords {

    /** A part of the text as shown, marked as a match or not. */
    record Part(String text, boolean match) {
    }

    private WholeKoreanWords() {
    }

    /** The nodes for the parts, in order: spaces and other words as Texts, Korean words as boxes of their Texts. */
    static List<Node> nodes(List<Part> parts, BiFunction<String, Boolean, Text> text) {
        List<Node> nodes = new ArrayList<>();
        List<Part> word = new ArrayList<>();
        for (Part part : parts) {
            String s = part.text();
            int i = 0;
            while (i < s.length()) {
                boolean space = Character.isWhitespace(s.charAt(i));
                int j = i;
                while (j < s.length() && Character.isWhitespace(s.charAt(j)) == space) {
                    j++;
                }
                if (space) {
                    addWord(nodes, word, text);
                    nodes.add(text.apply(s.substring(i, j), part.match()));
                } else {
                    word.add(new Part(s.substring(i, j), part.match()));
                }
                i = j;
            }
        }
        addWord(nodes, word, text);
        return nodes;
    }

    /** Adds a word's parts, in one box when it holds Hangul, and empties the list. */
    private static void addWord(List<Node> nodes, List<Part> word, BiFunction<String, Boolean, Text> text) {
        if (word.isEmpty()) {
            return;
        }
        boolean korean = word.stream().anyMatch(part -> part.text().chars().anyMatch(WholeKoreanWords::isHangul));
        List<Node> texts = word.stream().<Node>map(part -> text.apply(part.text(), part.match())).toList();
        if (korean) {
            TextFlow box = new TextFlow();
            box.getStyleClass().add("result-word");
            box.getChildren().setAll(texts);
            nodes.add(box);
        } else {
            nodes.addAll(texts);
        }
        word.clear();
    }

    private static boolean isHangul(int c) {
        return c >= 0xAC00 && c <= 0xD7A3 || c >= 0x1100 && c <= 0x11FF || c >= 0x3130 && c <= 0x318F;
    }
}
