package dev.lectern.model;

import java.util.regex.Pattern;

/**
 * Text between two single dollars that is no formula, though it pairs as one: shell and template variables
 * ({@code $JAVA_HOME/bin:$PATH}, {@code ${salt}${iterations}}), MongoDB and Vue names in prose ({@code $lt}, {@code
 * $route.params 之外，$route.query}), JSONPath in links. Corpus B's Jekyll blog, whose kramdown reads no single
 * dollar as math, had 50 of its pages broken by such pairs (formulas across table cells, Chinese set in math italics);
 * the formulas its readers meant ({@code $O(n^3)$}, {@code $\overbrace{a+b}^{m个}$}) hold none of these signs. The
 * renderer reads a page's dollars by it, and an export a quote's, so that both take the same pairs for formulas.
 */
public final class DollarPairs {

    /**
     * An environment or template variable: two or more capitals, an underscore, more capitals ({@code JAVA_HOME}), or
     * two or more capitals before a path's / : or ; ({@code $HOME/bin:$}).
     */
    private static final Pattern VARIABLE = Pattern.compile("\\A\\(?[A-Z]{2}[A-Z0-9]*(?:_[A-Z0-9_]{2,}|[/:;])");
    /** What makes a pair TeX whatever words it holds: a command, a superscript, a braced subscript. */
    private static final Pattern TEX = Pattern.compile("\\\\[A-Za-z]|\\^|_\\{");
    /** A template's {@code ${name}}: a braced name not followed by a sub- or superscript. */
    private static final Pattern INTERPOLATION = Pattern.compile("\\A\\{[\\w.-]{1,100}}(?![_^])");

    private DollarPairs() {
    }

    /** Whether the text a pair of dollars encloses reads as text, wherever it stands. */
    public static boolean isText(String tex) {
        return hasLooseCjk(tex) && !TEX.matcher(tex).find() || tex.contains("\"") || tex.contains("](")
                || hasBare(tex, '#') || VARIABLE.matcher(tex).lookingAt() || INTERPOLATION.matcher(tex).lookingAt();
    }

    /**
     * A Chinese or Japanese character or punctuation outside every brace, in a pair with no TeX command: TeX puts words
     * in {@code \text{}} or braces, though MathJax sets {@code $速度 = \frac{s}{t}$} as written.
     */
    private static boolean hasLooseCjk(String tex) {
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (CjkScript.isLetter(c) || CjkScript.isPunctuation(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A mark not escaped with a backslash: a bare # is no TeX (a macro's parameter; an address's fragment has one), and
     * a bare bar in a table row ends the cell before the formula would.
     */
    public static boolean hasBare(String tex, char mark) {
        for (int i = tex.indexOf(mark); i >= 0; i = tex.indexOf(mark, i + 1)) {
            if (i == 0 || tex.charAt(i - 1) != '\\') {
                return true;
            }
        }
        return false;
    }
}
