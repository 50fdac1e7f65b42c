package dev.lectern.library;

import dev.lectern.model.Attachments;
import dev.lectern.model.LogseqProperties;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * A vault note's own markup as its page shows it, for {@link PlainText}: a wiki link reads as its words
 * ({@code [[Note|the words]]} → "the words", {@code [[Note#Heading]]} → "Note › Heading"), an embedded picture as
 * nothing, and {@code %%comments%%} and block ids ({@code ^core-size}) go. Each pass is a loop, linear in the text (a
 * link is looked for within {@link #MOST_LINK} characters of its start, as the page's {@code render.WikiLinks} does).
 */
final class NoteText {

    static final int MOST_LINK = 300;

    private NoteText() {
    }

    /**
     * {@code %%…%%} (across lines too) → one space, or, when words is true, its words between two spaces; an unpaired
     * {@code %%} stays.
     */
    static String comments(String text, boolean words) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int open;
        while ((open = text.indexOf("%%", copied)) >= 0) {
            int close = text.indexOf("%%", open + 2);
            if (close < 0) {
                break;
            }
            out.append(text, copied, open).append(' ');
            if (words) {
                out.append(text, open + 2, close).append(' ');
            }
            copied = close + 2;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** A block's id at the end of its line ({@code … text ^core-size}), which the page keeps as an anchor, not shown. */
    static String blockIds(String text) {
        return eachLine(text, line -> {
            int last = line.length();
            while (last > 0 && Character.isWhitespace(line.charAt(last - 1))) {
                last--;
            }
            int id = last;
            while (id > 0 && (Character.isLetterOrDigit(line.charAt(id - 1)) || line.charAt(id - 1) == '-')) {
                id--;
            }
            boolean marked = id < last && id > 0 && line.charAt(id - 1) == '^'
                    && (id == 1 || Character.isWhitespace(line.charAt(id - 2)));
            return marked ? line.substring(0, id - 1) : line;
        });
    }

    /**
     * A Logseq block's properties as its page shows them: those Logseq keeps for itself ({@code id:: 64f1…},
     * {@code collapsed:: true}) go, any other reads {@code key: value}.
     */
    static String blockProperties(String text) {
        return eachLine(text, line -> {
            Matcher property = line.length() <= LogseqProperties.MAX_LINE
                    ? LogseqProperties.LINE.matcher(line.stripLeading()) : null;
            if (property == null || !property.matches()) {
                return line;
            }
            return LogseqProperties.hidden(property.group(1)) ? null : line.replaceFirst("::", ":");
        });
    }

    /** The text with each line as shown gives it; a line it gives null for goes, with its line break. */
    private static String eachLine(String text, UnaryOperator<String> shown) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = shown.apply(text.substring(start, end));
            if (line != null) {
                out.append(line);
                if (end < text.length()) {
                    out.append('\n');
                }
            }
            start = end + 1;
        }
        return out.toString();
    }

    /**
     * Every {@code [[…]]} and {@code ![[…]]} as the words the page shows for it; with target, a link's own words are
     * followed by the note it links to in parentheses.
     */
    static String wikiLinks(String text, boolean target) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        int open;
        while ((open = text.indexOf("[[", from)) >= 0) {
            int end = open + 2;
            int stop = Math.min(text.length(), end + MOST_LINK);
            while (end < stop && text.charAt(end) != '[' && text.charAt(end) != ']' && text.charAt(end) != '\n') {
                end++;
            }
            if (end == open + 2 || !text.startsWith("]]", end)) {
                from = open + 1;
                continue;
            }
            boolean embed = open > 0 && text.charAt(open - 1) == '!';
            out.append(text, copied, embed ? open - 1 : open).append(shown(text.substring(open + 2, end), embed, target));
            copied = end + 2;
            from = copied;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static String shown(String inside, boolean embed, boolean withTarget) {
        int bar = inside.indexOf('|');
        // in a table the bar is escaped ([[Note\|words]]): the backslash is not part of the note's name
        String target = (bar < 0 ? inside : inside.substring(0, bar > 0 && inside.charAt(bar - 1) == '\\' ? bar - 1 : bar)).strip();
        String words = bar < 0 ? "" : inside.substring(bar + 1).strip();
        int hash = target.indexOf('#');
        String name = (hash < 0 ? target : target.substring(0, hash)).strip();
        String anchor = hash < 0 ? "" : String.join(" › ", Arrays.stream(target.substring(hash + 1).split("#"))
                .map(String::strip).filter(part -> !part.isEmpty()).toList());
        if (embed && Attachments.picture(name)) {
            return " ";
        }
        if (!words.isEmpty() && !embed && withTarget && !target.isEmpty()) {
            return words + " (" + target + ")";
        }
        return !words.isEmpty() && !embed ? words : name.isEmpty() ? anchor : anchor.isEmpty() ? name : name + " › " + anchor;
    }
}
