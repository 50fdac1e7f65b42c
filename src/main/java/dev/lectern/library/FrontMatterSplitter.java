package dev.lectern.library;

import dev.lectern.model.LogseqProperties;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds front matter at the start of a normalised text: YAML between {@code ---} lines
 * (closed by {@code ---} or {@code ...}), TOML between {@code +++} lines, Hugo's JSON object from a
 * {@code {} line to a {@code }} line, Hexo's style of {@code key: value} lines closed by {@code ---}
 * without an opening fence, or, in a vault, a Logseq page's {@code key:: value} lines ({@link PageProperties}).
 */
final class FrontMatterSplitter {

    static final Pattern KEY_LINE = Pattern.compile("([A-Za-z_][\\w-]*)[ \\t]*:(?:[ \\t]+(.*))?[ \\t]*");
    private static final Pattern CONTINUATION = Pattern.compile("[ \\t]+\\S.*|-[ \\t].*|-");
    private static final Set<String> HEXO_KEYS = Set.of(
            "title", "date", "tags", "tag", "categories", "category", "layout", "author", "updated");
    /** A key Hugo's front matter holds, quoted as JSON writes it. */
    private static final Pattern JSON_KEY = Pattern.compile(
            "\"(?i:title|date|tags|categories|draft|description|author|authors|slug|weight|lastmod|publishDate|"
                    + "aliases|series|summary|keywords)\"\\s{0,20}:");
    private static final Pattern TOML_KEY = Pattern.compile("[A-Za-z_][\\w-]{0,200}[ \\t]*=.*");
    /** Do not search further than this many lines for a closing fence. */
    private static final int MAX_LINES = 500;

    FrontMatterBlock split(String text) {
        return split(text, false);
    }

    /** The same; in a vault of notes (note) a Logseq page's {@code key:: value} lines are its front matter too. */
    FrontMatterBlock split(String text, boolean note) {
        String first = firstLine(text);
        if (first.strip().equals("---") && first.startsWith("---")) {
            return fenced(text, FrontMatterBlock.Kind.YAML, "---", "...");
        }
        if (first.strip().equals("+++") && first.startsWith("+++")) {
            return fenced(text, FrontMatterBlock.Kind.TOML, "+++", "+++");
        }
        if (first.strip().equals("{") && first.startsWith("{")) {
            return json(text);
        }
        if (note && LogseqProperties.isPageProperty(first)) {
            return PageProperties.split(text);
        }
        return hexo(text);
    }

    private static FrontMatterBlock fenced(String text, FrontMatterBlock.Kind kind, String close, String altClose) {
        int start = text.indexOf('\n') + 1;
        if (start == 0) {
            return FrontMatterBlock.none(text);
        }
        int pos = start;
        for (int lines = 0; pos <= text.length() && lines < MAX_LINES; lines++) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end).strip();
            if (line.equals(close) || line.equals(altClose)) {
                String body = end >= text.length() ? "" : text.substring(end + 1);
                return new FrontMatterBlock(kind, text.substring(start, pos), 2, body);
            }
            if (end >= text.length()) {
                return opensFrontMatter(text, start, kind) ? FrontMatterBlock.unclosed(text, close) : FrontMatterBlock.none(text);
            }
            pos = end + 1;
        }
        // still no closing fence after MAX_LINES lines of keys: read those, rather than take "title: …" for the title
        return opensFrontMatter(text, start, kind) && pos <= text.length()
                ? FrontMatterBlock.tooLong(kind, text.substring(start, pos), text, MAX_LINES) : FrontMatterBlock.none(text);
    }

    /**
     * Whether the line after an opening fence that never closes is a front matter key ({@code title: "Half written}, or
     * TOML's {@code title = }): a file half written by a sync tool or an editor, not a body opening with a rule.
     */
    private static boolean opensFrontMatter(String text, int start, FrontMatterBlock.Kind kind) {
        String line = text.substring(start, lineEnd(text, start)).strip();
        return kind == FrontMatterBlock.Kind.TOML ? TOML_KEY.matcher(line).matches() : KEY_LINE.matcher(line).matches();
    }

    /**
     * Hugo's JSON front matter: the object, braces kept, up to the first line that is just }, when it names a front
     * matter key (a note that opens with a JSON example is not front matter: its object stays in the body).
     */
    private static FrontMatterBlock json(String text) {
        int pos = text.indexOf('\n') + 1;
        for (int lines = 0; pos > 0 && pos < text.length() && lines < MAX_LINES; lines++) {
            int end = lineEnd(text, pos);
            if (text.startsWith("}", pos) && text.substring(pos, end).strip().equals("}")) {
                String object = text.substring(0, end);
                if (!JSON_KEY.matcher(object).find()) {
                    break;
                }
                String body = end >= text.length() ? "" : text.substring(end + 1);
                return new FrontMatterBlock(FrontMatterBlock.Kind.JSON, object, 1, body);
            }
            pos = end + 1;
        }
        return FrontMatterBlock.none(text);
    }

    private static FrontMatterBlock hexo(String text) {
        int pos = 0;
        boolean knownKey = false;
        for (int lines = 0; pos < text.length() && lines < MAX_LINES; lines++) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end);
            if (line.strip().equals("---") && lines > 0) {
                if (!knownKey) {
                    return FrontMatterBlock.none(text);
                }
                String body = end >= text.length() ? "" : text.substring(end + 1);
                return new FrontMatterBlock(FrontMatterBlock.Kind.HEXO, text.substring(0, pos), 1, body);
            }
            var key = KEY_LINE.matcher(line);
            if (key.matches()) {
                knownKey |= HEXO_KEYS.contains(key.group(1).toLowerCase(Locale.ROOT));
            } else if (lines == 0 || !CONTINUATION.matcher(line).matches()) {
                return FrontMatterBlock.none(text);
            }
            pos = end + 1;
        }
        return FrontMatterBlock.none(text);
    }

    private static String firstLine(String text) {
        return text.substring(0, lineEnd(text, 0));
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
