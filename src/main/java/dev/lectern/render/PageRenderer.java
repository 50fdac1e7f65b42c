package dev.lectern.render;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.NoteProperty;
import dev.lectern.model.NoteVault;
import dev.lectern.model.RubyMarkup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders an article's markdown into a complete, self-contained, offline and script-free HTML page.
 * One instance holds one flexmark parser and renderer and may be used from several threads.
 */
public final class PageRenderer {

    /** The first line of front matter left in a body ("---", a key line); the rest is found by a loop, not a regex. */
    private static final Pattern FRONT_MATTER_START = Pattern.compile("\\A\\uFEFF?---\\r?\\n[\\w-]+\\s*:.*\\r?\\n");
    private static final Pattern FENCE_LINE = Pattern.compile("(?:---|\\.\\.\\.)\\s*");
    /** Do not look further than this many lines for the closing fence. */
    private static final int FRONT_MATTER_LINES = 500;
    private static final System.Logger LOG = System.getLogger(PageRenderer.class.getName());

    private final boolean colourCode;
    private final PageWords words;
    /** Made by the first render ({@link #parts}). */
    private volatile Parts parts;

    /** A renderer writing its own words (reading time, image placeholders) in English. */
    public PageRenderer() {
        this(PageWords.english());
    }

    /** A renderer writing its own words in the reader's language; the parts above are built once and reused. */
    public PageRenderer(PageWords words) {
        this(words, true);
    }

    /** As {@link #PageRenderer(PageWords)}; without colouring code only for the render benchmark's comparison. */
    PageRenderer(PageWords words, boolean colourCode) {
        this.words = java.util.Objects.requireNonNull(words, "words");
        this.colourCode = colourCode;
    }

    /**
     * The parts of a render that take a while to make (flexmark's parser and extensions, the sanitizer, the page
     * template, code colouring, math): 0.15-0.2 s of class loading, paid by the first render (off the UI thread, beside
     * the window being built at start-up) rather than by making the renderer, which the window waits for.
     */
    private record Parts(MarkdownEngine engine, HtmlSanitizer sanitizer, PageTemplate template, CodeBlocks codeBlocks,
                         MathRenderer math) {
    }

    private Parts parts() {
        Parts made = parts;
        if (made == null) {
            synchronized (this) {
                made = parts;
                if (made == null) {
                    made = new Parts(new MarkdownEngine(), new HtmlSanitizer(), new PageTemplate(),
                            new CodeBlocks(colourCode), new MathRenderer());
                    parts = made;
                }
            }
        }
        return made;
    }

    /**
     * Renders a small sample once, so that the first real article renders fast; call it off the UI thread. Formulas
     * are warmed separately ({@link #warmUpMath()}): their fonts cost a second of CPU that start-up cannot spare.
     */
    public void warmUp() {
        long start = System.nanoTime();
        Path root = Path.of("").toAbsolutePath();
        Article sample = new Article(new ArticleId("warm-up.md"), "Warm-up", null, null, List.of(), List.of("a"),
                List.of(), null, false, null, List.of(), 0, 0);
        render(sample, "# 标题\n\n[TOC]\n\n段落 *text* `code`[^1]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                + "- [x] done\n\n<center>中</center> {{ site.url }}\n\n![i](x.png)\n\n"
                + "```java\nint x;\n```\n\n[^1]: note\n",
                RenderOptions.defaults(root, root.resolve("warm-up.md")));
        LOG.log(System.Logger.Level.DEBUG, "renderer warmed up in {0} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Typesets one formula, loading JLaTeXMath's fonts and AWT (a second or more); call it off the UI thread. */
    public void warmUpMath() {
        long start = System.nanoTime();
        parts().math().svg("\\frac{1}{2}", false);
        LOG.log(System.Logger.Level.DEBUG, "math warmed up in {0} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** The full HTML page for the article. */
    public String render(Article article, String markdownBody, RenderOptions options) {
        return renderPage(article, markdownBody, options).html();
    }

    /** The full HTML page and the facts the UI shows beside it. */
    public RenderedPage renderPage(Article article, String markdownBody, RenderOptions options) {
        return renderPage(article, markdownBody, List.of(), options);
    }

    /** The same, for a vault's note with the properties its front matter gives, shown above its text. */
    public RenderedPage renderPage(Article article, String markdownBody, List<NoteProperty> properties,
                                   RenderOptions options) {
        markdownBody = MarkRuns.cut(markdownBody); // the plain text shown past the limits is cut the same way
        String markdown = withoutFrontMatter(markdownBody);
        if (MdxLines.isMdx(options.articleFile())) {
            markdown = MdxLines.strip(markdown); // its imports and exports are the site's code, not the page's text
        }
        FrontMatterValues values = frontMatterValues(markdownBody);
        if (MarkdownLimits.check(markdown) == null) {
            // the partials it names are put in only when the whole stays within the limits as well
            String expanded = Partials.expand(markdown, options.libraryRoot(), options.articleFile());
            String shown = expanded.equals(markdown) || MarkdownLimits.check(expanded) == null ? expanded : markdown;
            try {
                return renderMarkdown(article, shown, properties, options, values);
            } catch (StackOverflowError e) {
                LOG.log(System.Logger.Level.WARNING, "Rendering " + article.id() + " overflowed the stack; shown as plain text");
            }
        }
        return renderPlain(article, markdown, options);
    }

    /**
     * The article's markdown as plain text, for markdown beyond {@link MarkdownLimits}: the same page, header and
     * theme, the text exactly as written, laid out in linear time.
     */
    public RenderedPage renderPlain(Article article, String markdown, RenderOptions options) {
        TextStats stats = TextStats.of(markdown);
        String lang = TextStats.pageLang(article.lang(), stats);
        String header = ArticleHeader.html(article, stats.readingMinutes(), null, words);
        boolean cjk = lang.startsWith("zh") || lang.startsWith("ja") || lang.startsWith("ko");
        String body = "<pre class=\"plain-source\" style=\"white-space: pre-wrap\">" + Html.escape(markdown) + "</pre>";
        return new RenderedPage(parts().template().page(lang, options, cjk, article.title(), header, body), List.of(), true, 0,
                null, lang);
    }

    /** The body below a YAML front matter block, when it starts with one (bounded to its first 500 lines). */
    static String withoutFrontMatter(String body) {
        int[] block = frontMatter(body);
        return block == null ? body : body.substring(block[2]);
    }

    /** The values of the body's front matter, as its templates name them ({@link FrontMatterValues}). */
    static FrontMatterValues frontMatterValues(String body) {
        int[] block = frontMatter(body);
        return block == null ? FrontMatterValues.NONE : FrontMatterValues.of(body.substring(block[0], block[1]));
    }

    /** {start of its text, start of its closing fence, start of the body} of the front matter block, or null. */
    private static int[] frontMatter(String body) {
        var start = FRONT_MATTER_START.matcher(body);
        if (!start.lookingAt()) {
            return null;
        }
        int text = body.indexOf('\n') + 1;
        int pos = start.end();
        for (int lines = 0; pos < body.length() && lines < FRONT_MATTER_LINES; lines++) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            String line = body.substring(pos, end).replace("\r", "");
            if (FENCE_LINE.matcher(line).matches()) {
                return new int[] {text, pos, nl < 0 ? body.length() : nl + 1};
            }
            pos = end + 1;
        }
        return null;
    }

    /** A body made from markdown, and the markdown as the parser last read it: the page's elements before pictures are
     * resolved and CJK text is typeset; a note's embeds ({@link NoteEmbeds}) are made of such bodies too. */
    private record Dressed(Document body, String markdown, boolean keepLineBreaks) {
    }

    private Dressed dress(ArticleId id, String markdown, RenderOptions options, boolean vault, boolean logseq,
                          FrontMatterValues values) {
        Parts parts = parts();
        if (logseq && LogseqBlocks.mayHave(markdown)) {
            Path graph = options.libraryRoot().toAbsolutePath().normalize();
            String shown = LogseqBlocks.rewrite(markdown, block -> LogseqBlockIds.words(graph, block));
            // its spans are inline HTML: kept only when the whole stays within the limits, as a partial's text is
            markdown = MarkdownLimits.check(shown) == null ? shown : markdown;
        }
        markdown = MarkRuns.cut(markdown); // an embedded note's text comes here without renderPage
        if (DocContainers.mayHave(markdown)) {
            // MkDocs', Docusaurus' and VuePress' boxes, tabs and code titles, before anything reads the indented bodies
            String boxed = DocContainers.rewrite(markdown, vault);
            markdown = boxed.equals(markdown) || MarkdownLimits.check(boxed) != null ? markdown : boxed;
        }
        MarkdownEngine engine = parts.engine();
        com.vladsch.flexmark.util.ast.Document ast = engine.parse(markdown);
        if (SelfClosedTags.mayHave(markdown)) {
            String closed = SelfClosedTags.rewrite(markdown, MarkdownEngine.codeRanges(ast));
            if (!closed.equals(markdown)) {
                markdown = closed;
                ast = engine.parse(markdown);
            }
        }
        if (TexEnvironments.mayHave(markdown)) {
            String displayed = TexEnvironments.rewrite(markdown, MarkdownEngine.codeRanges(ast));
            if (!displayed.equals(markdown) && MarkdownLimits.check(displayed) == null) {
                markdown = displayed;
                ast = engine.parse(markdown);
            }
        }
        if (AngleDestinations.mayHave(markdown)) {
            String spaced = AngleDestinations.rewrite(markdown, MarkdownEngine.codeRanges(ast));
            if (!spaced.equals(markdown)) {
                markdown = spaced;
                ast = engine.parse(markdown);
            }
        }
        List<String> formulas = new ArrayList<>();
        if (SourceRewriter.mayNeedRewrite(markdown)) {
            try {
                String rewritten = SourceRewriter.rewrite(markdown, MarkdownEngine.codeRanges(ast),
                        new SourceRewriter.Blocks(MarkdownEngine.htmlBlockRanges(ast), MarkdownEngine.paragraphTailRanges(ast)),
                        formulas, id.stem(), !vault, !vault && MarkdownSites.eatsEscapes(options, values), values);
                if (!rewritten.equals(markdown) && MarkdownLimits.check(rewritten) == null) {
                    markdown = rewritten;
                    ast = engine.parse(markdown);
                } else if (!rewritten.equals(markdown)) {
                    // what the tags became (20,000 post links' inline HTML in one paragraph) is past what the
                    // parser reads in linear time: the tags show as written, as a partial past the limits does
                    LOG.log(System.Logger.Level.WARNING, "tags and formulas left as written in " + id
                            + ": what they become is past the markdown limits");
                    formulas.clear();
                }
            } catch (StackOverflowError e) {
                // a pathological run of tags or dollars: the article shows as written rather than not at all
                LOG.log(System.Logger.Level.WARNING, "tags and formulas left as written in " + id, e);
                formulas.clear();
            }
        }
        if (vault && markdown.contains("%%")) {
            String shown = WikiLinks.withoutComments(markdown, MarkdownEngine.codeRanges(ast));
            if (!shown.equals(markdown)) {
                markdown = shown;
                ast = engine.parse(markdown);
            }
        }
        if (vault && InlineFootnotes.mayHave(markdown)) {
            String noted = InlineFootnotes.rewrite(markdown, MarkdownEngine.codeRanges(ast));
            if (!noted.equals(markdown)) {
                markdown = noted;
                ast = engine.parse(markdown);
            }
        }
        if (InlineHtmlLines.mayHave(markdown)) {
            String joined = InlineHtmlLines.repair(markdown, ast);
            if (!joined.equals(markdown)) {
                markdown = joined;
                ast = engine.parse(markdown);
            }
        }
        String repaired = PipeTables.repair(markdown, ast);
        if (!repaired.equals(markdown)) {
            markdown = repaired;
            ast = engine.parse(markdown);
        }
        boolean keepLineBreaks = options.keepLineBreaks() != null
                ? options.keepLineBreaks() : LineBreakHeuristic.looksLinePerItem(ast);
        Document dirty = Jsoup.parseBodyFragment(engine.render(ast, keepLineBreaks));
        MediaEmbeds.replace(dirty.body(), words);
        Document body = parts.sanitizer().clean(dirty);
        PipeTables.dropEmptyHeads(body.body());
        PipeTables.unescapeCodePipes(body.body());
        PictureSizes.fromAlt(body.body());
        SiteTags.unnestFigures(body.body());
        // a link to nowhere ([text]() as written, or an address a template held and Lectern cannot know) is its text
        body.select("a[href=\"\"]:not([id]):not([name])").unwrap();
        FootnoteBackrefs.join(body.body());
        body.select("ul.toc a[id]:not([href])").remove(); // a heading's anchor, once in the page is enough
        MathNodes.Page math = new MathNodes.Page(parts.math(), words); // the page's own macros
        MathNodes.typeset(body.body(), formulas, math);
        Callouts.convert(body.body());
        parts.codeBlocks().dress(body.body(), words, math);
        if (!body.select("div.code-block.diagram-source").isEmpty()) {
            DiagramScripts.preload(); // read here, off the window's thread, before the page is shown
        }

        if (WikiLinks.mayHold(markdown)) {
            WikiLinks.convert(body.body(), WikiNames.of(options.libraryRoot(), vault), id.path());
        }
        if (vault) {
            VaultPaths.resolve(body.body(), options.libraryRoot(), id.path(), () -> WikiNames.of(options.libraryRoot(), true));
        }
        if (vault && markdown.indexOf('^') >= 0) {
            WikiLinks.blockIds(body.body());
        }
        if (vault && markdown.indexOf('#') >= 0) {
            InlineTagLinks.convert(body.body());
        }
        if (vault && markdown.indexOf('[') >= 0) {
            VaultTasks.mark(body.body());
        }
        return new Dressed(body, markdown, keepLineBreaks);
    }

    private RenderedPage renderMarkdown(Article article, String markdown, List<NoteProperty> properties,
                                        RenderOptions options, FrontMatterValues values) {
        Parts parts = parts();
        boolean vault = NoteVault.isVault(options.libraryRoot()); // asked once a page, its embedded notes included
        boolean logseq = vault && NoteVault.logseqGraph(options.libraryRoot()) != null;
        Dressed dressed = dress(article.id(), markdown, options, vault, logseq, values);
        Document body = dressed.body();
        markdown = dressed.markdown();
        boolean keepLineBreaks = dressed.keepLineBreaks();
        if (!body.select("div.wiki-embed[data-note]").isEmpty()) {
            NoteEmbeds.embed(body.body(), options.libraryRoot(), (path, embedded) -> dress(new ArticleId(path), embedded,
                    options, vault, logseq, FrontMatterValues.NONE).body().body());
        }
        ImageResolver images = new ImageResolver(options, words);
        body.select("img").forEach(images::resolve);
        PostTitles.fill(body.body(), options);
        dropRepeatedTitle(body.body(), article.title());
        if (!keepLineBreaks) {
            CjkLineJoiner.join(body.body());
        }
        if (RubyMarkup.mayHold(markdown)) {
            RubyMarks.mark(body.body());
        }
        if (markdown.contains("===") || markdown.contains("[newpage]")) {
            PageBreaks.mark(body.body());
        }

        String text = body.body().text();
        TextStats stats = TextStats.of(text);
        String lang = options.script().shownLang(TextStats.pageLang(article.lang(), stats));
        if (!properties.isEmpty()) { // above the text, not counted in its reading time nor its language
            Element list = PropertyList.of(properties);
            if (WikiLinks.mayHold(list.text())) {
                WikiLinks.convert(list, WikiNames.of(options.libraryRoot(), vault),
                        article.id().path());
            }
            body.body().prependChild(list);
            text = list.text() + " " + text;
        }
        boolean rightToLeft = TextDirection.rightToLeft(lang);
        if (rightToLeft || TextDirection.holdsRightToLeft(text)) {
            TextDirection.mark(body.body());
        }
        // spacing and punctuation spans first: conversion then never has a converted phrase split by them
        CjkSpans.typeset(body.body(), lang, options);
        displayOnly(body.body(), lang, options, article);
        InlineRuns.wrap(body.body());
        markOutsideBmp(body.body(), text);
        boolean upright = options.vertical() && PageTemplate.verticalScript(lang);
        // last: what conversion and readings show is set upright too
        boolean partlyUpright = upright && UprightBoxes.mark(body.body());
        String sourceUrl = SourceLink.find(markdown);
        String header = convertedHeader(ArticleHeader.html(article, stats.readingMinutes(), sourceUrl, words), lang, options);
        if (rightToLeft || TextDirection.holdsRightToLeft(header)) {
            Document fragment = Jsoup.parseBodyFragment(header);
            fragment.outputSettings().prettyPrint(false);
            TextDirection.mark(fragment.body());
            header = fragment.body().html();
        }
        boolean cjk = lang.startsWith("zh") || lang.startsWith("ja") || lang.startsWith("ko");
        String html = parts.template().page(lang, options, cjk, article.title(), header, body.body().html());
        return new RenderedPage(html, outline(body), keepLineBreaks, images.remoteCount(), sourceUrl, lang, partlyUpright,
                WikiLinks.missingNotes(body.body()));
    }

    /**
     * Script conversion for Chinese and readings for Japanese: display only, the page's text (anchors) unchanged.
     * Whatever goes wrong leaves the rest of the text as written.
     */
    private static void displayOnly(Element body, String lang, RenderOptions options, Article article) {
        try {
            if (lang.startsWith("zh")) {
                ScriptConverter.convert(body, options.script());
            } else if (lang.startsWith("ja") && options.furigana() != Furigana.OFF) {
                new FuriganaWriter(options.furigana()).annotate(body);
            }
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.WARNING, "script or readings left as written in " + article.id(), e);
        }
    }

    /**
     * The header (title, subtitle, tags) in the script the body is shown in, its emoji and characters outside the BMP
     * marked, and its letters set upright on a vertical page, as the body's are; it is outside the anchored text.
     */
    private static String convertedHeader(String header, String lang, RenderOptions options) {
        boolean convert = lang.startsWith("zh") && options.script() != Script.AS_WRITTEN;
        boolean cjkRuns = CjkSpans.takesCjkRuns(lang) && CjkSpans.mayHoldCjk(header);
        boolean upright = options.vertical() && PageTemplate.verticalScript(lang);
        if (!convert && !cjkRuns && !upright && !EmojiSpans.mayHoldEmoji(header) && !AstralSpans.mayHold(header)) {
            return header; // most headers
        }
        Document fragment = Jsoup.parseBodyFragment(header);
        fragment.outputSettings().prettyPrint(false);
        if (convert) {
            ScriptConverter.convert(fragment.body(), options.script());
        }
        if (cjkRuns) {
            CjkSpans.markCjkRuns(fragment.body());
        }
        markOutsideBmp(fragment.body(), header);
        if (upright) {
            UprightBoxes.mark(fragment.body());
        }
        return fragment.body().html();
    }

    /**
     * Emoji set in the emoji font, other characters outside the BMP in boxes of their own, under root; skipped when
     * its text (as rendered: shortcodes and character references already made characters) holds neither.
     */
    private static void markOutsideBmp(Element root, String text) {
        if (EmojiSpans.mayHoldEmoji(text)) {
            EmojiSpans.mark(root);
        }
        if (AstralSpans.mayHold(text)) {
            AstralSpans.mark(root);
        }
    }

    /**
     * Most articles open with their title as a heading; the page header shows it already (and an embedded note's card
     * its name).
     */
    static void dropRepeatedTitle(Element container, String title) {
        Element first = container.firstElementChild();
        // as the title was read: # |異世界《いせかい》の門 is the title 異世界の門
        if (first != null && first.nameIs("h1") && RubyMarkup.plain(headingText(first)).equals(title.strip())) {
            first.remove();
        }
    }

    private static List<Heading> outline(Document body) {
        List<Heading> outline = new ArrayList<>();
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.closest(".wiki-embed-content") != null) {
                continue; // another note's, embedded
            }
            String text = heading.hasAttr(MathNodes.OUTLINE) ? heading.attr(MathNodes.OUTLINE) : headingText(heading);
            outline.add(new Heading(heading.tagName().charAt(1) - '0', text, heading.id()));
        }
        return outline;
    }

    /** A heading's words as the reader sees them: without its anchor mark or furigana readings. */
    static String headingText(Element heading) {
        Element copy = heading.clone();
        copy.select(".heading-anchor, .lt-furi > rt").remove();
        return copy.text().strip();
    }
}
