package dev.lectern.render;

import dev.lectern.model.KramdownSyntax;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites markdown source outside code before it is parsed for good. Liquid, Nunjucks and Hugo tags: site-URL
 * variables vanish (their paths become root-relative), code tags become fenced code, {@code Img}/{@code figure}
 * become images or figures, {@code Video} a video ({@link MediaEmbeds}), note/Aside/notice become callouts, Compare
 * boxes, Details folded sections, Columns columns, Label a code block's caption, embeds links ({@link SiteTags}),
 * Hexo's post assets the files of the post's asset folder, Hexo's {@code blockquote} a quote with its source,
 * {@code post_link}/{@code post_url} links to the post's file, {@code raw} keeps its content, loops and what a constant
 * condition hides go whole ({@link TemplateBlocks}), other tags go.
 * kramdown: {@code * TOC {:toc}} becomes {@code [TOC]}, attribute lists ({@code {: .x}}, {@code {#id}}) go.
 * Inline extras: {@code ==mark==}, {@code H~2~O}, {@code x^2^}. (Emphasis around CJK punctuation is the
 * parser's: {@link CjkEmphasis}.)
 */
final class SourceRewriter {

    /**
     * A line break inside an inline formula: a soft break is a space in its paragraph, where KaTeX's auto-render and
     * MathJax find the formula (editors wrap lines at 80 columns); not a blank line, nor one before a table row, list
     * item, heading, quote or fence, which start blocks of their own.
     */
    /** The most line breaks in an inline formula of a note (as KaTeX's auto-render finds it) and of a site's page. */
    private static final int MOST_BREAKS = 2;
    private static final int MOST_SITE_BREAKS = 8;
    private static final String SOFT_BREAK = "\\n(?![ \\t]*(?:\\n|[|>#*+-]|\\d{1,9}[.)]|```|~~~))";
    /**
     * Group 1: a {@code {{ expression }}} or Hugo shortcode; groups 2, 3: {@code {% name arguments %}};
     * group 4: a kramdown TOC list; group 5: a kramdown attribute list; group 6: {@code ==mark==}; group 7:
     * {@code ~sub~}; group 8: {@code ^sup^}; groups 9, 10: display math ({@code $$ $$}, {@code \\[ \\]});
     * groups 11, 12: inline math ({@code \\( \\)}, {@code $ $}); group 13: a Nunjucks comment ({@code {# … #}}, which
     * Chrome docs use 1,843 times to keep links and drafts out of the page), blank lines and all.
     */
    private static final Pattern TOKEN = Pattern.compile("\\{\\{([\\s\\S]{0,2000}?)}}"
            + "|\\{%-?\\s*(\\w*)([\\s\\S]{0,2000}?)-?%}"
            + "|(?m)(^[ \\t]*(?:[*+-]|\\d+\\.)[ \\t]+[^\\n]*\\n[ \\t]*\\{:\\s*toc\\s*})"
            + "|(" + KramdownSyntax.ATTRIBUTE_LIST + "|" + KramdownSyntax.HEADING_ID + ")"
            + "|==(?=[^\\s=])([^=\\n]{1,300}?)(?<=[^\\s=])=="
            + "|(?<![~\\\\])~([A-Za-z0-9+\\-]{1,12})~(?!~)"
            + "|(?<![\\^\\\\\\[])\\^([\\p{L}\\p{N}+\\-]{1,12})\\^(?!\\^)"
            + "|\\$\\$([^$]{1,2000}?)\\$\\$"
            + "|\\\\\\[([^$]{1,2000}?)\\\\]|\\\\\\(([^\\n]{1,1000}?(?:" + SOFT_BREAK + "[^\\n]{0,1000}?){0,2})\\\\\\)"
            + "|(?<![\\\\$\\w])\\$(?=[^\\s$])([^$\\n]{1,1000}?(?:" + SOFT_BREAK + "[^$\\n]{0,1000}?){0,"
            + MOST_SITE_BREAKS + "})(?<=[^\\\\])\\$(?![\\d$])" // what a note's markdown allows: inlineFormula
            + "|(\\{#[\\s\\S]{0,2000}?#})"
            + "|<!--[ \\t]{0,20}(tab(?:[ \\t][^\\n]{0,200}?)?|endtab)[ \\t]{0,20}-->");
    /** A formula ends at a blank line, as the paragraph it stands in does. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    /** TeX in \\[ \\] or \\( \\) must look like TeX, not like an escaped bracket around a word. */
    private static final Pattern TEX_LIKE = Pattern.compile("[\\\\^_={}]");
    /** The characters a token can start with (besides a line start and a blank before "{"). */
    private static final String TOKEN_STARTS = "{=~^$\\";
    private static final Pattern NEEDS_REWRITE = Pattern.compile(
            "\\$|\\\\[(\\[]|\\{[{%:]|\\{#|==\\S|~[A-Za-z0-9+\\-]{1,12}~|\\^[\\p{L}\\p{N}+\\-]{1,12}\\^");
    /** The id in an attribute list: {@code #name} after its opening, a blank or ':'. */
    private static final Pattern ATTRIBUTE_ID = Pattern.compile("[{:\\s]#([\\w:.-]{1,100})(?=[\\s}])");
    private static final Pattern LABEL_END = Pattern.compile("(?i)\\{%-?\\s*endLabel\\s*-?%}");
    /** The most characters between a Label tag and its end. */
    private static final int MAX_LABEL = 300;
    /** A Hugo {@code ref} longer than this is no path of an article. */
    private static final int MAX_REF = 500;
    private static final Pattern SHORTCODE = Pattern.compile("\\A\\s*([<%])\\s*(/?[\\w-]*)(.*?)[>%]\\s*\\z");

    private SourceRewriter() {
    }

    /** Whether the source may need a rewrite at all; most articles do not and skip the second parse. */
    static boolean mayNeedRewrite(String markdown) {
        return NEEDS_REWRITE.matcher(markdown).find();
    }

    /**
     * How deep the boxes tags open (callouts, Compare, Details, Columns, Hexo blockquotes) may nest: tens of thousands of
     * opening tags without their ends would nest as deep in the page, which takes the parser and WebKit minutes.
     */
    private static final int MAX_OPEN = 16;
    /** The boxes other than callouts. */
    private static final Set<String> BOXES = Set.of("compare", "comparecaption", "blockquote", "columns",
            "column");
    private static final Pattern DETAILS_SUMMARY = Pattern.compile(
            "(?i)(?:\\s|<br\\s*/?>){0,20}\\{%-?\\s*DetailsSummary\\b[^%\\n]{0,200}%}(.{0,500}?)\\{%-?\\s*endDetailsSummary\\s*-?%}",
            Pattern.DOTALL);

    /**
     * Rewrites {@code markdown}, leaving alone the sorted code ranges {start, end} and everything in raw blocks.
     * Each formula is added to {@code formulas} and replaced by its {@link MathNodes} placeholder.
     *
     * @param assetFolder the folder Hexo keeps the post's images in, relative to the post: its file name without the
     *                    extension ("" when unknown)
     */
    static String rewrite(String markdown, List<int[]> codeRanges, List<String> formulas, String assetFolder) {
        return rewrite(markdown, codeRanges, Blocks.NONE, formulas, assetFolder, true, true, FrontMatterValues.NONE);
    }

    /**
     * The same; with siteTemplates false (a vault's note, where {@code {{date}}} is a template's placeholder shown as
     * written, as the notes app shows it), template expressions, tags and comments stay as written; with markdownSite
     * false (a folder with no sign of a Jekyll, Hexo or Hugo site: {@link MarkdownSites}) so does an escaped bar in a
     * formula outside a table ({@link #withoutMarkdownEscapes}). {@code blocks} are where the same reading found HTML
     * blocks and paragraphs, in which a picture tag stays inline ({@link TagPlacement}); an expression that is a link's
     * address and names a value of the article's front matter ({@code ({{origin_trial.url}})}) is that value.
     */
    static String rewrite(String markdown, List<int[]> codeRanges, Blocks blocks, List<String> formulas,
                          String assetFolder, boolean siteTemplates, boolean markdownSite,
                          FrontMatterValues values) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        Pass pass = new Pass(markdown, codeRanges, out, assetFolder, formulas, blocks, values);
        Matcher matcher = TOKEN.matcher(markdown).useTransparentBounds(true).useAnchoringBounds(false);
        int copied = 0;
        int range = 0;
        boolean inRaw = false;
        int from = 0;
        Starts starts = new Starts(markdown);
        while (findFrom(matcher, markdown, from, starts)) {
            int start = matcher.start();
            from = matcher.end();
            while (range < codeRanges.size() && codeRanges.get(range)[1] <= start) {
                range++;
            }
            boolean inCode = range < codeRanges.size() && codeRanges.get(range)[0] <= start;
            String name = matcher.group(2);
            if (inCode) {
                // what follows the code is text again, even where this match ran on past it
                from = Math.min(from, codeRanges.get(range)[1]);
                continue;
            }
            if (inRaw && !"endraw".equals(name)) {
                continue;
            }
            out.append(markdown, copied, start);
            copied = matcher.end();
            if (!siteTemplates && (matcher.group(1) != null || name != null || matcher.group(13) != null)) {
                out.append(markdown.charAt(start)); // as written: what follows its first brace is read on
                copied = from = start + 1;
            } else if (matcher.group(13) != null) {
                if (range < codeRanges.size() && codeRanges.get(range)[0] < matcher.end()) {
                    // it would end inside code: a "{#" of the text (kramdown's {#id}), not a comment; so would every
                    // "{#" before that code, whose nearest "#}" is the same
                    out.append('{');
                    copied = from = start + 1;
                    starts.noCommentBefore(codeRanges.get(range)[0]);
                }
                // else a template comment, which the site's page never shows
            } else if (matcher.group(14) != null) {
                nextTab(pass, matcher.group(14), markdown.substring(start, matcher.end()));
            } else if (matcher.group(4) != null) {
                out.append("[TOC]\n");
            } else if (matcher.group(5) != null) {
                anchor(matcher.group(5), out);
            } else if (matcher.group(6) != null) {
                out.append("<mark>").append(matcher.group(6)).append("</mark>");
            } else if (matcher.group(7) != null) {
                out.append("<sub>").append(matcher.group(7)).append("</sub>");
            } else if (matcher.group(8) != null) {
                out.append("<sup>").append(matcher.group(8)).append("</sup>");
            } else if (matcher.start(12) >= 0 && !inlineFormula(matcher.group(12), markdownSite)) {
                out.append(markdown.charAt(start)); // no formula: what follows its dollar is read on
                copied = from = start + 1;
            } else if (matcher.start(9) >= 0 || matcher.start(10) >= 0 || matcher.start(11) >= 0
                    || matcher.start(12) >= 0) {
                boolean text = matcher.start(12) >= 0 && siteTemplates && !insideTag(markdown, start)
                        && DollarText.isText(matcher.group(12), markdown, start);
                String tex = text || insideTag(markdown, start) ? null
                        : math(matcher, markdownSite || tableRow(markdown, start));
                if (text) {
                    // both dollars are text: the closing one opens nothing ($JAVA_HOME/bin:$PATH:$HOME/bin)
                    out.append(markdown, start, matcher.end());
                    copied = from = matcher.end();
                } else if (tex == null) {
                    out.append(markdown.charAt(start));
                    copied = from = start + 1;
                } else {
                    out.append(MathNodes.placeholder(formulas, tex, matcher.start(9) >= 0 || matcher.start(10) >= 0));
                }
            } else if (matcher.group(1) != null && HugoShortcodes.escaped(matcher.group(1)) != null) {
                out.append(HugoShortcodes.escaped(matcher.group(1))); // as Hugo prints it: the shortcode's spelling
            } else if (matcher.group(1) != null) {
                String[] shortcode = shortcode(matcher.group(1));
                boolean address = out.length() >= 2 && out.charAt(out.length() - 1) == '('
                        && out.charAt(out.length() - 2) == ']';
                String value = shortcode == null && address ? values.valueOf(matcher.group(1)) : null;
                if (value != null) {
                    out.append(Html.escape(value.replace(" ", "%20")));
                }
                copied = from = tag(pass, matcher, shortcode);
            } else if (name != null) {
                if ("raw".equals(name) || "endraw".equals(name)) {
                    inRaw = "raw".equals(name);
                } else {
                    copied = from = tag(pass, matcher, new String[] {name, matcher.group(3)});
                }
            }
        }
        return out.append(markdown, copied, markdown.length()).toString();
    }

    /**
     * An attribute list's id ({@code {: #open }}, {@code {#open}}) stays in the page as an empty anchor, where links to
     * the place lead ({@code [Record](#record)}, the site's {@code /docs/devtools/recorder/#record}); the rest of it goes.
     */
    private static void anchor(String attributes, StringBuilder out) {
        Matcher id = ATTRIBUTE_ID.matcher(attributes);
        if (id.find()) {
            int end = out.length();
            while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
                end--; // a heading's text ends where it did, so its own id does too ("record-a-user-flow")
            }
            out.setLength(end);
            out.append("<a id=\"").append(id.group(1)).append("\"></a>");
        }
    }

    /**
     * Finds the next token at or after {@code from}, trying the pattern only where a token can start: an order of
     * magnitude faster than {@code find} on long articles, which tries every alternative at every character.
     */
    private static boolean findFrom(Matcher matcher, String markdown, int from, Starts starts) {
        int length = markdown.length();
        for (int i = from; i < length; i++) {
            char c = markdown.charAt(i);
            if ((c == '{' || c == '\\') && !starts.mayStartAt(i)) {
                continue;
            }
            if (TOKEN_STARTS.indexOf(c) >= 0 || i == 0 || markdown.charAt(i - 1) == '\n'
                    || (c == ' ' || c == '\t') && i + 1 < length && markdown.charAt(i + 1) == '{') {
                matcher.region(i, length);
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a tag, an expression, a comment or a display formula may start: where its end ("%}", "}}", "#}", "\\]")
     * comes soon enough, with no blank line before it (a comment may hold blank lines). Each end and the next blank
     * line are looked for once and kept until the text passes them, so thousands of openings without an end cost one
     * walk of the text rather than a scan of 2,000 characters each; and the pattern itself repeats single characters
     * only, which the regex engine walks without recursing (a repeated group of alternatives recursed once per
     * character and overflowed the stack after a stray "{%" before a long paragraph).
     */
    private static final class Starts {

        private final String markdown;
        private final Nearest comment;
        private final Nearest tag;
        private final Nearest expression;
        private final Nearest formula;
        private int blank = -1;
        private int noCommentBefore;

        Starts(String markdown) {
            this.markdown = markdown;
            comment = new Nearest(markdown, "#}");
            tag = new Nearest(markdown, "%}");
            expression = new Nearest(markdown, "}}");
            formula = new Nearest(markdown, "\\]");
        }

        /** False where the two characters at {@code at} open something whose end is too far or past a blank line. */
        boolean mayStartAt(int at) {
            if (at + 1 >= markdown.length()) {
                return true;
            }
            char c = markdown.charAt(at);
            char next = markdown.charAt(at + 1);
            if (c == '{' && next == '#') {
                int end = comment.from(at + 2);
                return at >= noCommentBefore && end >= 0 && end - at <= MAX_SPAN;
            }
            Nearest end = c == '{' && next == '%' ? tag : c == '{' && next == '{' ? expression
                    : c == '\\' && next == '[' ? formula : null;
            if (end == null) {
                return true;
            }
            int found = end.from(at + 2);
            return found >= 0 && found - at <= MAX_SPAN && blankLineFrom(at) > found;
        }

        /** No comment starts before this position (its "{#" would end inside code). */
        void noCommentBefore(int at) {
            noCommentBefore = Math.max(noCommentBefore, at);
        }

        /** Where the next blank line (a line break, blanks, a line break) at or after {@code at} starts; MAX_VALUE if none. */
        private int blankLineFrom(int at) {
            if (blank >= at) {
                return blank;
            }
            for (int i = markdown.indexOf('\n', at); i >= 0; i = markdown.indexOf('\n', i + 1)) {
                int j = i + 1;
                while (j < markdown.length() && (markdown.charAt(j) == ' ' || markdown.charAt(j) == '\t')) {
                    j++;
                }
                if (j < markdown.length() && markdown.charAt(j) == '\n') {
                    blank = i;
                    return blank;
                }
                i = j - 1;
            }
            blank = Integer.MAX_VALUE;
            return blank;
        }
    }

    /** The nearest occurrence of a text at or after a position, for positions that only grow. */
    private static final class Nearest {

        private final String markdown;
        private final String text;
        private int found = -1;

        Nearest(String markdown, String text) {
            this.markdown = markdown;
            this.text = text;
        }

        /** Its index, or -1 when there is none. */
        int from(int at) {
            if (found == Integer.MAX_VALUE) {
                return -1;
            }
            if (found < at) {
                found = markdown.indexOf(text, at);
                if (found < 0) {
                    found = Integer.MAX_VALUE;
                    return -1;
                }
            }
            return found;
        }
    }

    /**
     * How far a tag, an expression, a comment or a display formula may reach from its opening to its end; the pattern
     * bounds what lies between at 2,000 characters (the longest comment in the corpora is about 1,000).
     */
    private static final int MAX_SPAN = 2100;

    /** How far back a formula's start is checked for being inside an HTML tag's attributes. */
    private static final int MAX_TAG_LOOKBACK = 500;

    /**
     * Whether {@code at} lies among the attributes of an HTML tag on its line ({@code <a href="?path=$.store">}): a
     * dollar there is part of an address or attribute, not the start of a formula ({@code $o_{<t}$} is no tag).
     */
    private static boolean insideTag(String markdown, int at) {
        int stop = Math.max(0, at - MAX_TAG_LOOKBACK);
        boolean attribute = false;
        for (int i = at - 1; i >= stop; i--) {
            char c = markdown.charAt(i);
            if (c == '>' || c == '\n') {
                return false;
            }
            attribute |= c == '=';
            if (c == '<') {
                int name = i + 1;
                while (name < at && (Character.isLetterOrDigit(markdown.charAt(name))
                        || markdown.charAt(name) == '-')) {
                    name++;
                }
                return attribute && name > i + 1 && Character.isLetter(markdown.charAt(i + 1)) && name < at
                        && Character.isWhitespace(markdown.charAt(name));
            }
        }
        return false;
    }

    /**
     * The TeX of a formula match, or null (also for bracket escapes that do not look like TeX); site is false where the
     * markdown hands its formulas to the typesetter as written (a notes app, a folder of notes that is no site).
     */
    private static String math(Matcher matcher, boolean site) {
        for (int group = 9; group <= 12; group++) {
            String tex = matcher.group(group);
            if (tex != null) {
                boolean texLike = group == 9 || group == 12 || TEX_LIKE.matcher(tex).find();
                boolean formula = texLike && !tex.contains("{%") && !tex.contains("{{") && !BLANK_LINE.matcher(tex).find();
                return !formula ? null : group == 12 ? withoutMarkdownEscapes(tex, site) : tex;
            }
        }
        return null;
    }

    /**
     * Whether the inside of a {@code $…$} pair is a formula: in a note, as pandoc, Obsidian and KaTeX's auto-render
     * read it, with no blank before its closing dollar and over at most three lines; on a site's page, TeX (a command,
     * a script, a brace) may have a blank before it and run over more lines ended by two spaces, as its MathJax 2
     * found {@code $\sum_{k=1}^nkx $} and a matrix written over six lines.
     */
    private static boolean inlineFormula(String tex, boolean site) {
        int breaks = 0;
        for (int i = tex.indexOf('\n'); i >= 0; i = tex.indexOf('\n', i + 1)) {
            breaks++;
        }
        boolean noteLike = breaks <= MOST_BREAKS && !Character.isWhitespace(tex.charAt(tex.length() - 1));
        return noteLike || site && TEX_LIKE.matcher(tex).find();
    }

    /**
     * Whether the line at {@code at} is a table's row (it starts with a bar), where GitHub's markdown, Obsidian's and a
     * site's read {@code \\|} as the cell's bar before anything else, inside a formula too.
     */
    private static boolean tableRow(String markdown, int at) {
        int line = markdown.lastIndexOf('\n', at - 1) + 1;
        while (line < at && (markdown.charAt(line) == ' ' || markdown.charAt(line) == '\t')) {
            line++;
        }
        return line < at && markdown.charAt(line) == '|';
    }

    /**
     * A {@code $…$} formula as the browser's MathJax got it on a Jekyll or Hexo site, where markdown reads it as text
     * first: a backslash doubled before a brace (a set's braces, written so that markdown leaves one backslash) is
     * one, and an escaped asterisk is an asterisk. Only these: verbatim they are a line break in an inline formula
     * followed by an unbalanced brace, and LaTeX's discretionary times sign, which JLaTeXMath cannot typeset: a formula
     * written for a notes app (Obsidian, Typora) that reads it as it stands hardly ever holds them.
     * <p>
     * On a site (site true: a Jekyll, Hexo or Hugo site's page, or a table's row) an escaped bar is a bar too: kramdown, like every markdown of a site
     * generator, turns {@code \|} into {@code |} before MathJax sees it, so Hux's {@code $\| P(\Sigma^{\*})\|$}
     * shows |P(Σ*)| there, and a doubled backslash before it is one ({@code \\|} is MathJax's ‖). A note (a vault's,
     * or a folder of notes with no sign of a site) keeps {@code \|} as TeX's double bar, a norm ({@code $\|x\|$}), as
     * KaTeX, Obsidian and Typora show it; a display
     * formula ({@code $$}), which kramdown hands to MathJax untouched, keeps it everywhere.
     */
    static String withoutMarkdownEscapes(String tex, boolean site) {
        if (tex.indexOf('\\') < 0) {
            return tex;
        }
        StringBuilder out = new StringBuilder(tex.length());
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            char next = i + 1 < tex.length() ? tex.charAt(i + 1) : 0;
            char after = i + 2 < tex.length() ? tex.charAt(i + 2) : 0;
            if (site && tex.startsWith("\\\\\\\\", i)) {
                out.append("\\\\"); // kramdown's escaped backslashes: MathJax got a line break
                i += 3;
            } else if (c == '\\' && next == '\\' && (after == '{' || after == '}' || site && after == '|')) {
                out.append('\\').append(after);
                i += 2;
            } else if (c == '\\' && (next == '*' || site && next == '|')) {
                out.append(next);
                i++;
            } else if (c == '\\' && next != 0) {
                out.append(c).append(next); // a command or another escape, whole: \\* is a line break, then *
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {name, arguments} of a Hugo shortcode's inside ({@code < figure src="x" >}), or null for an expression. */
    private static String[] shortcode(String inside) {
        Matcher m = SHORTCODE.matcher(inside);
        return m.matches() ? new String[] {m.group(2), m.group(3)} : null;
    }

    /**
     * Writes what a tag becomes; returns where the source continues (after an end tag the tag consumed). {@code open}
     * holds what closes each box opened and not yet closed, innermost first: an end tag closes the innermost box.
     */
    private static int tag(Pass pass, Matcher matcher, String[] tag) {
        if (tag == null) {
            return matcher.end();
        }
        if (matcher.group(1) == null && SKIPPABLE.contains(tag[0])) {
            int skip = pass.templateBlocks().skip(matcher.start());
            if (skip >= 0) {
                return skip; // a loop over the site's data, or what a constant condition hides
            }
        }
        boolean selfClosing = matcher.group(1) != null && HugoShortcodes.selfClosing(tag[1]);
        if (selfClosing) {
            String name = tag[0].toLowerCase(Locale.ROOT);
            if (SiteTags.CODE_TAGS.containsKey(name) || SiteTags.MATH_TAGS.contains(name)) {
                return matcher.end(); // a code or formula tag closed on its own holds nothing
            }
            tag = new String[] {tag[0], HugoShortcodes.withoutClosingSlash(tag[1])};
        }
        int written = pass.out.length();
        int depth = pass.open.size();
        TagPlacement placement = TagPlacement.of(pass.markdown, matcher.start(), pass.htmlBlocks.contain(matcher.start()));
        int next = write(pass, matcher, tag, placement);
        if (selfClosing && pass.open.size() > depth) {
            pass.out.append(pass.open.pop()); // {{< details summary="…" />}} wraps nothing: the rest of the page stays out
        }
        if (!SiteTags.CODE_TAGS.containsKey(tag[0].toLowerCase(Locale.ROOT))) {
            placement.indent(pass.out, written); // a code tag's body keeps the indentation it was written with
        }
        return next;
    }

    /** The tags that may begin a part of the page never shown ({@link TemplateBlocks}). */
    private static final Set<String> SKIPPABLE = Set.of("for", "if", "elif", "else");

    /**
     * Writes what a tag becomes, at column 0 ({@link TagPlacement} indents it afterwards); a picture, a video or an
     * embed inside an HTML block stays inline, as the site's output does, rather than a block that would end it.
     */
    private static int write(Pass pass, Matcher matcher, String[] tag, TagPlacement placement) {
        String markdown = pass.markdown;
        StringBuilder out = pass.out;
        Deque<String> open = pass.open;
        String name = tag[0].toLowerCase(Locale.ROOT);
        Map<String, String> arguments = SiteTags.arguments(tag[1]);
        boolean hugo = matcher.group(1) != null;
        boolean alone = aloneOnLine(markdown, matcher.start(), matcher.end()) && !placement.inHtmlBlock();
        String embed = SiteTags.embed(name, tag[1], alone);
        if (embed != null) {
            out.append(embed);
        } else if (SiteTags.CODE_TAGS.containsKey(name)) {
            int[] end = pass.endTag(matcher.end(), hugo ? "/" + name : SiteTags.CODE_TAGS.get(name), hugo);
            if (end != null) {
                String body = markdown.substring(matcher.end(), end[0]).replaceAll("\\{%-?\\s*(?:end)?raw\\s*-?%}", "");
                if ("mermaid".equals(name) && !hugo && !tag[1].isBlank() && !tag[1].contains("=")) {
                    body = tag[1].strip() + "\n" + body.strip(); // NexT's {% mermaid graph TD %}: the diagram's first line
                }
                if ("codeblock".equals(name)) {
                    out.append(HexoCaptions.codeCaption(tag[1])); // {% codeblock Array.map %}: the caption over it
                }
                // Hugo's {{< highlight go "hl_lines=2 4-5" >}} marks those lines, as a fence's hl_lines does
                String marked = "highlight".equals(name) ? FenceInfo.linesOf(tag[1]) : "";
                out.append(SiteTags.fence(SiteTags.codeLanguage(name, arguments), marked, body));
                return end[1];
            }
        } else if (SiteTags.MATH_TAGS.contains(name)) {
            int[] end = pass.endTag(matcher.end(), (hugo ? "/" : "end") + name, hugo);
            if (end != null) {
                String tex = markdown.substring(matcher.end(), end[0]).strip();
                boolean display = arguments.containsValue("display") || alone && tex.contains("\n");
                if (!tex.isEmpty()) {
                    String formula = MathNodes.placeholder(pass.formulas, tex, display);
                    out.append(display ? "\n\n" + formula + "\n\n" : formula);
                }
                return end[1];
            }
        } else if (closesBox(name, hugo)) {
            if (!open.isEmpty()) {
                out.append(open.pop());
            }
        } else if (open.size() >= MAX_OPEN && isBox(name)) {
            return matcher.end();
        } else if (SiteTags.CALLOUT_TAGS.contains(name)) {
            out.append(SiteTags.calloutOpen(name, arguments));
            open.push(SiteTags.calloutClose());
        } else if ("compare".equals(name)) {
            out.append(SiteTags.compareOpen(arguments));
            open.push(SiteTags.calloutClose());
        } else if ("columns".equals(name) || "column".equals(name)) {
            out.append("\n\n<div class=\"").append(name).append("\">\n\n");
            open.push("\n\n</div>\n\n");
        } else if (ThemeFolds.FOLDS.contains(name)) {
            open.push(SiteTags.detailsClose());
            return details(markdown, matcher.end(), ThemeFolds.title(name, tag[1], arguments, hugo),
                    ThemeFolds.open(name, tag[1], arguments), out);
        } else if ("tabs".equals(name)) {
            out.append(ThemeFolds.tabsOpen());
            open.push(ThemeFolds.TABS_CLOSE);
        } else if ("tab".equals(name)) {
            out.append(ThemeFolds.tabOpen(arguments));
            open.push(ThemeFolds.TAB_CLOSE);
        } else if ("blockquote".equals(name) && !hugo) {
            String source = HexoCaptions.quoteSource(tag[1]);
            out.append("\n\n<blockquote>\n\n");
            open.push((source.isEmpty() ? "" : "\n\n<p class=\"quote-source\">— " + source + "</p>")
                    + "\n\n</blockquote>\n\n");
        } else if ("label".equals(name)) {
            return label(markdown, matcher, tag[1], out);
        } else if (hugo && "comment".equals(name)) {
            int[] end = pass.endTag(matcher.end(), "/comment", true);
            return end == null ? matcher.end() : end[1]; // Hugo's comment shortcode shows nothing of what it holds
        } else if (TextTags.handles(name)) {
            out.append(TextTags.of(name, tag[1], arguments, pass.values));
        } else if ("img".equals(name) && !hugo && !arguments.containsKey("src")) {
            out.append(TextTags.hexoImage(arguments)); // Hexo's {% img /path … %}, not Chrome docs' {% Img src= %}
        } else if ("comparecaption".equals(name)) {
            int after = compareCaption(markdown, matcher.end(), out);
            if (after < 0) {
                out.append(CAPTION_OPEN);
                open.push(SiteTags.calloutClose());
                return matcher.end();
            }
            return after;
        } else if ("video".equals(name)) {
            out.append(SiteTags.video(arguments, alone));
        } else if ("img".equals(name) && !hugo) {
            // the site's tag makes a bare image, which on a line continuing a paragraph is part of it
            out.append(SiteTags.chromeImage(arguments, alone && !pass.paragraphTails.contain(matcher.start())));
        } else if ("img".equals(name) || "figure".equals(name)) {
            out.append(SiteTags.figure(arguments, alone));
        } else if (name.startsWith("asset_")) {
            asset(name, arguments, pass.assetFolder, out);
        } else if ("post_link".equals(name) || "post_url".equals(name)) {
            postLink(name, arguments, out);
        } else if (hugo && ("ref".equals(name) || "relref".equals(name))) {
            // a link's address: [text]({{< ref "other.md#part" >}}) leads to that article as a link to it does
            String target = arguments.getOrDefault("path", arguments.getOrDefault("0", "")).strip();
            // a page bundle or a page named without its extension ("trip-kyoto") is a markdown page all the same
            out.append(target.length() > MAX_REF ? ""
                    : target.replaceFirst("^([^#./][^#.]*/)?([^/#.]+)(#|$)", "$1$2.md$3").replaceAll("\\s", "%20"));
        } else if ("chromedate".equals(name)) {
            out.append(SiteTags.chromeDate(arguments));
        } else if ("androidbrowsersupporttable".equals(name)) {
            out.append(SiteTags.androidBrowserSupport(arguments));
        }
        return matcher.end();
    }

    /**
     * Chrome docs' {@code {% Label %}JavaScript{% endLabel %}}, the caption over a code block: a small label, a line of
     * its own when the tags are alone on theirs. The end tag is looked for on the same line only; without one it is
     * NexT's inline {@code {% label primary@text %}}. Returns where the source continues.
     */
    private static int label(String markdown, Matcher matcher, String argumentText, StringBuilder out) {
        int lineEnd = markdown.indexOf('\n', matcher.end());
        String rest = markdown.substring(matcher.end(), Math.min(lineEnd < 0 ? markdown.length() : lineEnd,
                matcher.end() + MAX_LABEL));
        Matcher end = LABEL_END.matcher(rest);
        if (!end.find()) {
            out.append(TextTags.label(argumentText)); // NexT's and Fluid's {% label primary@text %}, which has no end
            return matcher.end();
        }
        String text = Html.escape(rest.substring(0, end.start()).strip());
        int after = matcher.end() + end.end();
        out.append(aloneOnLine(markdown, matcher.start(), after) ? "\n\n<p class=\"code-label\">" + text + "</p>\n\n"
                : "<span class=\"code-label\">" + text + "</span>");
        return after;
    }

    private static final String CAPTION_OPEN = "\n\n<div class=\"compare-caption\">\n\n";
    private static final Pattern CAPTION_END = Pattern.compile("(?i)\\{%-?\\s*endCompareCaption\\s*-?%}");
    /** The most characters between a CompareCaption tag and its end, for it to be read as one caption. */
    private static final int MAX_CAPTION = 2000;

    /**
     * Chrome docs' {@code {% CompareCaption %}…{% endCompareCaption %}}, the caption under a Compare box's example: its
     * text as a paragraph, each line's indentation dropped (the site reads no indented code, so a caption indented
     * under its tag is text there). Returns where the source continues, or -1 when the end tag is not near or other
     * tags stand in between: the tag is then a box of its own, its text read as the rest of the page.
     */
    private static int compareCaption(String markdown, int after, StringBuilder out) {
        String rest = markdown.substring(after, Math.min(markdown.length(), after + MAX_CAPTION));
        Matcher end = CAPTION_END.matcher(rest);
        if (!end.find() || rest.substring(0, end.start()).contains("{%")) {
            return -1;
        }
        out.append(CAPTION_OPEN);
        for (String line : rest.substring(0, end.start()).strip().split("\n")) {
            out.append(line.strip()).append('\n');
        }
        out.append(SiteTags.calloutClose());
        return after + end.end();
    }

    /**
     * A NexT tab's comment ({@code <!-- tab npm -->}, {@code <!-- endtab -->}) inside {@code {% tabs %}} opens or closes
     * that tab; elsewhere it stays the comment it is.
     */
    private static void nextTab(Pass pass, String comment, String written) {
        if (!pass.open.contains(ThemeFolds.TABS_CLOSE)) {
            pass.out.append(written);
        } else if (!"endtab".equals(comment) && pass.open.size() < MAX_OPEN) {
            pass.out.append(ThemeFolds.tabOpen(ThemeFolds.nextTabName(comment)));
            pass.open.push(ThemeFolds.TAB_CLOSE);
        } else if (ThemeFolds.TAB_CLOSE.equals(pass.open.peek())) {
            pass.out.append(pass.open.pop());
        }
    }

    /** Whether the tag opens a box ({@link #MAX_OPEN}). */
    private static boolean isBox(String name) {
        return SiteTags.CALLOUT_TAGS.contains(name) || BOXES.contains(name) || ThemeFolds.FOLDS.contains(name)
                || ThemeFolds.TABS.contains(name);
    }

    /**
     * Whether the tag ends a box: Liquid's {@code end}name or Hugo's {@code /}name of any box ({@code endnote},
     * {@code /notice}, GitBook's {@code endhint}, {@code enddetails}, {@code /columns}). An opening tag never is one;
     * Hugo has no blockquote box, so its {@code /blockquote} ends none.
     */
    private static boolean closesBox(String name, boolean hugo) {
        String opened = name.startsWith("end") ? name.substring(3) : name.startsWith("/") ? name.substring(1) : null;
        return opened != null && isBox(opened) && !(hugo && "blockquote".equals(opened));
    }

    /**
     * A folded section: Chrome docs' {@code {% Details %}} with the {@code DetailsSummary} that follows it, or Hugo's
     * {@code {{< details summary="…" open=true >}}}. Returns where the source continues.
     */
    private static int details(String markdown, int after, String title, boolean open, StringBuilder out) {
        Matcher summary = DETAILS_SUMMARY.matcher(markdown).region(after, markdown.length());
        if (summary.lookingAt()) {
            out.append(SiteTags.detailsOpen(summary.group(1), open));
            return summary.end();
        }
        out.append(SiteTags.detailsOpen(title, open));
        return after;
    }

    /** Hexo's post assets: an image, a link or the bare path of a file in the post's asset folder. */
    private static void asset(String name, Map<String, String> arguments, String assetFolder, StringBuilder out) {
        String path = SiteTags.assetPath(assetFolder, arguments);
        if (path == null) {
            return;
        }
        String[] titleAndAlt = SiteTags.assetTitle(arguments);
        String title = titleAndAlt[0];
        String src = Html.escape(path.replace(" ", "%20"));
        switch (name) {
            case "asset_img", "asset_image" -> out.append("<img src=\"").append(src).append("\" alt=\"")
                    .append(Html.escape(titleAndAlt[1])).append('"')
                    .append(title.isEmpty() ? "" : " title=\"" + Html.escape(title) + "\"").append('>');
            case "asset_link" -> out.append("<a href=\"").append(src).append("\">")
                    .append(Html.escape(title.isEmpty() ? path.substring(path.lastIndexOf('/') + 1) : title)).append("</a>");
            case "asset_path" -> out.append(src);
            default -> {
            }
        }
    }

    /**
     * Hexo's {@code {% post_link file title %}} becomes a link to the post's file, Jekyll's
     * {@code {% post_url 2020-01-02-name %}} (inside a markdown link) that file's path; both relative to this post,
     * which is where the two generators keep their posts side by side.
     */
    private static void postLink(String name, Map<String, String> arguments, StringBuilder out) {
        String file = arguments.get("0");
        if (file == null || file.contains("..") || file.contains(":")) {
            return;
        }
        String path = (file.startsWith("/") ? file.substring(file.lastIndexOf('/') + 1) : file)
                .replaceFirst("\\.(md|markdown)$", "") + ".md";
        String href = Html.escape(path.replace(" ", "%20"));
        if ("post_url".equals(name)) {
            out.append(href);
            return;
        }
        List<String> title = new ArrayList<>();
        for (int i = 1; arguments.containsKey(Integer.toString(i)); i++) {
            String word = arguments.get(Integer.toString(i));
            if (!"true".equals(word) && !"false".equals(word)) {
                title.add(word);
            }
        }
        // without words of its own the link shows the post's title, as Hexo's does ({@link PostTitles})
        out.append("<a href=\"").append(href).append(title.isEmpty() ? "\" class=\"" + PostTitles.UNTITLED : "")
                .append("\">").append(Html.escape(title.isEmpty() ? file : String.join(" ", title))).append("</a>");
    }

    /**
     * One rewrite of an article: its source, what it becomes, what closes the boxes open, the formulas taken out, and
     * where the end tags lie.
     */
    private static final class Pass {
        final String markdown;
        final StringBuilder out;
        final String assetFolder;
        final List<String> formulas;
        final FrontMatterValues values;
        final Deque<String> open = new ArrayDeque<>();
        /** Per end tag: {searched from, start, end} of the last search, start -1 when there was none after it. */
        private final Map<String, int[]> ends = new HashMap<>();

        /** The HTML blocks of the page's first reading, and its paragraphs after their first line. */
        final Ranges htmlBlocks;
        final Ranges paragraphTails;

        private final List<int[]> codeRanges;
        private TemplateBlocks templateBlocks;

        Pass(String markdown, List<int[]> codeRanges, StringBuilder out, String assetFolder, List<String> formulas,
             Blocks blocks, FrontMatterValues values) {
            this.values = values;
            this.markdown = markdown;
            this.codeRanges = codeRanges;
            this.out = out;
            this.assetFolder = assetFolder;
            this.formulas = formulas;
            this.htmlBlocks = new Ranges(blocks.html());
            this.paragraphTails = new Ranges(blocks.paragraphTails());
        }

        /** The page's loops and conditions, read at the first such tag. */
        TemplateBlocks templateBlocks() {
            if (templateBlocks == null) {
                templateBlocks = TemplateBlocks.of(markdown, codeRanges);
            }
            return templateBlocks;
        }

        /**
         * {start, end} of the end tag {@code {% name %}} (or {@code {{< /name >}}}) after {@code from}, or null. The
         * answer of the last search for that tag stands for any later start before the end tag it found (or for any
         * later start, when it found none): 40,000 unclosed {@code highlight} tags took a minute, each searching to
         * the end of the file again.
         */
        int[] endTag(int from, String name, boolean hugo) {
            String key = (hugo ? "<" : "%") + name.toLowerCase(java.util.Locale.ROOT);
            int[] last = ends.get(key);
            if (last == null || from < last[0] || last[1] >= 0 && from > last[1]) {
                Pattern end = hugo ? Pattern.compile("\\{\\{[<%]\\s*" + Pattern.quote(name) + "\\s*[>%]}}")
                        : Pattern.compile("\\{%-?\\s*" + Pattern.quote(name) + "\\s*-?%}", Pattern.CASE_INSENSITIVE);
                Matcher m = end.matcher(markdown);
                last = m.find(from) ? new int[] {from, m.start(), m.end()} : new int[] {from, -1, -1};
                ends.put(key, last);
            }
            return last[1] < 0 ? null : new int[] {last[1], last[2]};
        }
    }

    /**
     * Where the page's first reading found blocks that a tag's output must not end: its HTML blocks and its paragraphs
     * after their first line (sorted ranges {start, end}).
     */
    record Blocks(List<int[]> html, List<int[]> paragraphTails) {
        static final Blocks NONE = new Blocks(List.of(), List.of());
    }

    /** Sorted ranges asked whether they hold positions that only grow. */
    private static final class Ranges {
        private final List<int[]> ranges;
        private int next;

        Ranges(List<int[]> ranges) {
            this.ranges = ranges;
        }

        boolean contain(int at) {
            while (next < ranges.size() && ranges.get(next)[1] <= at) {
                next++;
            }
            return next < ranges.size() && ranges.get(next)[0] <= at;
        }
    }

    /** Whether only blanks stand beside the tag on its line; looks no further than those blanks. */
    private static boolean aloneOnLine(String markdown, int start, int end) {
        int before = start - 1;
        while (before >= 0 && markdown.charAt(before) != '\n' && Character.isWhitespace(markdown.charAt(before))) {
            before--;
        }
        int after = end;
        while (after < markdown.length() && markdown.charAt(after) != '\n' && Character.isWhitespace(markdown.charAt(after))) {
            after++;
        }
        return (before < 0 || markdown.charAt(before) == '\n') && (after == markdown.length() || markdown.charAt(after) == '\n');
    }
}
