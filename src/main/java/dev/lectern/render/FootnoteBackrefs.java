package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
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
            List<Element> backs = new ArrayList<>();
            Element last = note.lastElementChild();
            while (last != null && last.nameIs("a") && last.hasClass("footnote-backref")) {
                backs.add(0, last);
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
