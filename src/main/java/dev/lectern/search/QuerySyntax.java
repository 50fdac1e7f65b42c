package dev.lectern.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a search text: words separated by spaces, "quoted phrases", {@code tag:x} and {@code author:x}
 * (their value may be quoted). Every part must match. Never fails: an unclosed quote runs to the end.
 */
final class QuerySyntax {

    private QuerySyntax() {
    }

    static List<QueryClause> parse(String query) {
        List<QueryClause> clauses = new ArrayList<>();
        String text = query == null ? "" : query.replace('\u3000', ' ').replace('＂', '"').strip();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            String field = null;
            String lower = text.substring(i).toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("tag:") || lower.startsWith("tag：")) {
                field = IndexFields.TAGS;
                i += 4;
            } else if (lower.startsWith("author:") || lower.startsWith("author：")) {
                field = IndexFields.AUTHORS;
                i += 7;
            }
            if (i < text.length() && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? text.length() : close;
                add(clauses, field, text.substring(i + 1, end), true);
                i = end + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                add(clauses, field, text.substring(i, end), false);
                i = end;
            }
        }
        return clauses;
    }

    private static void add(List<QueryClause> clauses, String field, String text, boolean phrase) {
        if (!text.isBlank()) {
            clauses.add(new QueryClause(field, text.strip(), phrase));
        }
    }
}
