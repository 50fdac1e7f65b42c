package dev.lectern.search;

import dev.lectern.model.ComposedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a search text: words separated by spaces, "quoted phrases", {@code tag:x} and {@code author:x}
 * (their value may be quoted). Every part must match. Never fails: an unclosed quote runs to the end.
 * A pasted page is searched by its start: what is left out could only narrow the results. Decomposed text (Hangul
 * typed or pasted as loose jamo) is composed, as the articles' text is.
 */
final class QuerySyntax {

    /** Characters of a search text read: beyond them a query's pieces, phrases and checks grow with no use. */
    static final int MAX_CHARS = 256;
    /** Words and phrases read: every one is a clause in every text field, and Lucene refuses more than 1,024. */
    static final int MAX_CLAUSES = 16;

    private QuerySyntax() {
    }

    static List<QueryClause> parse(String query) {
        List<QueryClause> clauses = new ArrayList<>();
        String text = ComposedText.of(start(query == null ? "" : query)).replace('\u3000', ' ').replace('＂', '"').strip();
        int i = 0;
        while (i < text.length() && clauses.size() < MAX_CLAUSES) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            String field = null;
            if (startsWith(text, i, "tag:") || startsWith(text, i, "tag：")) {
                field = IndexFields.TAGS;
                i += 4;
            } else if (startsWith(text, i, "author:") || startsWith(text, i, "author：")) {
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

    /** The first {@link #MAX_CHARS} characters of a text, not cutting a character outside the BMP in two. */
    private static String start(String query) {
        if (query.length() <= MAX_CHARS) {
            return query;
        }
        int end = Character.isHighSurrogate(query.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return query.substring(0, end);
    }

    private static boolean startsWith(String text, int at, String prefix) {
        return text.regionMatches(true, at, prefix, 0, prefix.length());
    }

    private static void add(List<QueryClause> clauses, String field, String text, boolean phrase) {
        if (!text.isBlank()) {
            clauses.add(new QueryClause(field, text.strip(), phrase));
        }
    }
}
