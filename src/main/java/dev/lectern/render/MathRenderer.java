package dev.lectern.render;

import java.awt.Color;
import java.awt.Dimension;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * does not parse is reported as null.
 */
final class MathRenderer {

    /** Formulas longer than this are not typeset (shown as source). */
    static final int MAX_CHARS = 4_000;
    private static final float SIZE = 20f;
    /** Computer Modern looks small beside the page's sans-serif text: one em of the page is this many pixels of TeX. */
    private static final float EM = SIZE / 1.25f;
    /** A colour no formula uses, replaced by {@code currentColor} so that the theme colours the formula. */
    private static final Color INK = new Color(0x01, 0x02, 0x03);
    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");
    private static final int CACHE_SIZE = 4_000;
    private static final Pattern ROOT_SIZE = Pattern.compile("\\s(?:width|height)=\"[^\"]*\"");

    private final Map<String, String> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The {@code <svg>} of the formula, or null when it does not parse (or is too long). */
    String svg(String tex, boolean display) {
        String key = (display ? "D" : "T") + tex;
        synchronized (cache) {
            if (cache.containsKey(key)) {
                return cache.get(key);
            }
        }
        String svg = typeset(tex, display);
        synchronized (cache) {
            cache.put(key, svg);
        }
        return svg;
    }

    private static String typeset(String tex, boolean display) {
        if (tex.isBlank() || tex.length() > MAX_CHARS) {
            return null;
        }
        TeXIcon icon;
        try {
            icon = new TeXFormula(tex).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                    SIZE);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
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
            return null;
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
        return ROOT_SIZE.matcher(svg.substring(0, rootEnd)).replaceAll("").replaceFirst("\\A<svg", size)
                + svg.substring(rootEnd);
    }
}
