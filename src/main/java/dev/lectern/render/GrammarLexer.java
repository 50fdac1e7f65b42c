package dev.lectern.render;

import dev.lectern.render.CodeGrammar.Trait;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Colours code by a {@link CodeGrammar} in one pass over its text: comments, strings, numbers, variables and words,
 * each scanned forward from where the last ended, so the cost is linear in the text however it nests or breaks off
 * (an unclosed comment or string runs to the end, as on the sites these languages come from).
 */
final class GrammarLexer {

    /** Receives each run of the text with its CSS class, or null for plain text, in order. */
    interface Sink {
        void add(String cls, int start, int end);
    }

    private final String text;
    private final CodeGrammar grammar;
    private final Sink sink;
    /** Whether the next word is the first of a statement (after a line break, {@code ;}, {@code {} or {@code }}). */
    private boolean statementStart = true;
    /** In a template language, the mark that closes the tag being read, or null between tags. */
    private String tagClose;
    /** A template language's tag openings, then its block comment's opening, if any. */
    private final List<String> openings = new ArrayList<>();
    /** Where each opening next occurs, found once and kept until passed: -1 for never. */
    private final int[] nextOpening;

    private GrammarLexer(String text, CodeGrammar grammar, Sink sink) {
        this.text = text;
        this.grammar = grammar;
        this.sink = sink;
        for (int k = 0; k < grammar.templateTags().size(); k += 2) {
            openings.add(grammar.templateTags().get(k));
        }
        if (!openings.isEmpty() && grammar.blockComment() != null) {
            openings.add(grammar.blockComment().get(0));
        }
        this.nextOpening = new int[openings.size()];
        Arrays.fill(nextOpening, -2);
    }

    static void lex(String text, CodeGrammar grammar, Sink sink) {
        new GrammarLexer(text, grammar, sink).run();
    }

    private void run() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (!grammar.templateTags().isEmpty() && (end = templateMarks(i)) > i) {
                i = end;
                continue;
            }
            if ((end = blockComment(i)) > i || (end = lineComment(i)) > i) {
                sink.add("tok-comment", i, end);
            } else if (c == '{' && grammar.has(Trait.BRACED_VALUES) && lastBeforeSpaces(i) == '=') {
                end = bracedValue(i);
                sink.add("tok-string", i, end);
            } else if (c == '{' && grammar.has(Trait.BRACED_VALUES)) {
                end = entryKey(i + 1);
                sink.add(null, i, end); // an entry's key, 10.7717/peerj-cs.103: a name, not a number
            } else if (c == '<' && grammar.has(Trait.ANGLE_KEYS) && (end = angleKey(i)) > i) {
                sink.add("tok-type", i, end);
            } else if (grammar.quotes().indexOf(c) >= 0) {
                end = string(i);
                boolean unclosed = end == i + 1 || text.charAt(end - 1) != c;
                sink.add(unclosed && grammar.has(Trait.LINE_START_COMMENTS) ? "tok-comment" : "tok-string", i, end);
            } else if (c >= '0' && c <= '9') {
                end = number(i);
                sink.add("tok-number", i, end);
            } else if (c == '$' && grammar.has(Trait.VARIABLES) && i + 1 < text.length() && isWordStart(text.charAt(i + 1))) {
                end = word(i + 1);
                sink.add("tok-attr", i, end);
            } else if (isWordStart(c)) {
                end = word(i);
                sink.add(classOfWord(i, end), i, end);
            } else {
                sink.add(null, i, i + 1);
                if (c == '\n' || c == ';' || c == '{' || c == '}') {
                    statementStart = true;
                } else if (!Character.isWhitespace(c)) {
                    statementStart = false;
                }
                i++;
                continue;
            }
            statementStart = false;
            i = end;
        }
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private String classOfWord(int start, int end) {
        if (grammar.has(Trait.LABELS_AFTER_COLON) && start > 0 && text.charAt(start - 1) == ':') {
            return "tok-type";
        }
        String cls = grammar.classOf(text.substring(start, end));
        if (cls != null) {
            return cls;
        }
        if (grammar.has(Trait.PIPE_FILTERS) && lastBeforeSpaces(start) == '|') {
            return "tok-fn";
        }
        if (grammar.has(Trait.CALLS) && end < text.length() && text.charAt(end) == '(') {
            return "tok-fn";
        }
        if (grammar.has(Trait.STATEMENT_KEYS) && statementStart) {
            char after = firstAfterSpaces(end);
            return after == '=' || after == ':' ? "tok-attr" : "tok-keyword";
        }
        return grammar.has(Trait.ASSIGNED_KEYS) && firstAfterSpaces(end) == '=' ? "tok-attr" : null;
    }

    /**
     * In a template language: plain text up to the next tag or comment, a tag's opening or closing mark; where the
     * next comment or token inside a tag starts, i itself when one starts here.
     */
    private int templateMarks(int i) {
        if (tagClose != null) {
            if (!text.startsWith(tagClose, i)) {
                return i;
            }
            sink.add("tok-meta", i, i + tagClose.length());
            int end = i + tagClose.length();
            tagClose = null;
            return end;
        }
        int first = -1;
        for (int k = 0; k < openings.size(); k++) {
            if (nextOpening[k] != -1 && nextOpening[k] < i) {
                nextOpening[k] = text.indexOf(openings.get(k), i);
            }
            // the nearest, the longest of those starting there (<#-- before <#)
            boolean longer = first >= 0 && openings.get(k).length() > openings.get(first).length();
            if (nextOpening[k] >= 0 && (first < 0 || nextOpening[k] < nextOpening[first]
                    || nextOpening[k] == nextOpening[first] && longer)) {
                first = k;
            }
        }
        if (first < 0 || nextOpening[first] > i) {
            int end = first < 0 ? text.length() : nextOpening[first];
            sink.add(null, i, end);
            return end;
        }
        if (2 * first >= grammar.templateTags().size()) {
            return i; // a comment: read as any comment
        }
        String opening = openings.get(first);
        sink.add("tok-meta", i, i + opening.length());
        tagClose = grammar.templateTags().get(2 * first + 1);
        statementStart = true;
        return i + opening.length();
    }

    /** The character before i past spaces and tabs, a line break at the start of the text. */
    private char lastBeforeSpaces(int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 ? '\n' : text.charAt(j);
    }

    /** The character at or after i past spaces and tabs, a line break at the end of the text. */
    private char firstAfterSpaces(int i) {
        int j = i;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j < text.length() ? text.charAt(j) : '\n';
    }

    /** Where a {@code <name>} of at most 32 letters, digits and dashes starting at i ends; i when none does. */
    private int angleKey(int i) {
        int j = i + 1;
        while (j < text.length() && j - i <= 32 && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return j > i + 1 && j < text.length() && text.charAt(j) == '>' ? j + 1 : i;
    }

    /** Where an entry's key ends: at its comma, brace or line end. */
    private int entryKey(int from) {
        int j = from;
        while (j < text.length() && ",}\n".indexOf(text.charAt(j)) < 0) {
            j++;
        }
        return j;
    }

    /** A braced value up to its matching }, braces inside it nesting; an unclosed one runs to the end. */
    private int bracedValue(int i) {
        int depth = 0;
        int j = i;
        while (j < text.length()) {
            char c = text.charAt(j++);
            if (c == '\\' && j < text.length()) {
                j++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return j;
            }
        }
        return j;
    }

    private int lineComment(int i) {
        for (String prefix : grammar.lineComments()) {
            // the prefix first: looking back past spaces at every place would be quadratic in a run of them
            if (text.startsWith(prefix, i)
                    && (!grammar.has(Trait.LINE_START_COMMENTS) || lastBeforeSpaces(i) == '\n')) {
                int end = text.indexOf('\n', i);
                return end < 0 ? text.length() : end;
            }
        }
        return i;
    }

    private int blockComment(int i) {
        if (grammar.blockComment() == null || !text.startsWith(grammar.blockComment().get(0), i)) {
            return i;
        }
        String open = grammar.blockComment().get(0);
        String close = grammar.blockComment().get(1);
        int depth = 1;
        int j = i + open.length();
        while (j < text.length() && depth > 0) {
            if (text.startsWith(close, j)) {
                depth--;
                j += close.length();
            } else if (grammar.has(Trait.NESTED_COMMENTS) && text.startsWith(open, j)) {
                depth++;
                j += open.length();
            } else {
                j++;
            }
        }
        return j;
    }

    private int string(int i) {
        char quote = text.charAt(i);
        int j = i + 1;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (c == '\\' && j + 1 < text.length() && text.charAt(j + 1) != '\n') {
                j += 2;
            } else if (c == quote) {
                return j + 1;
            } else if (c == '\n' && !grammar.has(Trait.MULTILINE_STRINGS)) {
                return j;
            } else {
                j++;
            }
        }
        return text.length();
    }

    /** Digits with letters for bases, exponents and units ({@code 0x1f}, {@code 5m}), and a point between digits. */
    private int number(int i) {
        int j = i;
        while (j < text.length()) {
            char c = text.charAt(j);
            boolean point = c == '.' && j + 1 < text.length() && Character.isDigit(text.charAt(j + 1));
            if (!(Character.isLetterOrDigit(c) || c == '_' || point)) {
                break;
            }
            j++;
        }
        return j;
    }

    private int word(int i) {
        int j = i;
        while (j < text.length() && grammar.isWordPart(text.charAt(j))) {
            j++;
        }
        return j;
    }
}
