package dev.lectern.render;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A vault note's tasks as Obsidian shows them: done ones muted and struck through, and the statuses its themes and
 * plugins add ({@code - [/] half done}, {@code - [-] cancelled}, {@code - [>] moved}, {@code - [?] question}) as a box
 * holding their mark rather than as typed. A cancelled task is struck through as a done one is; the others are not.
 */
final class VaultTasks {

    /** Elements that end a task's own words: what follows them (a sub-list, a second paragraph) is not struck. */
    private static final Set<String> BLOCKS = Set.of("ul", "ol", "p", "div", "pre", "blockquote", "table", "details",
            "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dl");

    private VaultTasks() {
    }

    static void mark(Element body) {
        for (Element item : body.getElementsByTag("li")) {
            Element box = item.hasClass("task-list-item") ? checkbox(item) : null;
            if (box != null) {
                boolean done = box.hasAttr("checked");
                item.attr("data-task", done ? "x" : " ");
                if (done) {
                    done(item, box);
                }
            } else {
                status(item);
            }
        }
    }

    private static Element checkbox(Element item) {
        Element first = item.firstElementChild();
        if (first != null && first.nameIs("p")) {
            first = first.firstElementChild();
        }
        return first != null && first.hasClass("task-list-item-checkbox") ? first : null;
    }

    /** An item that starts with {@code [c] }, c one mark other than a space or x: a task of that status. */
    private static void status(Element item) {
        Node first = item.firstChild();
        if (first instanceof TextNode blank && blank.isBlank()) {
            first = blank.nextSibling();
        }
        if (first instanceof Element p && p.nameIs("p")) {
            first = p.firstChild();
        }
        if (!(first instanceof TextNode text)) {
            return;
        }
        String words = text.getWholeText();
        if (words.length() < 4 || words.charAt(0) != '[') {
            return;
        }
        int mark = words.codePointAt(1);
        int close = 1 + Character.charCount(mark);
        if (close + 1 >= words.length() || words.charAt(close) != ']' || !Character.isWhitespace(words.charAt(close + 1))
                || Character.isWhitespace(mark) || mark == '[' || mark == ']') {
            return;
        }
        String status = words.substring(1, close);
        text.text(words.substring(close + 1));
        Element box = new Element("span").addClass("task-box").attr("data-task", status);
        text.before(box);
        item.addClass("task-list-item").attr("data-task", status);
        if (status.equals("x") || status.equals("X") || status.equals("-")) {
            done(item, box);
        }
    }

    /** Strikes through the item's own words: those after its box, up to a block of its own. */
    private static void done(Element item, Element box) {
        item.addClass("task-done");
        Element words = new Element("span").addClass("task-text");
        Node next = box.nextSibling();
        while (next != null && !(next instanceof Element e && BLOCKS.contains(e.normalName()))) {
            Node moved = next;
            next = next.nextSibling();
            words.appendChild(moved);
        }
        box.after(words);
        if (words.firstChild() instanceof TextNode text) { // the space after the box is not struck
            String all = text.getWholeText();
            String rest = all.stripLeading().replaceFirst("^\u00a0+", "");
            if (rest.length() < all.length()) {
                text.text(rest);
                words.before(new TextNode("\u00a0"));
            }
        }
    }
}
