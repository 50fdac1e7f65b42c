package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The scripts that draw an article's mermaid diagrams in the reading pane: mermaid itself (MIT licence, put in
 * {@code vendor/} from its webjar by the build, see pom.xml) with Lectern's {@code diagrams.js}, read from the jar the
 * first time a page has a diagram, and the calls that find, draw and redraw them (after a theme change). The UI runs them through
 * {@code WebEngine.executeScript}; the page's own scripts stay disabled.
 */
public final class DiagramScripts {

    /**
     * How many diagrams of a page are drawn; the rest stay as their source. Each drawing holds the window's thread for
     * 0.1–1 s, and a 2 MB page could hold thousands.
     */
    static final int MAX_DRAWINGS = 50;

    /** Read once a process, by the first page with a diagram (on the thread that renders it: {@link #preload}). */
    private static volatile String library;

    /** Evaluates to true when the page has a mermaid block to draw. */
    public String present() {
        return "!!document.querySelector('.article-body div.code-block.diagram-source')";
    }

    /** Evaluates to true once {@link #library} has run in this page. */
    public String installed() {
        return "!!window.lecternDiagrams";
    }

    /** mermaid and Lectern's diagram code (3.2 MB of script: run it only on a page that has a diagram). */
    public String library() {
        return preload();
    }

    /**
     * Reads the scripts from the jar unless already read (60–80 ms the first time): the renderer calls this for a page
     * with a diagram, so that the window's thread does not wait for it.
     */
    static String preload() {
        String loaded = library;
        if (loaded == null) {
            loaded = read("vendor/mermaid.min.js") + "\n;\n"
                    + read("diagrams.js").replace("EMOJI_RUN", EmojiSpans.javaScriptRun());
            library = loaded;
        }
        return loaded;
    }

    /**
     * Starts drawing (or redrawing) the page's diagrams in colours that suit the theme; evaluates to how many there
     * are. Then {@link #drawNext} draws them one by one.
     */
    public String start(Theme theme) {
        return start(theme, MAX_DRAWINGS);
    }

    /** As {@link #start(Theme)}, drawing at most max of the page's diagrams. */
    String start(Theme theme, int max) {
        String mermaidTheme = switch (theme) {
            case DARK -> "dark";
            case SEPIA -> "neutral";
            case LIGHT -> "default";
        };
        return "window.lecternDiagrams.start('" + mermaidTheme + "', " + max + ")";
    }

    /**
     * Draws the next diagram (at most about a second, mermaid refusing bigger ones); evaluates to false when none is
     * left. The page's timers do not run, so the UI calls this once per turn of its event loop.
     */
    public String drawNext() {
        return "window.lecternDiagrams.drawNext()";
    }

    /** Evaluates to how many drawings the last round made, or -1 while it runs. */
    public String done() {
        return "window.lecternDiagrams ? window.lecternDiagrams.done : -1";
    }

    private static String read(String name) {
        try (InputStream in = DiagramScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
