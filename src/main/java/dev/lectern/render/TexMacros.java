package dev.lectern.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One page's TeX macros ({@code \newcommand}, {@code \renewcommand}, {@code \providecommand}, {@code \def}, {@code
 * \DeclareMathOperator}), defined by its formulas in order and expanded here, so that JLaTeXMath only ever sees TeX
 * without them. JLaTeXMath keeps macros in global tables: a page's {@code \newcommand} changed every later page, and
 * {@code \newcommand{\loopy}{\loopy x}} expanded without end on the rendering thread, its memory growing. Here a page
 * starts with no macros, as in MathJax and KaTeX, and expansion stops, as KaTeX's does, after {@link #MAX_EXPANSIONS}
 * expansions or once the formula grows past {@link #MAX_LENGTH}: the formula then shows its source. Not thread-safe:
 * one per page render.
 */
final class TexMacros {

    /** KaTeX's limit ("Too many expansions"). */
    static final int MAX_EXPANSIONS = 1_000;
    /** What a formula may grow to by expansion (its source is at most {@link MathRenderer#MAX_CHARS}). */
    static final int MAX_LENGTH = 3 * MathRenderer.MAX_CHARS;
    /** All a page's formulas may expand: a page of many looping formulas still opens in a moment. */
    static final int MAX_PAGE_EXPANSIONS = 50_000;
    private static final int MAX_MACROS = 1_000;
    /**
     * Commands that would write into JLaTeXMath's global tables; a formula that still holds one after expansion (a
     * definition this class could not read) is not typeset.
     */
    private static final Pattern GLOBAL = Pattern.compile("\\\\(?:newcommand|renewcommand|providecommand|newenvironment"
            + "|renewenvironment|definecolor|DeclareMathOperator|def|gdef|edef|xdef|let|makeatletter|makeatother)(?![A-Za-z])");

    /** A macro: its parameter count, the default of its optional first parameter (or null), and its body. */
    private record Macro(int parameters, String optional, String body) {
    }

    /** Why a formula could not be expanded. */
    enum Failure { NONE, LOOP, DEFINITION }

    /** The formula without definitions and with the page's macros expanded, or the reason it has none. */
    record Expanded(String tex, Failure failure) {
        boolean ok() {
            return failure == Failure.NONE;
        }
    }

    private final Map<String, Macro> macros = new HashMap<>();
    private int pageExpansions;

    /** Takes in the formula's definitions and expands the macros it uses. */
    Expanded expand(String tex) {
        if (tex.indexOf('\\') < 0) {
            return new Expanded(tex, Failure.NONE);
        }
        try {
            String out = new Expansion(tex).run();
            return GLOBAL.matcher(out).find() ? new Expanded(tex, Failure.DEFINITION) : new Expanded(out, Failure.NONE);
        } catch (LoopException e) {
            return new Expanded(tex, Failure.LOOP);
        } catch (DefinitionException e) {
            return new Expanded(tex, Failure.DEFINITION);
        }
    }

    private static final class LoopException extends Exception {
        LoopException() {
            super(null, null, false, false);
        }
    }

    private static final class DefinitionException extends Exception {
        DefinitionException() {
            super(null, null, false, false);
        }
    }

    /** One formula's pass: the text still to read (expansions are put back in front of it) and what is written. */
    private final class Expansion {
        private String input;
        private int at;
        private final StringBuilder out = new StringBuilder();
        private int expansions;

        Expansion(String tex) {
            input = tex;
        }

        String run() throws LoopException, DefinitionException {
            while (at < input.length()) {
                char c = input.charAt(at);
                if (c != '\\') {
                    out.append(c);
                    at++;
                    continue;
                }
                String name = controlSequence(at);
                at += name.length();
                switch (name) {
                    case "\\newcommand", "\\renewcommand", "\\providecommand" -> newCommand(name.equals("\\providecommand"));
                    case "\\def", "\\gdef" -> def();
                    case "\\DeclareMathOperator" -> declareOperator();
                    default -> {
                        Macro macro = macros.get(name);
                        if (macro == null) {
                            out.append(name);
                        } else {
                            call(macro);
                        }
                    }
                }
            }
            return out.toString();
        }

        /** The control sequence starting at the backslash: a word of letters, or one other character. */
        private String controlSequence(int start) {
            int end = start + 1;
            while (end < input.length() && isLetter(input.charAt(end))) {
                end++;
            }
            if (end == start + 1 && end < input.length()) {
                end = start + 2 + (Character.isHighSurrogate(input.charAt(start + 1)) && start + 2 < input.length() ? 1 : 0);
            }
            return input.substring(start, end);
        }

        private void newCommand(boolean provide) throws DefinitionException {
            skipStar();
            String name = definedName();
            int parameters = 0;
            String optional = null;
            skipSpaces();
            if (peek('[')) {
                String count = bracketed().strip();
                if (!count.matches("[0-9]")) {
                    throw new DefinitionException();
                }
                parameters = Integer.parseInt(count);
                skipSpaces();
                if (peek('[')) {
                    optional = bracketed();
                }
            }
            String body = argument();
            if (!(provide && macros.containsKey(name))) {
                define(name, new Macro(parameters, optional, body));
            }
        }

        /** {@code \def\name#1#2{body}}; a delimited parameter text ({@code \def\a#1.{}}) is not read. */
        private void def() throws DefinitionException {
            skipSpaces();
            if (at >= input.length() || input.charAt(at) != '\\') {
                throw new DefinitionException();
            }
            String name = controlSequence(at);
            at += name.length();
            int parameters = 0;
            while (at + 1 < input.length() && input.charAt(at) == '#' && input.charAt(at + 1) == '1' + parameters) {
                parameters++;
                at += 2;
            }
            if (!peek('{')) {
                throw new DefinitionException();
            }
            define(name, new Macro(parameters, null, argument()));
        }

        private void declareOperator() throws DefinitionException {
            boolean limits = skipStar();
            String name = definedName();
            String text = argument();
            define(name, new Macro(0, null, (limits ? "\\operatorname*{" : "\\operatorname{") + text + "}"));
        }

        private void define(String name, Macro macro) throws DefinitionException {
            if (macros.size() >= MAX_MACROS && !macros.containsKey(name)) {
                throw new DefinitionException();
            }
            macros.put(name, macro);
        }

        /** The name a definition gives: {@code {\name}} or {@code \name}. */
        private String definedName() throws DefinitionException {
            skipSpaces();
            boolean braced = peek('{');
            if (braced) {
                at++;
                skipSpaces();
            }
            if (at >= input.length() || input.charAt(at) != '\\') {
                throw new DefinitionException();
            }
            String name = controlSequence(at);
            at += name.length();
            if (braced) {
                skipSpaces();
                if (!peek('}')) {
                    throw new DefinitionException();
                }
                at++;
            }
            return name;
        }

        /** Replaces a macro and its arguments with its body, to be read again. */
        private void call(Macro macro) throws LoopException, DefinitionException {
            if (++expansions > MAX_EXPANSIONS || ++pageExpansions > MAX_PAGE_EXPANSIONS) {
                throw new LoopException();
            }
            List<String> arguments = new ArrayList<>();
            for (int i = 0; i < macro.parameters(); i++) {
                if (i == 0 && macro.optional() != null) {
                    skipSpaces();
                    arguments.add(peek('[') ? bracketed() : macro.optional());
                } else {
                    arguments.add(argument());
                }
            }
            StringBuilder body = new StringBuilder();
            String text = macro.body();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '#' && i + 1 < text.length()) {
                    char next = text.charAt(i + 1);
                    if (next == '#') {
                        body.append('#');
                        i++;
                        continue;
                    }
                    if (next >= '1' && next <= '9' && next - '1' < arguments.size()) {
                        String argument = arguments.get(next - '1');
                        // \lVert#1 with x is \lVert x, not \lVertx
                        if (!argument.isEmpty() && isLetter(argument.charAt(0)) && endsWithControlWord(body)) {
                            body.append(' ');
                        }
                        body.append(argument);
                        i++;
                        continue;
                    }
                }
                body.append(c);
            }
            // a control word directly before a letter would run into it: TeX ends it there, as a space does
            if (body.length() > 0 && endsWithControlWord(body) && at < input.length() && isLetter(input.charAt(at))) {
                body.append(' ');
            }
            if (out.length() + body.length() + input.length() - at > MAX_LENGTH) {
                throw new LoopException();
            }
            input = body + input.substring(at);
            at = 0;
        }

        /** A mandatory argument: a braced group's content, or one token. */
        private String argument() throws DefinitionException {
            skipSpaces();
            if (at >= input.length()) {
                throw new DefinitionException();
            }
            char c = input.charAt(at);
            if (c == '{') {
                int end = closing(at, '{', '}');
                String content = input.substring(at + 1, end);
                at = end + 1;
                return content;
            }
            if (c == '}') {
                throw new DefinitionException();
            }
            String token = c == '\\' ? controlSequence(at)
                    : input.substring(at, at + (Character.isHighSurrogate(c) && at + 1 < input.length() ? 2 : 1));
            at += token.length();
            return token;
        }

        /** The content of {@code […]} at the current position (braces inside it are skipped whole). */
        private String bracketed() throws DefinitionException {
            int depth = 0;
            for (int i = at + 1; i < input.length(); i++) {
                char c = input.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (c == ']' && depth == 0) {
                    String content = input.substring(at + 1, i);
                    at = i + 1;
                    return content;
                }
            }
            throw new DefinitionException();
        }

        private int closing(int open, char opening, char closing) throws DefinitionException {
            int depth = 0;
            for (int i = open; i < input.length(); i++) {
                char c = input.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == opening) {
                    depth++;
                } else if (c == closing && --depth == 0) {
                    return i;
                }
            }
            throw new DefinitionException();
        }

        private boolean skipStar() {
            if (peek('*')) {
                at++;
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (at < input.length() && Character.isWhitespace(input.charAt(at))) {
                at++;
            }
        }

        private boolean peek(char c) {
            return at < input.length() && input.charAt(at) == c;
        }
    }

    private static boolean endsWithControlWord(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && isLetter(text.charAt(i))) {
            i--;
        }
        return i >= 0 && i < text.length() - 1 && text.charAt(i) == '\\' && (i == 0 || text.charAt(i - 1) != '\\');
    }

    /** A letter of a TeX control word: ASCII only, as TeX reads them. */
    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
