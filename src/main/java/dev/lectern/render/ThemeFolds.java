package dev.lectern.render;

import java.util.Map;
import java.util.Set;

/**
 * Folds and tabs of Hugo and Hexo themes, with the titles their sites show. Folds (Hugo's {@code details}, PaperMod's
 * {@code collapse}, hugo-book's and Learn's {@code expand}, Butterfly's {@code hideToggle}, Volantis' {@code folding},
 * Fluid's {@code fold}, Hexo's {@code details}) are closed folded sections under their title; tabs (hugo-book's
 * {@code tab "macOS"}, Docsy's {@code tab header="Go"}, NexT's {@code <!-- tab npm -->} inside {@code {% tabs %}})
 * show one after another, each under its name, since a page without scripts cannot switch between them.
 */
final class ThemeFolds {

    /** Tags that fold their content, besides Chrome docs' and Hugo's {@code details}. */
    static final Set<String> FOLDS = Set.of("details", "collapse", "expand", "hidetoggle", "folding", "fold");
    static final Set<String> TABS = Set.of("tabs", "tab");
    /** What closes one tab; a set of tabs closes differently, so that a NexT tab comment knows it stands in one. */
    static final String TAB_CLOSE = "\n\n</div>\n\n";
    static final String TABS_CLOSE = "\n\n</div>\n\n\n";
    /** The longest tab name a NexT tab comment may hold. */
    private static final int MAX_NAME = 200;

    private ThemeFolds() {
    }

    /**
     * The title of a fold: {@code summary=}, {@code title=} or the first quoted argument of a Hugo shortcode; for a
     * Hexo tag its whole text (the summary is words, not one argument), Butterfly's before its first comma, Volantis'
     * after it ({@code cyan, Title}), Fluid's after its {@code @} ({@code info @Title}).
     */
    static String title(String name, String argumentText, Map<String, String> arguments, boolean hugo) {
        String named = arguments.getOrDefault("summary", arguments.getOrDefault("title", arguments.get("header")));
        if (named != null || hugo) {
            return named != null ? named : arguments.getOrDefault("0", "");
        }
        String text = argumentText.strip();
        int comma = text.indexOf(',');
        int at = text.indexOf('@');
        switch (name) {
            case "hidetoggle" -> text = comma < 0 ? text : text.substring(0, comma);
            case "folding" -> text = comma < 0 ? text : text.substring(comma + 1);
            case "fold" -> text = at < 0 ? text : text.substring(at + 1);
            default -> {
            }
        }
        return SiteTags.unquoted(text.strip());
    }

    /** Whether the fold shows open: Hugo's {@code open=true}, Volantis' {@code open} among its options. */
    static boolean open(String name, String argumentText, Map<String, String> arguments) {
        if ("true".equalsIgnoreCase(arguments.get("open"))) {
            return true;
        }
        int comma = argumentText.indexOf(',');
        return "folding".equals(name) && comma > 0 && (" " + argumentText.substring(0, comma) + " ").contains(" open ");
    }

    /** The opening of a tab under its name ({@code "macOS"}, {@code header="Go"}, {@code name=}, {@code title=}). */
    static String tabOpen(Map<String, String> arguments) {
        String name = arguments.getOrDefault("header", arguments.getOrDefault("name",
                arguments.getOrDefault("title", arguments.getOrDefault("0", ""))));
        return tabOpen(name);
    }

    static String tabOpen(String name) {
        String label = name.strip();
        return "\n\n<div class=\"tab\">" + (label.isEmpty() ? "" : "<p class=\"tab-name\">" + Html.escape(label) + "</p>")
                + "\n\n";
    }

    static String tabsOpen() {
        return "\n\n<div class=\"tabs\">\n\n";
    }

    /** A NexT tab's name from its comment's text ({@code tab npm@fab fa-npm}: the icon after {@code @} goes). */
    static String nextTabName(String comment) {
        String name = comment.strip().substring(3).strip();
        int at = name.indexOf('@');
        name = at < 0 ? name : name.substring(0, at).strip();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
