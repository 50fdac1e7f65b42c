package dev.lectern.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Varies the YAML front matter of a copied article for the corpus generator: a numbered title and extra tags. */
final class FrontMatterVariation {

    private final int copy;
    private final int index;

    FrontMatterVariation(int copy, int index) {
        this.copy = copy;
        this.index = index;
    }

    String apply(String text) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            return text;
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.substring(4, end + 1).split("\n", -1)));
        boolean tagged = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("title:")) {
                lines.set(i, numbered(line));
            } else if (line.startsWith("tags:") && !tagged) {
                tagged = true;
                String value = line.substring(5).strip();
                if (value.startsWith("[") && value.endsWith("]")) {
                    String inner = value.substring(1, value.length() - 1).strip();
                    String first = inner.split(",")[0].strip();
                    lines.set(i, "tags: [" + (inner.isEmpty() ? "" : inner + ", ") + extras(first) + "]");
                } else if (value.isEmpty() && i + 1 < lines.size() && lines.get(i + 1).strip().startsWith("- ")) {
                    String next = lines.get(i + 1);
                    String indent = next.substring(0, next.indexOf('-'));
                    String first = next.strip().substring(2).strip();
                    for (String extra : extras(first).split(", ")) {
                        lines.add(i + 1, indent + "- " + extra);
                    }
                }
            }
        }
        if (!tagged) {
            lines.add(0, "tags: [" + extras("") + "]");
        }
        return "---\n" + String.join("\n", lines).stripTrailing() + text.substring(end);
    }

    private String extras(String firstTag) {
        String first = firstTag.replaceAll("[\"'\\[\\]{},#&*!|>%@`]", "").strip();
        String group = "\"group-" + index % 997 + "\"";
        return first.isEmpty() ? group : "\"v" + copy + "/" + first + "\", " + group;
    }

    private String numbered(String line) {
        String value = line.substring(6).strip();
        if (value.isEmpty() || value.startsWith(">") || value.startsWith("|")) {
            return line;
        }
        char last = value.charAt(value.length() - 1);
        if (value.length() > 1 && (last == '"' || last == '\'') && value.charAt(0) == last) {
            return "title: " + value.substring(0, value.length() - 1) + " (" + copy + ")" + last;
        }
        return "title: " + value + " (" + copy + ")";
    }
}
