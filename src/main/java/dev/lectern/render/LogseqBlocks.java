package dev.lectern.render;

import dev.lectern.model.LogseqProperties;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Logseq page's blocks as Logseq shows them, written as markdown the rest of the page understands: a block's
 * properties ({@code id:: 64f1…}, {@code collapsed:: true}) and a task's drawer of clocked times
 * ({@code :LOGBOOK:} … {@code :END:}) are hidden; its task marker is a box ({@code TODO} and
 * {@code LATER} empty, {@code NOW} and {@code DOING} begun, {@code DONE} ticked, {@code CANCELED} cancelled, as a
 * vault's {@code [ ]}, {@code [/]}, {@code [x]}, {@code [-]} show: {@link VaultTasks}); {@code {{embed [[Page]]}}}
 * embeds the page as {@code ![[Page]]} does; and a reference to a block of the same page ({@code ((64f1…))}) shows
 * that block's words, as Logseq does, and one to a block of another page the words of that block
 * ({@link LogseqBlockIds}), a reference to no block staying as written; a tag of several words
 * ({@code #[[thread pools]]}) links to its page. Fenced code stays as written. One pass
 * over the lines, each looked at up to {@link #MAX_LINE} characters.
 */
final class LogseqBlocks {

    static final int MAX_LINE = LogseqProperties.MAX_LINE;
    private static final String MARKERS = "(TODO|LATER|DOING|NOW|IN-PROGRESS|WAIT|WAITING|DONE|CANCELED|CANCELLED)";
    private static final Pattern TASK = Pattern.compile("([ \\t]*[-*+][ \\t]+)" + MARKERS + "(?=[ \\t]|$)");
    /** A block's first line: its words without the bullet and the task marker. */
    private static final Pattern BULLET = Pattern.compile("[ \\t]*[-*+][ \\t]+(?:" + MARKERS + "(?:[ \\t]+|$))?(.*)");
    private static final Pattern EMBED = Pattern.compile("\\{\\{embed \\[\\[([^\\]\\n]{1,300})]]}}");
    private static final Pattern BLOCK_REF = Pattern.compile(
            "\\(\\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\)\\)");
    private static final int MOST_BLOCKS = 10_000;
    /** The most characters of a block's words a reference shows. */
    static final int MOST_WORDS = 200;
    /** The most lines a task's {@code :LOGBOOK:} drawer of clocked times is looked through for its {@code :END:}. */
    private static final int MOST_DRAWER_LINES = 1_000;

    private LogseqBlocks() {
    }

    /** Whether a page's markdown may hold anything this rewrites. */
    static boolean mayHave(String markdown) {
        return markdown.contains("::") || markdown.contains("{{embed") || markdown.contains("((")
                || markdown.contains("- ") && (markdown.contains("TODO") || markdown.contains("DONE")
                || markdown.contains("LATER") || markdown.contains("NOW") || markdown.contains("DOING")
                || markdown.contains("WAIT") || markdown.contains("CANCEL") || markdown.contains("IN-PROGRESS"));
    }

    /** The page's markdown as Logseq shows it, with only its own blocks for its references. */
    static String rewrite(String markdown) {
        return rewrite(markdown, id -> null);
    }

    /** The same, elsewhere gives the words of a block of another page by its id (null for none). */
    static String rewrite(String markdown, Function<String, String> elsewhere) {
        String[] lines = markdown.split("\n", -1);
        Map<String, String> blocks = markdown.contains("((") ? blocksById(lines) : Map.of();
        StringBuilder out = new StringBuilder(markdown.length());
        String fence = null;
        int noEndThrough = -1; // the last line a drawer's :END: was looked for in vain: no start looks there again
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripLeading();
            if (fence != null || trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fence = fence == null ? trimmed.substring(0, 3) : trimmed.startsWith(fence) ? null : fence;
                append(out, line, i < lines.length - 1);
                continue;
            }
            if (LogseqProperties.isProperty(line)) {
                continue;
            }
            if (trimmed.startsWith(":LOGBOOK:") && trimmed.strip().equals(":LOGBOOK:")) {
                int end = endOfDrawer(lines, i, noEndThrough);
                if (end > i) {
                    i = end;
                    continue;
                }
                noEndThrough = Math.min(lines.length - 1, i + MOST_DRAWER_LINES);
            }
            if (line.length() <= MAX_LINE) {
                Matcher task = TASK.matcher(line);
                if (task.lookingAt()) {
                    line = task.group(1) + box(task.group(2)) + line.substring(task.end());
                }
                if (line.contains("#[[")) {
                    line = line.replace("#[[", "[["); // a tag of several words is a link to its page
                }
                if (line.contains("{{embed")) {
                    line = EMBED.matcher(line).replaceAll(m -> Matcher.quoteReplacement("![[" + m.group(1) + "]]"));
                }
                if (line.contains("((")) {
                    line = BLOCK_REF.matcher(line).replaceAll(m -> Matcher.quoteReplacement(words(m, blocks, elsewhere)));
                }
            }
            append(out, line, i < lines.length - 1);
        }
        return out.toString();
    }

    /**
     * The line that closes the drawer opened at line start ({@code :END:}), or -1 when none does within its bound; the
     * lines through searched were looked through before, in vain.
     */
    private static int endOfDrawer(String[] lines, int start, int searched) {
        for (int i = Math.max(start, searched) + 1; i < lines.length && i <= start + MOST_DRAWER_LINES; i++) {
            if (lines[i].strip().equals(":END:")) {
                return i;
            }
        }
        return -1;
    }

    private static void append(StringBuilder out, String line, boolean newline) {
        out.append(line);
        if (newline) {
            out.append('\n');
        }
    }

    /**
     * The words a reference shows, marked as quoted from their block (a faint line under them, as Logseq marks them):
     * its block's on this page, else elsewhere; else the reference as written.
     */
    private static String words(MatchResult reference, Map<String, String> blocks, Function<String, String> elsewhere) {
        String id = reference.group(1);
        String words = blocks.get(id);
        words = words != null ? words : elsewhere.apply(id);
        return words != null ? "<span class=\"block-ref\">" + words + "</span>" : reference.group();
    }

    /**
     * The words of each block of the page that has an id ({@code id:: …} on a line after its bullet's), the first
     * {@link #MOST_WORDS} characters of its first line.
     */
    static Map<String, String> blocksById(String[] lines) {
        Map<String, String> blocks = new HashMap<>();
        String block = null;
        for (String line : lines) {
            if (line.length() > MAX_LINE || blocks.size() >= MOST_BLOCKS) {
                continue;
            }
            Matcher property = LogseqProperties.LINE.matcher(line.stripLeading());
            if (property.matches()) {
                if (block != null && property.group(1).equals("id") && property.group(2) != null) {
                    blocks.put(property.group(2).strip(), block);
                }
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            String words = bullet.matches() ? bullet.group(2).strip() : null;
            block = words == null ? block : words.length() > MOST_WORDS ? words.substring(0, MOST_WORDS) + "…" : words;
        }
        return blocks;
    }

    private static String box(String marker) {
        return switch (marker) {
            case "DONE" -> "[x]";
            case "CANCELED", "CANCELLED" -> "[-]";
            case "NOW", "DOING", "IN-PROGRESS" -> "[/]";
            default -> "[ ]";
        };
    }
}
