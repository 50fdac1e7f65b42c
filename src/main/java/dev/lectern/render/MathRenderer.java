package dev.lectern.render;

import java.awt.Color;
import java.awt.Dimension;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets LaTeX with JLaTeXMath into inline SVG (glyphs drawn as shapes, sized in em, coloured with the text's
 * colour), so formulas look as in TeX without fonts or script in the page. Results are cached; a formula that
 * does not parse is reported as null. It is given TeX without macro definitions ({@link TexMacros}), so that nothing
 * is left in JLaTeXMath's global tables and the cache, keyed by the TeX, holds no page's macros.
 */
final class MathRenderer {

    /** Formulas longer than this are not typeset (shown as source). */
    static final int MAX_CHARS = 4_000;
    /** What a formula may grow to when its macros are expanded. */
    static final int MAX_EXPANDED = TexMacros.MAX_LENGTH;
    private static final float SIZE = 20f;
    /**
     * Computer Modern looks small beside the page's sans-serif text: one em of the surrounding text is this many pixels
     * of TeX, so that formulas are set at 1.21 times the text's size, as KaTeX sets them.
     */
    private static final float EM = SIZE / 1.21f;
    /** JLaTeXMath's parser reads and fills static tables that are not made for threads: one formula at a time. */
    private static final Object JLATEXMATH = new Object();
    /** What JLaTeXMath says it could not read: an unknown command or environment, or a command it stopped in. */
    private static final Pattern UNREAD = Pattern.compile(
            "predefined TeXFormula: '([^']{1,60})'|Problem with command ([A-Za-z@]{1,60})|Unknown environment: ([A-Za-z*]{1,60})");
    /** A colour no formula uses, replaced by {@code currentColor} so that the theme colours the formula. */
    private static final Color INK = new Color(0x01, 0x02, 0x03);
    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");
    private static final int CACHE_SIZE = 4_000;
    /**
     * The root's size and its font size: Batik writes font-size="12px", which made the em of the width and height 12
     * pixels whatever the text around the formula, so formulas did not grow with the text or in headings.
     */
    private static final Pattern ROOT_SIZE = Pattern.compile("\\s(?:width|height|font-size)=\"[^\"]*\"");

    /** A typeset formula: its {@code <svg>}, or null with what JLaTeXMath could not read (null when it did not say). */
    record Typeset(String svg, String unread) {
    }

    private final Map<String, Typeset> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Typeset> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The {@code <svg>} of the formula, or null when it does not parse (or is too long). */
    String svg(String tex, boolean display) {
        return typeset(tex, display).svg();
    }

    /** The formula typeset, or what stopped it. */
    Typeset typeset(String tex, boolean display) {
        String key = (display ? "D" : "T") + tex;
        synchronized (cache) {
            Typeset cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Typeset typeset;
        synchronized (JLATEXMATH) {
            typeset = make(tex, display);
        }
        synchronized (cache) {
            cache.put(key, typeset);
        }
        return typeset;
    }

    private static Typeset make(String tex, boolean display) {
        if (tex.isBlank() || tex.length() > MAX_EXPANDED || !balanced(tex)) {
            return new Typeset(null, null);
        }
        TeXIcon icon;
        try {
            icon = new TeXFormula(tex).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                    SIZE);
        } catch (RuntimeException e) {
            return new Typeset(null, unread(e.getMessage()));
        } catch (StackOverflowError e) {
            return new Typeset(null, null);
        }
        icon.setForeground(INK);
        org.w3c.dom.Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        SVGGraphics2D graphics = new SVGGraphics2D(SVGGeneratorContext.createDefault(document), true);
        int width = Math.max(1, icon.getIconWidth());
        int height = Math.max(1, icon.getIconHeight());
        graphics.setSVGCanvasSize(new Dimension(width, height));
        try {
            icon.paintIcon(null, graphics, 0, 0);
        } catch (RuntimeException e) {
            return new Typeset(null, null);
        }
        StringWriter out = new StringWriter();
        try {
            graphics.stream(graphics.getRoot(), out, false, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String svg = out.toString();
        svg = svg.substring(svg.indexOf("<svg")).strip().replaceAll("\\s*\\n\\s*", " ");
        svg = BETWEEN_TAGS.matcher(svg).replaceAll("><").replaceAll("<!--.*?-->", "")
                .replace("rgb(1,2,3)", "currentColor").replace("#010203", "currentColor");
        String size = String.format(Locale.ROOT, "<svg class=\"math-svg\" width=\"%.3fem\" height=\"%.3fem\""
                + " viewBox=\"0 0 %d %d\" style=\"vertical-align: %.3fem\" aria-hidden=\"true\"",
                width / EM, height / EM, width, height, -icon.getIconDepth() / EM);
        int rootEnd = svg.indexOf('>');
        return new Typeset(ROOT_SIZE.matcher(svg.substring(0, rootEnd)).replaceAll("").replaceFirst("\\A<svg", size)
                + svg.substring(rootEnd), null);
    }

    /**
     * Whether every brace group is closed and no brace closes a group that was not opened (a brace after a backslash is
     * a symbol). JLaTeXMath closes an open group at the end itself, so the typo in "\\frac{1}{2" was drawn as a clean
     * one half where KaTeX and MathJax show an error.
     */
    static boolean balanced(String tex) {
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** The command or environment named in JLaTeXMath's message, with its backslash, or null. */
    private static String unread(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = UNREAD.matcher(message);
        if (!m.find()) {
            return null;
        }
        // "Problem with command frac" wraps what it could not read inside its argument: name that one
        for (Matcher inner = UNREAD.matcher(message); m.group(2) != null && inner.find(m.end()); ) {
            if (inner.group(2) == null) {
                m = inner;
                break;
            }
        }
        if (m.group(3) != null) {
            return "\\begin{" + m.group(3) + "}";
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        return name.endsWith("@@env") ? "\\begin{" + name.substring(0, name.length() - 5) + "}" : "\\" + name;
    }
}
