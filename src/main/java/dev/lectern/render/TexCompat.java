package dev.lectern.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TeX that KaTeX and MathJax typeset and JLaTeXMath 1.0.7 does not read, rewritten into what it does: equation
 * numbers ({@code \tag}, taken out to be set at the right margin), {@code equation} and the starred environments,
 * {@code \lvert}, the {@code \color} switch, {@code \bm}, amsmath's and mathtools' spacing and symbols. Without this
 * valid formulas showed their source in the error box (a paper summary's 11 numbered equations on one page). Also
 * puts KaTeX's {@code \quad} between a {@code cases} value and its condition, which JLaTeXMath sets side by side.
 */
final class TexCompat {

    /** The formula to typeset and its equation tag as TeX (null without one). */
    record Prepared(String tex, String tag) {
    }

    private static final Pattern TAG = Pattern.compile("\\\\tag(\\*?)\\s*\\{((?:[^{}]++|\\{[^{}]*+})*+)}"); // possessive: a long tag overflowed the stack
    private static final Pattern SIMPLE_TAG = Pattern.compile("[\\w().,:;*'-]*");
    private static final Pattern DROPPED = Pattern.compile(
            "\\\\(?:notag|nonumber)(?![A-Za-z])|\\\\label\\s*\\{[^{}]*}|\\\\(?:begin|end)\\s*\\{equation\\*?}");
    private static final Pattern STARRED = Pattern.compile(
            "\\\\(begin|end)\\s*\\{(align|gather|multline|eqnarray|alignat|flalign)\\*}");
    private static final Pattern SPACE = Pattern.compile(
            "\\\\(?:mkern|mskip|kern|hskip)\\s*\\{?\\s*(-?(?:[0-9]{1,8}(?:\\.[0-9]{0,8})?|\\.[0-9]{1,8}))\\s*(mu|em|ex|pt)\\s*}?"
            + "(?:\\s*(?:plus|minus)\\s*-?(?:[0-9]{1,8}(?:\\.[0-9]{0,8})?|\\.[0-9]{1,8})\\s*(?:mu|em|ex|pt|fil+)){0,2}"); // a skip's stretch is not set
    private static final Pattern COLOR = Pattern.compile("\\\\color\\s*\\{([^{}]*)}");
    private static final String[][] WORDS = {
        {"lvert", "\\vert"}, {"rvert", "\\vert"}, {"lVert", "\\Vert"}, {"rVert", "\\Vert"}, {"bm", "\\boldsymbol"},
        {"pmb", "\\boldsymbol"}, {"enspace", "\\hspace{0.5em}"}, {"coloneqq", "\\mathrel{:=}"},
        {"coloneq", "\\mathrel{:-}"}, {"Coloneqq", "\\mathrel{::=}"}, {"eqqcolon", "\\mathrel{=:}"},
        {"vcentcolon", "\\mathrel{:}"}, {"mathstrut", "\\vphantom{(}"}, {"strut", "\\vphantom{(}"}, {"hbox", "\\mbox"},
        // struck out with the slash of \not, near enough to cancel's stroke (JLaTeXMath draws no other)
        {"cancel", "\\not"}, {"bcancel", "\\not"}, {"xcancel", "\\not"},
        // JLaTeXMath builds these arrows from a hook (an ordinary symbol) and an arrow: a relation's space on one side
        {"hookrightarrow", "\\mathrel{\\hookrightarrow}"}, {"hookleftarrow", "\\mathrel{\\hookleftarrow}"},
        {"implies", "\\;\\Longrightarrow\\;"},
    };
    /** A braced argument, holding groups one deep. */
    private static final String ARGUMENT = "(\\{(?:[^{}]++|\\{[^{}]*+})*+})";
    /**
     * amsmath's {@code \operatorname*}, whose limits go under it in a display: JLaTeXMath took the star for the name
     * and set "*arg max" in italics.
     */
    private static final Pattern OPERATOR_STAR = Pattern.compile("\\\\operatorname\\s*\\*\\s*" + ARGUMENT);
    /** Small capitals, which JLaTeXMath sets in math italic outside text ("𝐴BS" for {@code \textsc{Abs}}). */
    private static final Pattern SMALL_CAPS = Pattern.compile("\\\\textsc\\s*" + ARGUMENT);
    private static final Pattern WORD;

    static {
        StringBuilder names = new StringBuilder();
        for (String[] word : WORDS) {
            names.append(names.length() == 0 ? "" : "|").append(word[0]);
        }
        WORD = Pattern.compile("\\\\(" + names + ")(?![A-Za-z])");
    }

    private TexCompat() {
    }

    static Prepared prepare(String tex, boolean display) {
        String tag = null;
        Matcher tagged = TAG.matcher(tex);
        if (tagged.find()) {
            String text = tagged.group(2).strip();
            text = tagged.group(1).isEmpty() ? "(" + text + ")" : text;
            // \text sets a sentence's space after the point of "(2.1)"; a tag of no words is roman math, as in TeX
            tag = (SIMPLE_TAG.matcher(text).matches() ? "\\mathrm{" : "\\text{") + text + "}";
            tex = TAG.matcher(tex).replaceAll(" ");
        }
        String out = DROPPED.matcher(tex).replaceAll(" ");
        out = STARRED.matcher(out).replaceAll("\\\\$1{$2}");
        out = OPERATOR_STAR.matcher(out).replaceAll(display ? "\\\\operatorname$1\\\\limits" : "\\\\operatorname$1");
        out = SMALL_CAPS.matcher(out).replaceAll("\\\\text{\\\\textsc$1}");
        out = words(out);
        out = SPACE.matcher(out).replaceAll("\\\\hspace{$1$2}");
        out = color(out);
        out = casesGap(out);
        if (tag != null && !display) {
            return new Prepared(out + "\\quad" + tag, null);
        }
        return new Prepared(out, tag);
    }

    private static String words(String tex) {
        Matcher m = WORD.matcher(tex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            for (String[] word : WORDS) {
                if (word[0].equals(name)) {
                    m.appendReplacement(out, Matcher.quoteReplacement(word[1]));
                    break;
                }
            }
        }
        return m.appendTail(out).toString();
    }

    /**
     * {@code \color{red} rest} colours the rest of its group (up to the closing brace, cell or line), where
     * JLaTeXMath's {@code \color} takes an argument: it becomes {@code \textcolor{red}{rest}}.
     */
    /**
     * At most this many {@code \color} switches are rewritten in one formula: each reads the rest of it for its group's
     * end, so 200 of them among 360 unmatched {@code \left} in 4,000 characters took 0.3 s, and a page holds up to a
     * thousand formulas.
     */
    private static final int MAX_COLOR_SWITCHES = 32;

    private static String color(String tex) {
        String out = tex;
        int from = 0;
        int switches = 0;
        Matcher m = COLOR.matcher(out);
        while (m.find(from)) {
            if (++switches > MAX_COLOR_SWITCHES) {
                return tex; // each rewrite reads the rest of the formula: left as written, JLaTeXMath's box says why
            }
            int restStart = m.end();
            int restEnd = groupEnd(out, restStart);
            String head = "\\textcolor{" + m.group(1).strip() + "}{";
            out = out.substring(0, m.start()) + head + out.substring(restStart, restEnd) + "}" + out.substring(restEnd);
            from = m.start() + head.length();
            m = COLOR.matcher(out);
        }
        return out;
    }

    /** Where the group the text at {@code start} stands in ends: its closing brace, a cell's {@code &}, a line's end. */
    private static int groupEnd(String tex, int start) {
        int depth = 0;
        for (int i = start; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                if (depth == 0 && (tex.startsWith("\\\\", i) || tex.startsWith("\\end", i) || tex.startsWith("\\right", i)
                        || tex.startsWith("\\middle", i))) {
                    return i;
                }
                if (tex.startsWith("\\begin", i) && !isLetterAt(tex, i + 6)
                        || tex.startsWith("\\left", i) && !isLetterAt(tex, i + 5)) {
                    int skip = skipNested(tex, i);
                    if (skip > i) {
                        i = skip - 1;
                        continue;
                    }
                }
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == '&' && depth == 0) {
                return i;
            }
        }
        return tex.length();
    }

    /** The end of a {@code \begin…\end} or {@code \left…\right} pair starting at {@code at}, or {@code at}. */
    private static int skipNested(String tex, int at) {
        boolean environment = tex.startsWith("\\begin", at);
        String open = environment ? "\\begin" : "\\left";
        String close = environment ? "\\end" : "\\right";
        int depth = 0;
        for (int i = at; i < tex.length(); i++) {
            if (tex.charAt(i) != '\\') {
                continue;
            }
            if (tex.startsWith(open, i) && !isLetterAt(tex, i + open.length())) {
                depth++;
            } else if (tex.startsWith(close, i) && !isLetterAt(tex, i + close.length())) {
                if (--depth == 0) {
                    int end = i + close.length();
                    if (environment) {
                        int brace = tex.indexOf('}', end);
                        return brace < 0 ? tex.length() : brace + 1;
                    }
                    // \right and its delimiter (one character or a control word)
                    while (end < tex.length() && tex.charAt(end) == ' ') {
                        end++;
                    }
                    if (end < tex.length() && tex.charAt(end) == '\\') {
                        end++;
                        while (end < tex.length() && isLetterAt(tex, end)) {
                            end++;
                        }
                        return end == i + close.length() + 1 ? Math.min(tex.length(), end + 1) : end;
                    }
                    return Math.min(tex.length(), end + 1);
                }
            }
            i++;
        }
        return at;
    }

    /**
     * A {@code \quad} after each column mark of a {@code cases} (KaTeX's and MathJax's gap), and {@code dcases} and
     * {@code rcases} as {@code cases} and a brace on the right.
     */
    private static String casesGap(String tex) {
        if (!tex.contains("cases")) {
            return tex;
        }
        StringBuilder out = new StringBuilder(tex.length() + 16);
        Deque<int[]> environments = new ArrayDeque<>(); // {1 if cases, brace depth}
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                Matcher m = CASES_OR_ENV.matcher(tex).region(i, tex.length());
                if (m.lookingAt()) {
                    String name = m.group(2);
                    boolean cases = name.equals("cases") || name.equals("dcases") || name.equals("rcases");
                    if (m.group(1).equals("begin")) {
                        environments.push(new int[] {cases ? 1 : 0, depth});
                        out.append(name.equals("rcases") ? "\\left.\\begin{array}{ll}"
                                : cases ? "\\begin{cases}" : m.group());
                    } else {
                        environments.poll();
                        out.append(name.equals("rcases") ? "\\end{array}\\right\\}" : cases ? "\\end{cases}" : m.group());
                    }
                    i = m.end() - 1;
                    continue;
                }
                out.append(c);
                if (i + 1 < tex.length()) {
                    out.append(tex.charAt(++i));
                }
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            out.append(c);
            int[] top = environments.peek();
            if (c == '&' && top != null && top[0] == 1 && top[1] == depth) {
                out.append("\\quad ");
            }
        }
        return out.toString();
    }

    private static final Pattern CASES_OR_ENV = Pattern.compile("\\\\(begin|end)\\s*\\{([A-Za-z]+\\*?)}");

    private static boolean isLetterAt(String tex, int at) {
        return at < tex.length() && TexMacros.isLetter(tex.charAt(at));
    }
}
