package dev.lectern.render;

import java.util.Locale;

/**
 * Footnotes shown where they are referred to, as scripts run through {@code WebEngine.executeScript} (the page's own
 * JavaScript is off): pointing at a footnote's number shows the note in a box beside it, as e-book readers and
 * Wikipedia do, so reading on needs no jump to the end of the article and back. A footnote is the target of an
 * in-page link that is an item of a list of notes: flexmark's {@code div.footnotes}, kramdown's and Hexo's
 * ({@code fn:1}), Pandoc's {@code section.footnotes}, any {@code [role=doc-endnotes]}. The box holds a copy of the
 * note without its way back ({@code ↩}), never taller than a third of the pane (it scrolls), fixed in the view so
 * that it sits by the number in horizontal and vertical writing alike. Its look is in reader.css
 * ({@code #lt-footnote}).
 */
public final class FootnoteScripts {

    /** What {@link #noteAt} answers when the point is over the box itself. */
    public static final String OVER_BOX = "#box";

    /** At most so many characters of a note are copied into the box (a "note" that is a whole appendix). */
    static final int MOST_CHARACTERS = 20_000;

    /** The note the link {@code a} leads to, or null: {@code n} is set to it. */
    private static final String NOTE_OF = "function noteOf(a){var h=a&&a.getAttribute('href');"
            + "if(!h||h.charAt(0)!=='#'||h.length<2||a.closest('.footnotes,[role=doc-endnotes],#lt-footnote')){return null;}"
            + "var id;try{id=decodeURIComponent(h.substring(1));}catch(x){id=h.substring(1);}"
            + "var n=document.getElementById(id);if(!n){return null;}"
            + "var li=n.tagName==='LI'?n:n.closest('li');"
            + "if(!li||!li.closest('.footnotes,section.footnotes,[role=doc-endnotes],.footnote-list')){return null;}"
            + "return li;}";

    private static final String LINK_AT = "function linkAt(x,y){var e=document.elementFromPoint(x,y);"
            + "return e&&e.closest?e.closest('a'):null;}";

    /**
     * What is under the point (view coordinates, unzoomed): {@link #OVER_BOX} over the open box, the id of the note a
     * footnote number there leads to, else null.
     */
    public String noteAt(double x, double y) {
        return String.format(Locale.ROOT, "(function(x,y){" + NOTE_OF + LINK_AT
                + "var e=document.elementFromPoint(x,y);if(e&&e.closest&&e.closest('#lt-footnote')){return '" + OVER_BOX + "';}"
                + "var li=noteOf(linkAt(x,y));return li?(li.id||'#'):null;})(%f,%f)", x, y);
    }

    /**
     * Opens the box for the footnote number under the point (replacing any open one), below the number or above it
     * when there is more room there; evaluates to true when it opened.
     */
    public String showAt(double x, double y) {
        return String.format(Locale.ROOT, "(function(x,y){" + NOTE_OF + LINK_AT + PLACE + HIDE
                + "var a=linkAt(x,y);var li=noteOf(a);if(!li){return false;}"
                + "var c=li.cloneNode(true);"
                + "var back=c.querySelectorAll('.footnote-backref,.reversefootnote,.footnote-back,a[href^=\"#fnref\"],[role=doc-backlink]');"
                + "for(var i=0;i<back.length;i++){back[i].parentNode.removeChild(back[i]);}"
                + "var ids=c.querySelectorAll('[id]');for(var i=0;i<ids.length;i++){ids[i].removeAttribute('id');}"
                + "c.removeAttribute('id');"
                + "var b=document.createElement('div');b.id='lt-footnote';b.setAttribute('role','note');"
                + "if((c.textContent||'').length>" + MOST_CHARACTERS + "){b.textContent=c.textContent.substring(0,"
                + MOST_CHARACTERS + ")+'\\u2026';}else{while(c.firstChild){b.appendChild(c.firstChild);}}"
                + "place(b,a);return true;})(%f,%f)", x, y);
    }

    /**
     * A function that adds the box {@code b} to the page beside the element {@code a}: below it, or above it when there is
     * more room there, within the pane; in vertical writing, to the left of its column (the way the text goes on), or to
     * its right, when the pane has room there, else as across (shared with {@link LinkCardScripts}).
     */
    static final String PLACE = "function place(b,a){document.body.appendChild(b);"
            + "var r=a.getBoundingClientRect(),w=document.documentElement.clientWidth,h=document.documentElement.clientHeight;"
            + "var bw=b.offsetWidth;"
            + "if(document.documentElement.classList.contains('vertical')&&(r.left-8-bw>=4||r.right+8+bw<=w-4)){"
            + "b.style.left=(r.left-8-bw>=4?r.left-8-bw:r.right+8)+'px';"
            + "b.style.top=Math.max(4,Math.min(r.top,h-b.offsetHeight-4))+'px';return;}"
            + "var left=Math.max(8,Math.min(r.left-16,w-b.offsetWidth-16));"
            + "var below=h-r.bottom,above=r.top;"
            + "var top=below>=b.offsetHeight+12||below>=above?r.bottom+6:r.top-6-b.offsetHeight;"
            + "b.style.left=left+'px';b.style.top=Math.max(4,top)+'px';}";

    private static final String HIDE = "var o=document.getElementById('lt-footnote');if(o){o.parentNode.removeChild(o);}";

    /** Closes the box; evaluates to true when one was open. */
    public String hide() {
        return "(function(){var open=!!document.getElementById('lt-footnote');" + HIDE + "return open;})()";
    }
}
