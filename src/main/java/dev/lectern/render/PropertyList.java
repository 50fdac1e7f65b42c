package dev.lectern.render;

import dev.lectern.model.NoteProperty;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A vault note's properties above its text, as Obsidian shows them: each name beside its values, several values as
 * chips, yes or no as a checkbox, a web address as a link (opened in the browser when clicked, as any link), a {@code [[wiki link]]} as the
 * page's other wiki links ({@link WikiLinks}).
 */
final class PropertyList {

    private PropertyList() {
    }

    static Element of(List<NoteProperty> properties) {
        Element list = new Element("dl").addClass("note-properties");
        for (NoteProperty property : properties) {
            Element row = list.appendElement("div").addClass("property");
            row.appendElement("dt").text(property.name());
            Element values = row.appendElement("dd");
            for (String value : property.values()) {
                if (values.childNodeSize() > 0) {
                    values.appendText(" "); // copied text keeps the values apart
                }
                Element shown = property.values().size() > 1 ? values.appendElement("span").addClass("property-value")
                        : values;
                if (value.equals("true") || value.equals("false")) { // a checkbox, as Obsidian shows a yes-or-no field
                    Element box = shown.appendElement("input").attr("type", "checkbox").addClass("task-list-item-checkbox")
                            .attr("disabled", true).attr("title", value);
                    box.attr("checked", value.equals("true"));
                } else if (webAddress(value)) {
                    shown.appendElement("a").attr("href", value).text(value);
                } else {
                    shown.appendText(value);
                }
            }
        }
        return list;
    }

    private static boolean webAddress(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && value.chars().noneMatch(Character::isWhitespace);
    }
}
