package dev.lectern.render;

import java.util.Locale;

/**
 * The reading pane's image viewer, as scripts run through {@code WebEngine.executeScript} (the page's own JavaScript
 * is off): a picture shown smaller than it is opens over the page, as large as the pane allows, on a dark ground with
 * its title or description under it; a click on it shows it at its own size, to scroll (when it is larger than the
 * pane), and a click beside it closes it. Its look is in reader.css ({@code #lt-viewer}).
 */
public final class ImageViewerScripts {

    private static final String VIEWER = "document.getElementById('lt-viewer')";
    /**
     * Whether the picture {@code e} opens in the viewer: one inside a link to a picture of the library (marked by the
     * renderer with the linked one, {@code data-lt-full}), or one shown smaller than it is and not inside a link.
     */
    private static final String ZOOMABLE = "(e.hasAttribute('data-lt-full')||!e.closest('a')"
            + "&&(e.naturalWidth>e.clientWidth+1||e.naturalHeight>e.clientHeight+1))";

    /**
     * Marks the article's pictures that open in the viewer (class {@code lt-zoomable}, a zoom-in pointer): those
     * shown smaller than they are, apart from those inside links, which a click follows, and those linked to a picture.
     */
    public String markZoomable() {
        return "(function(){var a=document.querySelectorAll('.article-body img');"
                + "for(var i=0;i<a.length&&i<5000;i++){var e=a[i];"
                + "if(" + ZOOMABLE + "){e.classList.add('lt-zoomable');}else{e.classList.remove('lt-zoomable');}}})()";
    }

    /**
     * Opens the viewer on the picture under the point (view coordinates, unzoomed) when it is shown smaller than it
     * is and not inside a link, or on the picture it links to; evaluates to true when it opened. It opens fitted to
     * the pane when that shows it larger than the column did, else at its own size with the point clicked under the
     * pointer: a wide screenshot fitted to a narrow pane would be no larger, and a tall one smaller. A linked picture
     * other than the one shown opens fitted (its size is not known until it has loaded).
     */
    public String openAt(double x, double y) {
        return String.format(Locale.ROOT, "(function(x,y){if(" + VIEWER + "){return false;}"
                + "var e=document.elementFromPoint(x,y);"
                + "if(!e||e.tagName!=='IMG'||!e.closest('.article-body')||!" + ZOOMABLE + "){return false;}"
                + "var r=e.getBoundingClientRect();"
                + "var v=document.createElement('div');v.id='lt-viewer';"
                + "var full=e.getAttribute('data-lt-full');var other=!!full&&full!==e.getAttribute('src');"
                + "var i=document.createElement('img');i.src=full||e.currentSrc||e.src;i.alt=e.alt||'';v.appendChild(i);"
                + "var t=(e.getAttribute('title')||e.alt||'').substring(0,500);"
                + "if(t){var c=document.createElement('div');c.className='lt-viewer-caption';c.textContent=t;v.appendChild(c);}"
                + "document.body.appendChild(v);"
                + "var fit=Math.min((v.clientWidth-48)/e.naturalWidth,(v.clientHeight-96)/e.naturalHeight);"
                + "if(!other&&fit<1.2*r.width/e.naturalWidth){" + ACTUAL_KEEPING_POINT + "}"
                + "return true;})(%f,%f)", x, y);
    }

    /**
     * Shows the viewer's picture at its own size, scrolled so that the point (x, y) clicked at the fraction of the
     * picture (in {@code r}, its box before) stays under the pointer.
     */
    private static final String ACTUAL_KEEPING_POINT = "var fx=(x-r.left)/r.width,fy=(y-r.top)/r.height;"
            + "v.classList.add('lt-actual');r=i.getBoundingClientRect();"
            + "v.scrollLeft+=r.left+fx*r.width-x;v.scrollTop+=r.top+fy*r.height-y;";

    /**
     * A click while the viewer is open (view coordinates, unzoomed): on a picture larger than the pane, switches
     * between its own size (keeping the point under the pointer) and fitting it; anywhere else, closes the viewer.
     * Evaluates to {@code "none"} when no viewer is open, else {@code "sized"} or {@code "closed"}.
     */
    public String clickAt(double x, double y) {
        return String.format(Locale.ROOT, "(function(x,y){var v=" + VIEWER + ";if(!v){return 'none';}"
                + "var e=document.elementFromPoint(x,y);var i=v.querySelector('img');"
                + "if(e===i&&(i.naturalWidth>v.clientWidth||i.naturalHeight>v.clientHeight)){"
                + "if(v.classList.contains('lt-actual')){v.classList.remove('lt-actual');return 'sized';}"
                + "var r=i.getBoundingClientRect();" + ACTUAL_KEEPING_POINT + "return 'sized';}"
                + "v.parentNode.removeChild(v);return 'closed';})(%f,%f)", x, y);
    }

    /**
     * Scrolls the open viewer by so many of its lines (or its pages, or to its start or end) across and down, and
     * evaluates to true; false when no viewer is open (the keys are the page's then).
     */
    public String scrollBy(double across, double down, boolean pages) {
        return String.format(Locale.ROOT, "(function(a,d,p){var v=" + VIEWER + ";if(!v){return false;}"
                + "var sx=p?v.clientWidth-40:40,sy=p?v.clientHeight-40:40;v.scrollLeft+=a*sx;v.scrollTop+=d*sy;"
                + "return true;})(%f,%f,%b)", across, down, pages);
    }

    /** Closes the viewer; evaluates to true when one was open. */
    public String close() {
        return "(function(){var v=" + VIEWER + ";if(!v){return false;}v.parentNode.removeChild(v);return true;})()";
    }
}
