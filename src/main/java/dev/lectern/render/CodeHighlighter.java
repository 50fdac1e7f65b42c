package dev.lectern.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenMakerFactory;
import org.fife.ui.rsyntaxtextarea.TokenTypes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Colours code with RSyntaxTextArea's token makers, line by line, or with a {@link GrammarLexer} for the languages it
 * does not know: each token becomes a {@code <span class="tok-…">} (or plain text), so that the block's text stays
 * exactly the same and the theme's CSS picks the colours.
 */
final class CodeHighlighter {

    private static final Pattern REQUEST_LINE =
            Pattern.compile("(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|CONNECT|TRACE) .*");
    private static final Pattern STATUS_LINE = Pattern.compile("(HTTP/[0-9.]{1,5})(?: +([0-9]{3}))?.*");
    private static final Pattern HEADER = Pattern.compile("([A-Za-z0-9_-]+)(:.*)");

    /** Longer blocks stay plain: colouring them would cost more than it gives. */
    static final int MAX_CHARS = 500_000;

    /**
     * Replaces the children of {@code code} with the coloured tokens of {@code text} in the given style (from
     * {@link CodeLanguages#styleOf}); returns false, leaving {@code code} alone, when the text is too long.
     */
    boolean highlight(Element code, String text, String style) {
        if (text.length() > MAX_CHARS) {
            return false;
        }
        Spans spans = new Spans(code);
        CodeGrammar grammar = CodeGrammar.BY_STYLE.get(style);
        if (CodeLanguages.DIFF.equals(style)) {
            diff(text, spans);
        } else if (CodeLanguages.HTTP.equals(style)) {
            http(text, spans);
        } else if (grammar != null) {
            GrammarLexer.lex(text, grammar, (cls, start, end) -> spans.add(cls, text, start, end));
        } else {
            tokens(text, TokenMakerFactory.getDefaultInstance().getTokenMaker(style), spans);
        }
        spans.flush();
        return true;
    }

    private static void tokens(String text, TokenMaker maker, Spans spans) {
        char[] chars = text.toCharArray();
        int lastType = TokenTypes.NULL;
        int lineStart = 0;
        while (lineStart <= chars.length) {
            int lineEnd = lineStart;
            while (lineEnd < chars.length && chars[lineEnd] != '\n') {
                lineEnd++;
            }
            Segment line = new Segment(chars, lineStart, lineEnd - lineStart);
            int covered = lineStart;
            int type = TokenTypes.NULL;
            for (Token token = maker.getTokenList(line, lastType, lineStart); token != null; token = token.getNextToken()) {
                type = token.getType();
                int start = token.getOffset();
                int end = Math.min(lineEnd, start + Math.max(0, token.length()));
                if (start >= covered && end > start) {
                    spans.add(classOf(type), text, start, end);
                    covered = end;
                }
            }
            if (covered < lineEnd) {
                spans.add(null, text, covered, lineEnd);
            }
            lastType = type;
            if (lineEnd < chars.length) {
                spans.add(null, text, lineEnd, lineEnd + 1);
            }
            lineStart = lineEnd + 1;
        }
    }

    /** A unified diff: added, removed and hunk-header lines. */
    private static void diff(String text, Spans spans) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end);
            String cls = line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff ")
                    || line.startsWith("index ") ? "tok-meta"
                    : line.startsWith("+") ? "tok-ins" : line.startsWith("-") ? "tok-del"
                    : line.startsWith("@@") ? "tok-fn" : null;
            spans.add(cls, text, start, end);
            start = end;
        }
    }

    /**
     * HTTP messages: request and status lines, header names, and a body after them coloured as JSON when it is an
     * object or array (as Rouge colours it by its content type), else left plain.
     */
    private static void http(String text, Spans spans) {
        boolean head = false;
        int body = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            String line = text.substring(start, end).stripTrailing();
            Matcher request = REQUEST_LINE.matcher(line);
            Matcher status = STATUS_LINE.matcher(line);
            Matcher header = HEADER.matcher(line);
            boolean isRequest = request.matches();
            if (isRequest || status.matches()) {
                httpBody(text, body, start, spans);
                body = -1;
                head = true;
                Matcher first = isRequest ? request : status;
                int rest = start + first.end(1);
                spans.add(isRequest ? "tok-keyword" : "tok-meta", text, start, rest);
                if (!isRequest && status.start(2) >= 0) {
                    spans.add(null, text, rest, start + status.start(2));
                    spans.add("tok-number", text, start + status.start(2), start + status.end(2));
                    rest = start + status.end(2);
                }
                spans.add(null, text, rest, end);
            } else if (head && header.matches()) {
                spans.add("tok-attr", text, start, start + header.end(1));
                spans.add(null, text, start + header.end(1), end);
            } else if (head && line.isBlank()) {
                spans.add(null, text, start, end);
                head = false;
                body = end;
            } else if (head && (line.startsWith("{") || line.startsWith("["))) {
                head = false;
                body = start;
            } else if (head) {
                spans.add(null, text, start, end);
            }
            start = end;
        }
        httpBody(text, body, text.length(), spans);
    }

    /** A message's body from {@code from} to {@code to}: JSON coloured, anything else plain; nothing when -1. */
    private static void httpBody(String text, int from, int to, Spans spans) {
        if (from < 0 || from >= to) {
            return;
        }
        String part = text.substring(from, to);
        String first = part.strip();
        if (first.startsWith("{") || first.startsWith("[")) {
            tokens(part, TokenMakerFactory.getDefaultInstance().getTokenMaker("text/json"), spans);
        } else {
            spans.add(null, part, 0, part.length());
        }
    }

    /** The CSS class of a token type; null for text that keeps the block's colour. */
    static String classOf(int type) {
        switch (type) {
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                    TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT:
                return "tok-comment";
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.PREPROCESSOR:
                return "tok-keyword";
            case TokenTypes.FUNCTION:
                return "tok-fn";
            case TokenTypes.LITERAL_BOOLEAN, TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                    TokenTypes.LITERAL_NUMBER_HEXADECIMAL:
                return "tok-number";
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                    TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.MARKUP_CDATA:
                return "tok-string";
            case TokenTypes.DATA_TYPE:
                return "tok-type";
            case TokenTypes.VARIABLE, TokenTypes.MARKUP_TAG_ATTRIBUTE:
                return "tok-attr";
            case TokenTypes.REGEX, TokenTypes.MARKUP_ENTITY_REFERENCE:
                return "tok-regex";
            case TokenTypes.ANNOTATION, TokenTypes.MARKUP_DTD, TokenTypes.MARKUP_PROCESSING_INSTRUCTION,
                    TokenTypes.MARKUP_CDATA_DELIMITER:
                return "tok-meta";
            case TokenTypes.MARKUP_TAG_NAME, TokenTypes.MARKUP_TAG_DELIMITER:
                return "tok-tag";
            case TokenTypes.ERROR_IDENTIFIER, TokenTypes.ERROR_NUMBER_FORMAT, TokenTypes.ERROR_STRING_DOUBLE,
                    TokenTypes.ERROR_CHAR:
                return "tok-error";
            default:
                return null;
        }
    }

    /** Appends runs of text to the code element, merging neighbours of the same class into one node. */
    private static final class Spans {
        private final Element code;
        private final StringBuilder run = new StringBuilder();
        private String runClass;

        Spans(Element code) {
            this.code = code;
            code.empty();
        }

        void add(String cls, String text, int start, int end) {
            if (!java.util.Objects.equals(cls, runClass) && !isBlank(text, start, end)) {
                flush();
                runClass = cls;
            }
            run.append(text, start, end);
        }

        void flush() {
            if (run.length() > 0) {
                TextNode node = new TextNode(run.toString());
                if (runClass == null) {
                    code.appendChild(node);
                } else {
                    code.appendElement("span").addClass(runClass).appendChild(node);
                }
                run.setLength(0);
            }
        }

        private static boolean isBlank(String text, int start, int end) {
            for (int i = start; i < end; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
