package dev.lectern.render;

import dev.lectern.model.LogseqProperties;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Logseq page's blocks as Logseq shows them, written as markdown the rest of the page understands, in one pass over
 * the lines (each looked at up to {@link #MAX_LINE} characters; fenced code, {@code - ```java} in a block too, stays
 * as written):
 * <ul>
 * <li>the properties Logseq keeps for itself ({@code id:: 64f1…}, {@code collapsed:: true}:
 * {@link LogseqProperties#hidden}) and a task's drawer of clocked times ({@code :LOGBOOK:} … {@code :END:}) are
 * hidden; a block's other properties show under it ({@code author:: Goetz} as a muted "author" and "Goetz");</li>
 * <li>a task's marker is a box ({@code TODO} and {@code LATER} empty, {@code NOW} and {@code DOING} begun,
 * {@code DONE} ticked, {@code CANCELED} cancelled, as a vault's {@code [ ]}, {@code [/]}, {@code [x]}, {@code [-]}
 * show: {@link VaultTasks}), its priority ({@code [#A]}) a small badge, and the blocks of a numbered list
 * ({@code logseq.order-list-type:: number}) are numbered;</li>
 * <li>a reference to a block ({@code ((64f1…))}) shows that block's words, from this page or another
 * ({@link LogseqBlockIds}); one to no block stays as written;</li>
 * <li>{@code {{embed [[Page]]}}} embeds the page as {@code ![[Page]]} does, {@code {{embed ((id))}}} shows the block,
 * a video's or a tweet's macro its address as a link, a cloze its words;</li>
 * <li>{@code ^^words^^} are highlighted, and a tag of several words ({@code #[[thread pools]]}) links to its page.</li>
 * </ul>
 */
final class LogseqBlocks {

    static final int MAX_LINE = LogseqProperties.MAX_LINE;
    private static final String MARKERS = "(TODO|LATER|DOING|NOW|IN-PROGRESS|WAIT|WAITING|DONE|CANCELED|CANCELLED)";
    /**
     * A block's bullet, its task marker and its priority ({@code [#A]}); possessive, so that a line of spaces is read
     * once whatever follows them.
     */
    private static final Pattern TASK = Pattern.compile("([ \\t]*+[-*+][ \\t]++)" + MARKERS + "(?=[ \\t]|$)"
            + "(?:[ \\t]++\\[#([ABC])])?");
    /** A block's bullet and task marker, before its words (looked at, never matched to the line's end). */
    private static final Pattern BULLET = Pattern.compile("[ \\t]*+[-*+][ \\t]++(?:" + MARKERS + "(?:[ \\t]++|$))?");
    private static final Pattern HIGHLIGHT = Pattern.compile("\\^\\^([^\\^\\n`]{1,500}+)\\^\\^");
    /** A macro Lectern reads: {@code {{embed [[Page]]}}}, {@code {{embed ((id))}}}, a video's, a tweet's, a cloze. */
    private static final Pattern MACRO = Pattern.compile(
            "\\{\\{(embed|video|youtube|vimeo|tweet|twitter|cloze)[ \\t]++([^{}\\n]{1,1000}?)[ \\t]*+}}");
    private static final Pattern BLOCK_REF = Pattern.compile(
            "\\(\\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\)\\)");
    private static final int MOST_BLOCKS = 10_000;
    /** The most property lines below a block's first line looked through for its numbering. */
    private static final int MOST_PROPERTY_LINES = 50;
    /** The most characters of a block's words a reference shows. */
    static final int MOST_WORDS = 200;
    /** The most lines a task's {@code :LOGBOOK:} drawer of clocked times is looked through for its {@code :END:}. */
    private static final int MOST_DRAWER_LINES = 1_000;

    private LogseqBlocks() {
    }

    /** Whether a page's markdown may hold anything this rewrites. */
    static boolean mayHave(String markdown) {
        return markdown.contains("::") || markdown.contains("{{") || markdown.contains("((") || markdown.contains("#[[")
                || markdown.contains("^^") || markdown.contains("- ") && (markdown.contains("TODO") || markdown.contains("DONE")
                || markdown.contains("LATER") || markdown.contains("NOW") || markdown.contains("DOING")
                || markdown.contains("WAIT") || markdown.contains("CANCEL") || markdown.contains("IN-PROGRESS"));
    }

    /** The page's markdown as Logseq shows it, with only its own blocks for its references. */
    static String rewrite(String markdown) {
        return rewrite(markdown, id -> null);
    }

    /** The same, elsewhere gives the words of a block of another page by its id (null for none). */
    static String rewrite(String markdown, Function<String, String> elsewhere) {
        String[] lines = markdown.split("\r?\n", -1); // an embedded page is read as saved: on Windows with \r\n
        Map<String, String> blocks = markdown.contains("((") ? blocksById(lines) : Map.of();
        StringBuilder out = new StringBuilder(markdown.length());
        String fence = null;
        int noEndThrough = -1; // the last line a drawer's :END: was looked for in vain: no start looks there again
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripLeading();
            if (fence != null) {
                fence = closes(trimmed, fence) ? null : fence;
                append(out, line, i < lines.length - 1);
                continue;
            }
            fence = opening(withoutBullet(trimmed));
            if (fence != null) {
                append(out, line, i < lines.length - 1);
                continue;
            }
            if (line.length() <= MAX_LINE) {
                Matcher property = LogseqProperties.LINE.matcher(trimmed);
                if (property.matches()) {
                    if (!LogseqProperties.hidden(property.group(1))) {
                        append(out, shown(line, property), i < lines.length - 1);
                    }
                    continue;
                }
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
                    String priority = task.group(3) == null ? ""
                            : " <span class=\"task-priority\">" + task.group(3) + "</span>";
                    line = task.group(1) + box(task.group(2)) + priority + line.substring(task.end());
                }
                if (line.contains("^^")) {
                    String text = line; // Logseq's highlight, as a vault's ==marks==, but in code
                    line = HIGHLIGHT.matcher(line).replaceAll(m -> Matcher.quoteReplacement(inCode(text, m.start())
                            ? m.group() : "==" + m.group(1) + "=="));
                }
                if (line.contains("#[[")) {
                    line = line.replace("#[[", "[["); // a tag of several words is a link to its page
                }
                if (line.contains("{{")) {
                    line = MACRO.matcher(line).replaceAll(m -> Matcher.quoteReplacement(macro(m, blocks, elsewhere)));
                }
                if (line.contains("((")) {
                    line = BLOCK_REF.matcher(line).replaceAll(m -> Matcher.quoteReplacement(words(m, blocks, elsewhere)));
                }
                if (numbered(lines, i)) { // one of a numbered list's blocks: its bullet a number
                    int bullet = line.length() - line.stripLeading().length();
                    line = line.substring(0, bullet) + "1." + line.substring(bullet + 1);
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

    /**
     * Whether the block whose first line is at i is one of a numbered list: its properties (the lines right below it,
     * {@link #MOST_PROPERTY_LINES} at most) hold {@code logseq.order-list-type:: number}.
     */
    private static boolean numbered(String[] lines, int i) {
        String first = lines[i].stripLeading();
        if (first.length() < 2 || "-*+".indexOf(first.charAt(0)) < 0 || first.charAt(1) != ' ' && first.charAt(1) != '\t') {
            return false;
        }
        for (int next = i + 1; next < lines.length && next <= i + MOST_PROPERTY_LINES; next++) {
            Matcher property = lines[next].length() <= MAX_LINE ? LogseqProperties.LINE.matcher(lines[next].stripLeading())
                    : null;
            if (property == null || !property.matches()) {
                return false;
            }
            if (property.group(1).equals("logseq.order-list-type") && "number".equals(
                    property.group(2) == null ? null : property.group(2).strip())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a position of a line is within inline code: an odd number of backticks before it. */
    private static boolean inCode(String line, int at) {
        int ticks = 0;
        for (int i = 0; i < at; i++) {
            ticks += line.charAt(i) == '`' ? 1 : 0;
        }
        return ticks % 2 == 1;
    }

    /** A line's words after its bullet ({@code - ```java} is a fence, as Logseq saves a code block). */
    private static String withoutBullet(String trimmed) {
        return trimmed.length() > 1 && "-*+".indexOf(trimmed.charAt(0)) >= 0
                && (trimmed.charAt(1) == ' ' || trimmed.charAt(1) == '\t') ? trimmed.substring(2).stripLeading() : trimmed;
    }

    /**
     * The fence a line opens (its run of three or more backticks or tildes), or null: a run of backticks followed by
     * another backtick on the line is code within it ({@code ```x```}), not a fence.
     */
    private static String opening(String code) {
        if (!code.startsWith("```") && !code.startsWith("~~~")) {
            return null;
        }
        char mark = code.charAt(0);
        int run = 0;
        while (run < code.length() && code.charAt(run) == mark) {
            run++;
        }
        return mark == '`' && code.indexOf('`', run) >= 0 ? null : code.substring(0, run);
    }

    /** Whether a line (its indentation aside) closes the fence: a run of its mark at least as long, and nothing else. */
    private static boolean closes(String trimmed, String fence) {
        String code = trimmed.strip();
        if (code.length() < fence.length()) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) != fence.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A property Logseq shows, as it shows it under its block: its key, muted, and its value (its links and tags still
     * read as the page's own) on a line of their own.
     */
    private static String shown(String line, Matcher property) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String value = property.group(2) == null ? "" : property.group(2).strip();
        return indent + "<span class=\"block-property\"><span class=\"block-property-key\">" + property.group(1)
                + "</span> " + value + "</span>";
    }

    private static void append(StringBuilder out, String line, boolean newline) {
        out.append(line);
        if (newline) {
            out.append('\n');
        }
    }

    /**
     * What a macro shows: an embedded page as {@code ![[Page]]} embeds it, an embedded block as a reference to it,
     * a video's or a tweet's address as a link (the browser opens it on a click), a cloze's words; as written when it
     * holds nothing of that kind.
     */
    private static String macro(MatchResult m, Map<String, String> blocks, Function<String, String> elsewhere) {
        String argument = m.group(2).strip();
        switch (m.group(1)) {
            case "embed" -> {
                if (argument.startsWith("[[") && argument.endsWith("]]") && argument.length() > 4) {
                    return "![[" + argument.substring(2, argument.length() - 2) + "]]";
                }
                Matcher block = BLOCK_REF.matcher(argument);
                return block.matches() ? words(block, blocks, elsewhere) : m.group();
            }
            case "cloze" -> {
                return argument;
            }
            default -> {
                boolean web = argument.startsWith("https://") || argument.startsWith("http://");
                return web && argument.indexOf(' ') < 0 && argument.indexOf('>') < 0 ? "<" + argument + ">" : m.group();
            }
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
            String words = bullet.lookingAt() ? line.substring(bullet.end()).strip() : null;
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
