package dev.lectern.render;

import java.util.Locale;

/**
 * The card over a link to another article, as scripts run through {@code WebEngine.executeScript} (the page's own
 * JavaScript is off): the article's title and subtitle, a line of its date, authors and tags, and its opening words, in a box beside
 * the link placed as a footnote's is ({@link FootnoteScripts}). The words are set as text, never as markup, so nothing
 * of the linked file reaches the page as HTML; their emoji are set in the emoji font, as the page's are ({@link
 * EmojiSpans}). Its look is in reader.css ({@code #lt-linkcard}).
 */
public final class LinkCardScripts {

    /** What {@link #at} answers when the point is over the card itself. */
    public static final String OVER_CARD = "#card";

    /** The link under the point {@code (x,y)}, or null; a picture that opens the picture viewer is not a link here. */
    private static final String LINK_AT = "function linkAt(x,y){var e=document.elementFromPoint(x,y);"
            + "if(!e||e.tagName==='IMG'&&e.hasAttribute('data-lt-full')){return null;}"
            + "return e.closest?e.closest('a[href]'):null;}";

    private static final String HIDE = "var o=document.getElementById('lt-linkcard');if(o){o.parentNode.removeChild(o);}";

    /**
     * What is under the point (view coordinates, unzoomed): {@link #OVER_CARD} over the open card, the address of a link
     * there as written in the page, else null.
     */
    public String at(double x, double y) {
        return String.format(Locale.ROOT, "(function(x,y){" + LINK_AT
                + "var e=document.elementFromPoint(x,y);if(e&&e.closest&&e.closest('#lt-linkcard')){return '" + OVER_CARD + "';}"
                + "var a=linkAt(x,y);return a?a.getAttribute('href'):null;})(%f,%f)", x, y);
    }

    /**
     * Opens the card beside the link under the point (replacing any open one) with these words; evaluates to true when
     * it opened (a link is still there).
     */
    public String showAt(double x, double y, String title, String subtitle, String meta, String text) {
        // the words go in as literals after the format: a % in them is no format's business
        return "(function(x,y){" + LINK_AT + FootnoteScripts.PLACE + HIDE
                + "var a=linkAt(x,y);if(!a){return false;}"
                + "var b=document.createElement('div');b.id='lt-linkcard';b.setAttribute('role','tooltip');"
                + "var E=/" + EmojiSpans.javaScriptRun() + "/gu;"
                + "function line(c,t){if(!t){return;}var d=document.createElement('div');d.className=c;var at=0,m;"
                + "while((m=E.exec(t))){d.appendChild(document.createTextNode(t.slice(at,m.index)));"
                + "var s=document.createElement('span');s.className='lt-emoji';s.textContent=m[0];d.appendChild(s);"
                + "at=m.index+m[0].length;}"
                + "d.appendChild(document.createTextNode(t.slice(at)));b.appendChild(d);}"
                + "line('lt-card-title'," + ReaderScripts.literal(title) + ");"
                + "line('lt-card-subtitle'," + ReaderScripts.literal(subtitle) + ");"
                + "line('lt-card-meta'," + ReaderScripts.literal(meta) + ");"
                + "line('lt-card-text'," + ReaderScripts.literal(text) + ");"
                + "place(b,a);return true;})" + String.format(Locale.ROOT, "(%f,%f)", x, y);
    }

    /**
     * Whether a card with these words sets some in the emoji font ({@link EmojiFont}), as the page's emoji are: the font
     * must then be beside the page, or this WebKit draws a box after each.
     */
    public static boolean setsEmoji(String... words) {
        for (String each : words) {
            if (each != null && EmojiSpans.mayHoldEmoji(each)) {
                return true;
            }
        }
        return false;
    }

    /** Closes the card; evaluates to true when one was open. */
    public String hide() {
        return "(function(){var open=!!document.getElementById('lt-linkcard');" + HIDE + "return open;})()";
    }
}
