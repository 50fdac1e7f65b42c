package dev.lectern.render;

/**
 * JavaScript snippets for the UI to run through {@code WebEngine.executeScript} on a rendered page; they work
 * with the page's JavaScript disabled, and change the page without reloading it.
 */
public final class ReaderScripts {

    /** Replaces the theme class on {@code <html>}, keeping its other classes. */
    public String setTheme(Theme theme) {
        StringBuilder removes = new StringBuilder();
        for (Theme each : Theme.values()) {
            removes.append("c.remove(").append(literal(each.cssClass())).append(");");
        }
        return "(function(){var c=document.documentElement.classList;" + removes
                + "c.add(" + literal(theme.cssClass()) + ");})()";
    }

    /** Sets the text size, in percent of the default (clamped to 50..300). */
    /**
     * The index, among the article's headings in page order (as {@code RenderedPage.outline()} lists them), of the one
     * whose section is being read: the last that has reached the top tenth of the view (40 pixels at least; the right
     * tenth, in vertical writing), where a jump to a heading puts it; at the page's end, the last one on screen (the
     * last sections may be too short to reach the top), unless the page fits the view; -1 above the first. The
     * headings are found once a page, and the answer is kept until the page scrolls or its size, classes or text size
     * change: asked four times a second, a page at rest costs nothing. Headings not shown (in a closed section) are passed over; at most 5,000
     * are looked at.
     */
    public String currentHeading() {
        return "(function(){var d=document.documentElement,e=document.scrollingElement||d,w=window.innerWidth,"
                + "t=window.innerHeight;var k=e.scrollLeft+','+e.scrollTop+','+w+','+t+','+d.className+','+d.style.cssText;"
                + "if(window.__ltCurrent&&window.__ltCurrent.k===k){return window.__ltCurrent.v;}"
                + "if(!window.__ltHeadings){window.__ltHeadings=document.querySelectorAll('.article-body h1,.article-body h2,"
                + ".article-body h3,.article-body h4,.article-body h5,.article-body h6');}"
                + "var h=window.__ltHeadings,v=d.classList.contains('vertical');"
                + "var found=-1;for(var i=0;i<h.length&&i<5000;i++){var r=h[i].getBoundingClientRect();"
                + "if(r.width===0&&r.height===0){continue;}"
                + "if(v?r.right>=w-Math.max(40,w*0.1):r.top<=Math.max(40,t*0.1)){found=i;}else{break;}}"
                + "var end=v?Math.abs(e.scrollLeft)>0&&Math.abs(e.scrollLeft)+e.clientWidth>=e.scrollWidth-2"
                + ":e.scrollTop>0&&e.scrollTop+e.clientHeight>=e.scrollHeight-2;"
                + "for(var j=found+1;end&&j<h.length&&j<5000;j++){var q=h[j].getBoundingClientRect();"
                + "if((q.width>0||q.height>0)&&(v?q.right>0:q.top<t)){found=j;}}"
                + "window.__ltCurrent={k:k,v:found};return found;})()";
    }

    /**
     * Puts a class of reader.css on the page or takes it off, as the renderer's template would have written it:
     * {@code serif} (the serif typeface), {@code wide} (the wide column).
     */
    public String setPageClass(String name, boolean on) {
        return "document.documentElement.classList." + (on ? "add" : "remove") + "(" + literal(name) + ")";
    }

    public String setTextSize(int percent) {
        double scale = Math.max(50, Math.min(300, percent)) / 100.0;
        return "document.documentElement.style.setProperty('--text-scale','" + scale + "')";
    }

    /**
     * Scrolls the element with this id (or else name, as old pages' {@code <a name>}) to the top, a little below the edge (an empty anchor's parent: the heading it
     * marks); evaluates to false when there is none.
     */
    public String scrollToAnchor(String id) {
        return "(function(){var e=document.getElementById(" + literal(id) + ")||document.getElementsByName(" + literal(id)
                + ")[0]||" + HEADING_BY_WORDS + "(" + literal(headingWords(id)) + ");"
                + "if(!e){return false;}if(!e.hasChildNodes()&&e.parentElement){e=e.parentElement;}"
                + "e.scrollIntoView(true);if(!document.documentElement.classList.contains('vertical')){window.scrollBy(0,-16);}"
                + "return true;})()";
    }

    /**
     * The words of a heading as a wiki link names it ({@code [[Note#Why: the short answer]]}): lower case, every run of
     * what is neither letter nor digit one space, as {@link #HEADING_BY_WORDS} compares them in the page.
     */
    public static String headingWords(String text) {
        String cut = text.length() > 500 ? text.substring(0, 500) : text;
        return NOT_WORD.matcher(cut.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A function finding the first heading whose words ({@link #headingWords}, its anchor mark left out) are given ones. */
    private static final String HEADING_BY_WORDS = "(function(w){if(!w){return null;}"
            + "var hs=document.querySelectorAll('h1,h2,h3,h4,h5,h6');for(var i=0;i<hs.length;i++){var c=hs[i].cloneNode(true);"
            + "var a=c.querySelectorAll('.heading-anchor');for(var j=0;j<a.length;j++){a[j].parentNode.removeChild(a[j]);}"
            + "if(c.textContent.toLowerCase().replace(/[^\\p{L}\\p{N}]+/gu,' ').trim()===w){return hs[i];}}return null;})";

    /** The start of a script that knows whether the page is set vertically (then it scrolls sideways, leftwards). */
    private static final String VERTICAL = "var d=document.documentElement;var v=d.classList.contains('vertical');";

    /** True while the image viewer is open over the page ({@link ImageViewerScripts}): keys and wheel are its own. */
    private static final String VIEWER_OPEN = "document.getElementById('lt-viewer')";

    /**
     * Evaluates to how far the page is scrolled, from 0.0 (start) to 1.0 (end), as a Number: down a horizontal page,
     * leftwards along the columns of a vertical one (whose scrollX runs from 0 at the right edge to negative values).
     */
    public String scrollFraction() {
        return "(function(){" + VERTICAL + "var max=v?d.scrollWidth-window.innerWidth:d.scrollHeight-window.innerHeight;"
                + "return max>0?(v?-window.scrollX:window.scrollY)/max:0.0;})()";
    }

    /**
     * Evaluates to how much of the page has been reached on screen: the far edge of the window (bottom, or left when
     * vertical) as a fraction of the page, above 0 to 1.0, as a Number; or -1 when the whole page fits in the window
     * (all of it on screen, and no "37% · 13 min left" to tell).
     */
    public String readingPosition() {
        return "(function(){" + VERTICAL + "var h=v?d.scrollWidth:d.scrollHeight,w=v?window.innerWidth:window.innerHeight;"
                + "if(h<=w+2){return -1;}"
                + "return Math.min(1.0,((v?-window.scrollX:window.scrollY)+w)/h);})()";
    }

    /**
     * Evaluates to true when the page's end is on screen: it fits in the window, or it is scrolled down (along the
     * columns of a vertical page) to within 2 pixels of its end; false while the picture viewer is open over it.
     */
    public String atEnd() {
        return "(function(){if(" + VIEWER_OPEN + "){return false;}" + VERTICAL
                + "var h=v?d.scrollWidth:d.scrollHeight,w=v?window.innerWidth:window.innerHeight;"
                + "return (v?-window.scrollX:window.scrollY)+w>=h-2;})()";
    }

    /** Evaluates to true when the article's body shows anything: words, a picture, a formula, a diagram, a video. */
    public String hasContent() {
        return "(function(){var b=document.querySelector('.article-body');return !!b&&(b.textContent.trim().length>0"
                + "||!!b.querySelector('img,svg,video,iframe,math'));})()";
    }

    /** Evaluates to the article's reading time in minutes as its header gives it, or -1 when the page has none. */
    public String readingMinutes() {
        return "(function(){var e=document.querySelector('.article-header .reading-time[data-minutes]');"
                + "var m=e?parseInt(e.getAttribute('data-minutes'),10):-1;return isFinite(m)?m:-1;})()";
    }

    /**
     * Evaluates to how far the page is scrolled in CSS pixels, as a Number: down a horizontal page, leftwards along a
     * vertical one. A window made taller shows more of the page without scrolling it.
     */
    public String scrollOffset() {
        return "(function(){" + VERTICAL + "return v?-window.scrollX:window.scrollY;})()";
    }

    /**
     * Notes the first line on screen (the top one; the right-hand column of a vertical page): the character there, or
     * the element when it is a picture or a blank, and how far it stands from the window's edge; kept in the page for
     * {@link #restoreTopLine}. At most 24 points are tried.
     */
    public String keepTopLine() {
        return "(function(){" + CHAR_AT + "var d=document.documentElement,v=d.classList.contains('vertical'),"
                + "w=window.innerWidth,h=window.innerHeight;if(!(w>0&&h>0)){return false;}"
                + "var b=document.querySelector('.article-body')||document.body,"
                + "r=b.getBoundingClientRect();var xs=v?null:[r.left+2,r.left+r.width*0.25,r.left+r.width*0.5];"
                + "for(var i=0;i<8;i++){var along=v?w-2-i*6:2+i*6;var ps=v?[[along,r.top+2],[along,h*0.25],[along,h*0.5]]"
                + ":[[xs[0],along],[xs[1],along],[xs[2],along]];for(var j=0;j<3;j++){var x=ps[j][0],y=ps[j][1];"
                + "if(x<0||x>=w||y<0||y>=h){continue;}var a=charAt(x,y);if(a){var e=a.r.getBoundingClientRect();"
                + "if(e.width>0||e.height>0){window.__ltTop={n:a.n,o:a.o,at:v?e.right-w:e.top};return true;}}}}"
                + "var el=document.elementFromPoint(v?w-2:r.left+r.width*0.5,v?h*0.5:2);if(el){var f=el.getBoundingClientRect();"
                + "window.__ltTop={n:el,o:-1,at:v?f.right-w:f.top};return true;}window.__ltTop=null;return false;})()";
    }

    /**
     * Scrolls the page so that the line {@link #keepTopLine} noted stands where it stood, after the page was laid out
     * anew (a text size, a typeface, a wider or narrower window); evaluates to false when none was noted.
     */
    public String restoreTopLine() {
        return "(function(){var t=window.__ltTop;if(!t||!t.n||!t.n.isConnected){return false;}var d=document.documentElement,"
                + "v=d.classList.contains('vertical'),w=window.innerWidth,h=window.innerHeight;var e;if(t.o>=0){"
                + "var q=document.createRange();q.setStart(t.n,t.o);q.setEnd(t.n,Math.min(t.o+1,t.n.nodeValue.length));"
                + "e=q.getBoundingClientRect();}else{e=t.n.getBoundingClientRect();}"
                + "if(v){window.scrollBy(e.right-w-t.at,0);}else{window.scrollBy(0,e.top-t.at);}return true;})()";
    }

    /**
     * A script function, {@code charAt(x,y)}, shared by the scripts that look for the character at a point of the
     * window (the line to keep at the top, the line or column a page ends at): {@code {n: text node, o: offset, r: a
     * range over that one character}}, or null where no character stands.
     */
    private static final String CHAR_AT = "function charAt(x,y){var c=document.caretRangeFromPoint(x,y),"
            + "n=c&&c.startContainer;if(!n||n.nodeType!==3||n.nodeValue.length===0){return null;}"
            + "var o=Math.min(c.startOffset,n.nodeValue.length-1);c.setStart(n,o);c.setEnd(n,o+1);"
            + "return {n:n,o:o,r:c};}";

    /** Scrolls to a fraction from {@link #scrollFraction()}, after the page was loaded again. */
    public String restoreScroll(double fraction) {
        double clamped = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        return "(function(){" + VERTICAL + "if(v){window.scrollTo(-(d.scrollWidth-window.innerWidth)*" + clamped
                + ",0);}else{window.scrollTo(0,(d.scrollHeight-window.innerHeight)*" + clamped + ");}})()";
    }

    /**
     * On a vertical page, moves along the columns and evaluates to true: {@code pages} screens forward (leftwards;
     * negative: back), or to the start ({@code Integer.MIN_VALUE}) or the end ({@code Integer.MAX_VALUE}). Evaluates to
     * false on a horizontal page, which WebKit pages itself.
     */
    public String pageAlong(int pages) {
        String move = pages == Integer.MIN_VALUE ? "window.scrollTo(0,0);"
                : pages == Integer.MAX_VALUE ? "window.scrollTo(-d.scrollWidth,0);"
                : pages == 1 || pages == -1 ? String.format(java.util.Locale.ROOT, PAGE_BY_COLUMNS, pages)
                : "window.scrollBy(" + (-pages) + "*Math.max(40,window.innerWidth-60),0);";
        return "(function(){" + VERTICAL + "if(!v||" + VIEWER_OPEN + "){return false;}" + move + "return true;})()";
    }

    /**
     * A page along the columns (%d: 1 onwards, -1 back) that ends at a column's edge: the column the window's far edge
     * cuts comes in whole at the near one, a column it does not cut is left behind whole. A window's width less 60
     * pixels, as before, where no character stands near that edge (a picture, a blank, a table).
     */
    private static final String PAGE_BY_COLUMNS = "var p=%d,w=window.innerWidth,s=Math.max(40,w-60);"
            + CHAR_AT + "function at(x){var ys=[0.5,0.35,0.65,0.2,0.8];for(var i=0;i<ys.length;i++){"
            + "var a=charAt(x,window.innerHeight*ys[i]);if(a){var b=a.r.getBoundingClientRect();"
            + "if(b.width>=4&&b.left<=x+40&&b.right>=x-40){return b;}}}return null;}"
            + "var b=at(p>0?2:w-2),c=b?(p>0?(b.left<0?w-6-b.right:w-b.left):(b.right>w?b.left-6:b.right)):0;"
            + "if(c>w/3&&c<=w){s=c;}window.scrollBy(-p*s,0);";

    /**
     * On a horizontal page, pages down ({@code pages} 1) or up (-1) as WebKit does (seven eighths of the window, at most
     * 40 pixels less), but to a line's edge, and evaluates to true: the line the new top would cut comes in whole,
     * going down; going up, the line the new bottom would cut stays out, and the line the new top cuts comes in whole. Evaluates to false on a vertical page
     * ({@link #pageAlong}) or while the image viewer is open.
     */
    public String pageByLines(int pages) {
        return "(function(){" + VERTICAL + "if(v||" + VIEWER_OPEN + "){return false;}"
                + String.format(java.util.Locale.ROOT, PAGE_BY_LINES, pages == 1 ? 1 : -1) + "return true;})()";
    }

    /** A page down (%d: 1) or up (-1) that ends at a line's edge; WebKit's own step where no line stands there. */
    private static final String PAGE_BY_LINES = "var p=%d,h=window.innerHeight,s=Math.max(h*0.875,h-40);"
            + "var a=document.querySelector('.article-body'),r=a?a.getBoundingClientRect():null;"
            + "var xs=r?[r.left+2,r.left+r.width*0.25,r.left+r.width*0.5,r.left+r.width*0.75]:[window.innerWidth/2];"
            + CHAR_AT + "function at(y){for(var i=0;i<xs.length;i++){var a=charAt(xs[i],y);"
            + "if(a){var rs=a.r.getClientRects();"
            + "for(var j=0;j<rs.length;j++){var b=rs[j];if(b.height>=4&&b.top<=y&&b.bottom>=y){return b;}}}}return null;}"
            + "var y=p>0?s:h-s,b=y>0&&y<h?at(y):null;"
            + "if(b){var c=p>0?b.top-4:h-b.bottom-4;if(c>h/3&&c<s){s=c;}}window.scrollBy(0,p*s);"
            // going up, the new top was above the view, out of reach before the move: the line it cuts comes in whole
            + "if(p<0){var t=at(2);if(t&&t.top<0&&t.top>-h/3){window.scrollBy(0,t.top-4);}}";

    /** On a vertical page, turns a vertical wheel movement into a sideways one and evaluates to true; else false. */
    public String wheelAlong(double deltaY) {
        double delta = Double.isFinite(deltaY) ? deltaY : 0;
        return "(function(){" + VERTICAL + "if(!v||" + VIEWER_OPEN + "){return false;}window.scrollBy(" + delta
                + ",0);return true;})()";
    }

    /**
     * Evaluates to the text of the code block under the point (page coordinates of the view, unzoomed), exactly as
     * written, or null when there is none; {@code buttonOnly} limits it to the block's copy button.
     */
    public String codeAt(double x, double y, boolean buttonOnly) {
        return String.format(java.util.Locale.ROOT, "(function(x,y){var e=document.elementFromPoint(x,y);"
                + "if(%b&&!(e&&e.classList&&e.classList.contains('copy-code'))){return null;}"
                + "while(e&&!(e.classList&&e.classList.contains('code-block'))){e=e.parentElement;}"
                + "var p=e?e.querySelector('pre'):null;return p?p.textContent:null;})(%f,%f)", buttonOnly, x, y);
    }

    /**
     * Moves the page's keyboard focus to its next link ({@code forward}) or previous one, in the page's order, and
     * evaluates to true; from no focused link, to the first one from the top of the view on (or the last one up to its
     * bottom), as a browser starts from where the reader is, not from the article's top. Past the last (or first) link, or on a page
     * without links, it takes the focus off the link and evaluates to false: Tab leaves the page. Links that are not
     * shown (a closed section, a printed-only part) and headings' "#" anchors (each a link to itself) are passed over.
     */
    public String focusLink(boolean forward) {
        return "(function(f){if(" + VIEWER_OPEN + "){return false;}var all=document.querySelectorAll('a[href]'),l=[];"
                + "for(var i=0;i<all.length&&i<20000;i++){var a=all[i];if(a.classList.contains('heading-anchor')){continue;}"
                + "if(a.getClientRects().length===0||getComputedStyle(a).visibility==='hidden'){continue;}l.push(a);}"
                + "var e=document.activeElement;while(e&&e.tagName!=='A'){e=e.parentElement;}"
                + "var at=e?l.indexOf(e):-1,to=at+(f?1:-1);"
                + "if(at<0){var v=document.documentElement.classList.contains('vertical'),w=window.innerWidth,"
                + "h=window.innerHeight;to=f?l.length:-1;for(var j=0;j<l.length;j++){var r=l[j].getBoundingClientRect();"
                + "if(f&&(v?r.left<w:r.bottom>0)){to=j;break;}if(!f&&(v?r.right>0:r.top<h)){to=j;}}}"
                + "if(to<0||to>=l.length){if(e){e.blur();}return false;}"
                + "l[to].focus();return document.activeElement===l[to];})(" + forward + ")";
    }

    /** A JavaScript string literal holding {@code text}, safe inside any script. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '\'' || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&'
                    || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
