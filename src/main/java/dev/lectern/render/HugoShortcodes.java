package dev.lectern.render;

/**
 * What Hugo's shortcode syntax itself says, apart from what a shortcode does: an escaped shortcode
 * ({@code {{</&#42; figure &#42;/>}}}) is printed as the shortcode it spells, and a trailing {@code /} closes a shortcode on its
 * own ({@code {{< details summary="x" />}}}), so it wraps nothing.
 */
final class HugoShortcodes {

    private HugoShortcodes() {
    }

    /**
     * The text Hugo prints for an escaped shortcode, given what stands between {@code {{} and {@code }}}
     * ({@code </&#42; figure src="a.png" &#42;/>}), escaped for the page; null when it is no escaped shortcode. Bloggers writing
     * about Hugo show a shortcode's syntax this way.
     */
    static String escaped(String inside) {
        String text = inside.strip();
        if (text.length() < 6) {
            return null;
        }
        char open = text.charAt(0);
        char close = text.charAt(text.length() - 1);
        boolean paired = open == '<' && close == '>' || open == '%' && close == '%';
        if (!paired || !text.startsWith("/*", 1) || !text.startsWith("*/", text.length() - 3)) {
            return null;
        }
        String spelled = "{{" + open + text.substring(3, text.length() - 3) + close + "}}";
        // entities, so that neither the markdown parser nor a later reading takes it for a tag
        return Html.escape(spelled).replace("{", "&#123;").replace("%", "&#37;");
    }

    /** Whether a shortcode's arguments end with the {@code /} that closes it on its own. */
    static boolean selfClosing(String arguments) {
        return arguments.strip().endsWith("/");
    }

    /** The arguments without that closing {@code /}. */
    static String withoutClosingSlash(String arguments) {
        String text = arguments.stripTrailing();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : arguments;
    }
}
