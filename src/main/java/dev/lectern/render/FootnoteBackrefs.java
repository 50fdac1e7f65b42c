package dev.lectern.render;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;

/**
 * A footnote's way back (↩) at the end of its last paragraph, where kramdown, Hugo and Hexo put it, rather than on a
 * line of its own below the note as flexmark writes it.
 */
final class FootnoteBackrefs {

    private FootnoteBackrefs() {
    }

    static void join(Element body) {
        for (Element note : body.select("div.footnotes > ol > li")) {
            Deque<Element> backs = new ArrayDeque<>();
            Element last = note.lastElementChild();
            while (last != null && last.nameIs("a") && last.hasClass("footnote-backref")) {
                backs.addFirst(last);
                last = last.previousElementSibling();
            }
            if (backs.isEmpty() || last == null || !last.nameIs("p")) {
                continue;
            }
            for (Element back : backs) {
                last.appendText(" ").appendChild(back);
            }
        }
    }
}
