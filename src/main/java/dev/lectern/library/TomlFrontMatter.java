package dev.lectern.library;

import dev.lectern.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small reader for the TOML used in Hugo front matter: top-level {@code key = value} with
 * basic and literal strings, arrays (nested, over several lines), and bare dates, numbers and
 * booleans kept as written. Keys inside {@code [tables]} are ignored.
 */
final class TomlFrontMatter {

    Map<String, Object> parse(FrontMatterBlock block, List<Problem> warnings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String text = block.text();
        boolean inTable = false;
        int pos = 0;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String current = text.substring(pos, end).strip();
            if (current.startsWith("[")) {
                inTable = true;
            } else if (!current.isEmpty() && !current.startsWith("#")) {
                int eq = current.indexOf('=');
                if (eq <= 0) {
                    int line = block.firstLine() + (int) text.substring(0, pos).chars().filter(c -> c == '\n').count();
                    warnings.add(Problem.of(Problem.Kind.FRONT_MATTER_NOT_TOML, line));
                } else {
                    Cursor cursor = new Cursor(text, text.indexOf('=', pos) + 1);
                    Object value = cursor.value();
                    if (!inTable) {
                        fields.put(unquote(current.substring(0, eq).strip()).toLowerCase(Locale.ROOT), value);
                    }
                    end = lineEnd(text, Math.min(cursor.pos, text.length()));
                }
            }
            pos = end + 1;
        }
        return fields;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static String unquote(String key) {
        return key.length() >= 2 && (key.startsWith("\"") || key.startsWith("'")) ? key.substring(1, key.length() - 1) : key;
    }

    /** Reads one value starting at a position; leaves pos after it. */
    private static final class Cursor {
        private final String text;
        private int pos;

        Cursor(String text, int pos) {
            this.text = text;
            this.pos = pos;
        }

        Object value() {
            skipSpace();
            if (pos >= text.length()) {
                return null;
            }
            char c = text.charAt(pos);
            if (c == '[') {
                pos++;
                List<Object> list = new ArrayList<>();
                while (true) {
                    skipSpace();
                    if (pos >= text.length() || text.charAt(pos) == ']') {
                        pos++;
                        return list;
                    }
                    if (text.charAt(pos) == ',') {
                        pos++;
                        continue;
                    }
                    Object item = value();
                    if (item != null) {
                        list.add(item);
                    }
                }
            }
            if (c == '"' || c == '\'') {
                return string(c);
            }
            int start = pos;
            while (pos < text.length() && ",]\n#".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            String bare = text.substring(start, pos).strip();
            return bare.isEmpty() ? null : bare;
        }

        private String string(char quote) {
            StringBuilder out = new StringBuilder();
            pos++;
            while (pos < text.length() && text.charAt(pos) != quote && text.charAt(pos) != '\n') {
                char c = text.charAt(pos++);
                if (c == '\\' && quote == '"' && pos < text.length()) {
                    char e = text.charAt(pos++);
                    out.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> e;
                    });
                } else {
                    out.append(c);
                }
            }
            pos++;
            return out.toString();
        }

        private void skipSpace() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '#') {
                    while (pos < text.length() && text.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (Character.isWhitespace(c)) {
                    pos++;
                } else {
                    return;
                }
            }
        }
    }
}
