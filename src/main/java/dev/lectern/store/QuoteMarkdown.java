package dev.lectern.store;

import dev.lectern.model.Anchor;
import dev.lectern.model.DollarPairs;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A highlighted passage as the lines of a Markdown block quote that a Markdown viewer shows as the words highlighted:
 * prose with every character a viewer would read as markup escaped (an HTML tag, an entity, a heading's #, a list's
 * marker, a table's |, emphasis), and the parts that are a code block of the article (from {@link CodeInSource}) as
 * a fenced code block with its language.
 */
final class QuoteMarkdown {

    /** Characters escaped wherever they stand ($ and ^ are Obsidian's math and block ids, # its tags). */
    private static final String MARKUP = "\\`*_[]<>#|~$^";
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** An HTML tag's opening: never inside a formula an export writes as it is. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z!]");
    private static final Pattern LIST_NUMBER = Pattern.compile("^([0-9]{1,9})([.)])");

    private QuoteMarkdown() {
    }

    /**
     * The passage's lines, without the quote's "> " (a blank line stays empty): fenced as code when it lies in a code
     * block (with the rest of its lines around it, so that a word of the prose is not taken for code), else prose
     * with each whole code block it runs through fenced.
     */
    static List<String> lines(Anchor anchor, List<CodeInSource.Code> code) {
        String quote = anchor.quote();
        String around = anchor.prefix().substring(anchor.prefix().lastIndexOf('\n') + 1) + quote
                + anchor.suffix().substring(0, anchor.suffix().contains("\n") ? anchor.suffix().indexOf('\n') : anchor.suffix().length());
        List<String> lines = new ArrayList<>();
        CodeInSource.Code inside = code.stream().filter(c -> c.text().contains(around)).findFirst().orElse(null);
        if (inside != null && !quote.isBlank()) {
            fenced(quote, inside.language(), lines);
            return lines;
        }
        String rest = quote;
        while (!rest.isEmpty()) {
            int at = -1;
            CodeInSource.Code block = null;
            for (CodeInSource.Code c : code) {
                String text = c.text().stripTrailing();
                int found = text.isBlank() ? -1 : wholeLines(rest, text);
                if (found >= 0 && (at < 0 || found < at)) {
                    at = found;
                    block = c;
                }
            }
            if (block == null) {
                prose(rest, lines);
                return lines;
            }
            prose(rest.substring(0, at), lines);
            String text = block.text().stripTrailing();
            fenced(text, block.language(), lines);
            rest = rest.substring(at + text.length());
        }
        return lines;
    }

    /** Where text stands in rest as whole lines, or -1. */
    private static int wholeLines(String rest, String text) {
        for (int at = rest.indexOf(text); at >= 0; at = rest.indexOf(text, at + 1)) {
            int end = at + text.length();
            if ((at == 0 || rest.charAt(at - 1) == '\n') && (end == rest.length() || rest.charAt(end) == '\n')) {
                return at;
            }
        }
        return -1;
    }

    private static void prose(String text, List<String> lines) {
        if (text.isBlank()) {
            return;
        }
        if (!lines.isEmpty()) {
            lines.add("");
        }
        // a display formula's TeX over several lines ($$\begin{aligned} … $$) is written as it is, when its closing
        // $$ is in the quote; a line that opens one the quote never closes ("$$ is the shell's PID") is prose
        List<String> all = text.strip().lines().toList();
        int closing = -1;
        for (int i = 0; i < all.size(); i++) {
            String trimmed = all.get(i).strip();
            if (i <= closing) {
                lines.add(trimmed);
            } else if (trimmed.startsWith("$$") && trimmed.indexOf("$$", 2) < 0
                    && (closing = closingLine(all, i)) > i) {
                lines.add(trimmed);
            } else {
                lines.add(escaped(all.get(i)));
            }
        }
    }

    /** The line after {@code open} that holds the closing $$ of the formula opened there, or -1 when none does. */
    private static int closingLine(List<String> lines, int open) {
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).contains("$$")) {
                return i;
            }
        }
        return -1;
    }

    private static void fenced(String text, String language, List<String> lines) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.add(fence + (language == null ? "" : language));
        text.replaceAll("^(\\s*\n)+", "").stripTrailing().lines().forEach(lines::add);
        lines.add(fence);
    }

    /**
     * Where the formula opening at {@code at} ends ({@code $$…$$}, or {@code $…$} as pandoc and Obsidian read it: no
     * blank inside either dollar, no digit right after the closing one), or -1 when none opens there. The pair must be
     * one the renderer typesets ({@link DollarPairs}: a price, {@code $JAVA_HOME/bin:$PATH}, {@code ${salt}$} stay
     * words, escaped) and hold no HTML tag.
     */
    static int formulaEnd(String s, int at) {
        int end = pairEnd(s, at);
        if (end < 0) {
            return -1;
        }
        int inner = s.startsWith("$$", at) ? 2 : 1;
        String tex = s.substring(at + inner, end - inner);
        return DollarPairs.isText(tex) || TAG.matcher(tex).find() ? -1 : end;
    }

    private static int pairEnd(String s, int at) {
        if (s.startsWith("$$", at)) {
            int close = s.indexOf("$$", at + 2);
            return close > at + 2 ? close + 2 : -1;
        }
        if (at + 1 >= s.length() || Character.isWhitespace(s.charAt(at + 1))) {
            return -1;
        }
        for (int k = at + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '$') {
                boolean closes = !Character.isWhitespace(s.charAt(k - 1))
                        && (k + 1 == s.length() || !Character.isDigit(s.charAt(k + 1)));
                return closes && k > at + 1 ? k + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * One line of prose as Markdown that reads as the words: markup escaped with a backslash (which CommonMark allows
     * before any punctuation), blanks around it dropped (leading ones would start code, trailing ones a line break).
     */
    static String escaped(String line) {
        String s = line.strip();
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int formulaEnd = c == '$' ? formulaEnd(s, i) : -1;
            if (formulaEnd > 0) { // a formula's TeX, as the page's text holds it: math to a Markdown viewer, as written
                out.append(s, i, formulaEnd);
                i = formulaEnd - 1;
                continue;
            }
            boolean doubled = (i + 1 < s.length() && s.charAt(i + 1) == c) || (i > 0 && s.charAt(i - 1) == c);
            boolean inWord = c == '_' && i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                    && Character.isLetterOrDigit(s.charAt(i + 1)); // Table_A: no emphasis inside a word
            if ((MARKUP.indexOf(c) >= 0 && !inWord) || (c == '&' && ENTITY.matcher(s).region(i, s.length()).lookingAt())
                    || ((c == '=' || c == '%') && doubled)) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = out.toString();
        if (escaped.startsWith("-") || escaped.startsWith("+") || escaped.startsWith("=")) {
            return "\\" + escaped;
        }
        return LIST_NUMBER.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
