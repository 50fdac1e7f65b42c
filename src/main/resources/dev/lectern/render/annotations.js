/* Lectern's own page code for highlights and bookmarks. It is run by the application through
   executeScript (the page's own JavaScript is disabled), and installs window.lectern.
   Offsets count UTF-16 units in the concatenated text nodes of .article-body, in the source text: a converted
   phrase (span.lt-conv) counts as its data-src, a generated reading (rt of ruby.lt-furi) and the words Lectern writes
   into the page in the interface's language (.lt-generated: a missing picture's "not found") count for nothing. */
(function () {
  /* an element with id or name "lectern" also shows as window.lectern: only our own object counts */
  if (window.lectern && window.lectern.isLecternApi === true) { return; }
  var body = document.querySelector('.article-body') || document.body;
  var ranges = {};
  /* CSS highlights, where the page can have them; not on a vertical page, where this WebKit paints them off the
     characters combined upright (a highlight of 月光如流水一般 covered 。月光如流水一), nor on a page with ruby, where
     it paints them on the readings and never on the base (吾輩は猫 lit わがはい and は, not 吾輩 or 猫; a find of 猫
     alone showed nothing): marks are painted right on both */
  var useHighlights = !!(window.CSS && CSS.highlights && window.Highlight)
    && !document.documentElement.classList.contains('vertical') && !body.querySelector('ruby');
  var flashMarks = [], findMarks = [], currentMarks = [];

  /* the page's text: every text node of the article but those of a diagram's drawing (div.diagram), which is not
     in the page as rendered, only drawn from its source afterwards */
  var notDrawings = { acceptNode: function (n) {
    return n.nodeType !== 1 ? NodeFilter.FILTER_ACCEPT
      : n.classList && n.classList.contains('diagram') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
  } };
  function textNodes() {
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, notDrawings, false);
    var nodes = [], node;
    while ((node = walker.nextNode())) { nodes.push(node); }
    return nodes;
  }
  /* Each text node with the source text it stands for: itself; for a converted phrase (span.lt-conv) the span's
     data-src, given to its first text node (last: the phrase's last text node, when its characters are in boxes of
     their own, as on a vertical page; the others are its tail); nothing for a generated reading (rt or rp of
     ruby.lt-furi). linear: source and shown have the same length and map char for char; else positions inside snap
     to the ends. */
  function pieces() {
    var nodes = textNodes(), out = [];
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i], src = n.nodeValue, reading = false, last = null, tail = false;
      for (var e = n.parentNode; e && e !== body; e = e.parentNode) {
        if ((e.nodeName === 'RT' || e.nodeName === 'RP') && e.parentNode && e.parentNode.classList
            && e.parentNode.classList.contains('lt-furi')) { src = ''; reading = true; break; }
        if (e.classList && e.classList.contains('lt-generated')) { src = ''; reading = true; break; }
        if (e.classList && e.classList.contains('lt-conv')) {
          var walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT, null, false), first = walker.nextNode();
          if (first === n) {
            src = e.getAttribute('data-src') || '';
            for (var t = walker.nextNode(); t; t = walker.nextNode()) { last = t; }
          } else {
            src = '';
            tail = true;
          }
          break;
        }
      }
      out.push({ node: n, src: src, len: src.length, reading: reading, last: last, tail: tail,
                 linear: src.length === n.nodeValue.length && !last });
    }
    return out;
  }
  /* Starts or ends a range at source offset k of a piece: the end of a phrase spread over boxes is after its last. */
  function setStart(range, p, k) {
    if (p.last && k >= p.len) { range.setStart(p.last, p.last.nodeValue.length); }
    else { range.setStart(p.node, toDom(p, k, false)); }
  }
  function setEnd(range, p, k) {
    if (p.last && k >= p.len) { range.setEnd(p.last, p.last.nodeValue.length); }
    else { range.setEnd(p.node, toDom(p, k, true)); }
  }
  function fullText() {
    var ps = pieces(), parts = [];
    for (var i = 0; i < ps.length; i++) { parts.push(ps[i].src); }
    return parts.join('');
  }
  /* A DOM offset in a piece's node as a source offset within the piece (an end rounds up, a start down). */
  function toSource(p, offset, isEnd) {
    if (p.linear) { return offset; }
    if (p.len === 0 || offset <= 0) { return 0; }
    if (offset >= p.node.nodeValue.length) { return p.len; }
    return isEnd ? p.len : 0;
  }
  /* A source offset within a piece as a DOM offset in its node. */
  function toDom(p, k, isEnd) {
    if (p.linear) { return k; }
    if (k <= 0) { return 0; }
    if (k >= p.len) { return p.node.nodeValue.length; }
    return isEnd ? p.node.nodeValue.length : 0;
  }
  /* The global source offset of a DOM boundary point (container, offset). */
  function globalOffset(container, offset, isEnd) {
    var ps = pieces(), total = 0;
    if (container.nodeType !== 3) {
      var marker = offset < container.childNodes.length ? container.childNodes[offset] : null;
      for (var j = 0; j < ps.length; j++) {
        var n = ps[j].node;
        var after = marker ? (marker === n || (marker.compareDocumentPosition(n) & 4) || marker.contains(n))
                           : !container.contains(n) && (container.compareDocumentPosition(n) & 4);
        if (after) { return total; }
        total += ps[j].len;
      }
      return total;
    }
    for (var i = 0, head = 0; i < ps.length; i++) {
      if (ps[i].last) { head = total; }
      if (ps[i].node === container) {
        /* inside the tail of a phrase spread over boxes: a start snaps to the phrase's start, an end to its end */
        return ps[i].tail && !isEnd ? head : total + toSource(ps[i], offset, isEnd);
      }
      total += ps[i].len;
    }
    return total;
  }
  function rangeFor(start, end) {
    var ps = pieces();
    withEnds(ps);
    return rangeIn(ps, start, end);
  }
  /* Gives each piece the source offset where it ends, so a piece is found by offset in log time. */
  function withEnds(ps) {
    for (var i = 0, total = 0; i < ps.length; i++) { total += ps[i].len; ps[i].end = total; }
  }
  /* The first piece from index from with text that ends at or after offset, or -1. */
  function pieceAt(ps, offset, from) {
    var lo = from, hi = ps.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (ps[mid].end >= offset) { hi = mid; } else { lo = mid + 1; } }
    while (lo < ps.length && ps[lo].len === 0) { lo++; }
    return lo < ps.length ? lo : -1;
  }
  function rangeIn(ps, start, end) {
    var i = pieceAt(ps, start, 0);
    if (i < 0) { return null; }
    var range = document.createRange();
    setStart(range, ps[i], start - (ps[i].end - ps[i].len));
    var j = pieceAt(ps, end, i);
    if (j >= 0) { setEnd(range, ps[j], end - (ps[j].end - ps[j].len)); }
    return range;
  }
  /* Ranges for sorted, non-overlapping [start, end] spans, in one walk over the text nodes. */
  function rangesFor(spans) {
    var ps = pieces(), out = [], k = 0, total = 0, range = null;
    for (var i = 0; i < ps.length && k < spans.length; i++) {
      var len = ps[i].len;
      if (len === 0) { continue; }
      while (k < spans.length) {
        if (!range) {
          if (spans[k][0] > total + len) { break; }
          range = document.createRange();
          setStart(range, ps[i], spans[k][0] - total);
        }
        if (spans[k][1] > total + len) { break; }
        setEnd(range, ps[i], spans[k][1] - total);
        out.push(range);
        range = null;
        k++;
      }
      total += len;
    }
    return out;
  }
  /* The text a range shows, without generated readings: what the reader sees and copies. */
  function shownText(range) {
    var ps = pieces(), out = [];
    for (var i = 0; i < ps.length; i++) {
      var n = ps[i].node;
      if (ps[i].reading || !range.intersectsNode(n)) { continue; }
      var s = n === range.startContainer ? range.startOffset : 0;
      var e = n === range.endContainer ? range.endOffset : n.nodeValue.length;
      out.push(n.nodeValue.substring(s, e));
    }
    return out.join('');
  }
  /* The article's text as shown (converted words as on screen, without generated readings), with the source offsets
     it stands for, so that a find typed as the reader sees it (乾燥 for a source 干燥, which no converter turns back)
     is marked by source offsets: runs of shownStart, sourceStart, sourceEnd, linear (1: char for char from
     sourceStart; 0: any place inside stands for the whole sourceStart..sourceEnd), comma-joined. Null when the page
     shows no converted words. */
  function shownRuns() {
    if (!body.querySelector('.lt-conv')) { return null; }
    var ps = pieces(), parts = [], runs = [], shown = 0, src = 0, group = null, last = -1;
    for (var i = 0; i < ps.length; i++) {
      var p = ps[i], len = p.node.nodeValue.length;
      if (p.reading) { continue; }
      if (!p.tail || !group) {
        /* a phrase spread over boxes (a vertical page) is one group: char for char when its length is kept */
        var groupLen = len;
        for (var j = i + 1; p.last && j < ps.length && ps[j].tail; j++) { groupLen += ps[j].node.nodeValue.length; }
        group = { start: src, end: src + p.len, at: shown, linear: groupLen === p.len };
        src += p.len;
      }
      var from = group.linear ? group.start + shown - group.at : group.start;
      if (group.linear && last >= 0 && runs[last + 3] === 1 && runs[last + 1] + shown - runs[last] === from) {
        runs[last + 2] = from + len;
      } else {
        last = runs.length;
        runs.push(shown, from, group.linear ? from + len : group.end, group.linear ? 1 : 0);
      }
      parts.push(p.node.nodeValue);
      shown += len;
    }
    return { text: parts.join(''), runs: runs.join(',') };
  }
  /* A heading's words in the source text, as the page's text counts them (pieces): a converted phrase as its data-src,
     without generated readings or words. Taken as shown, a highlight on a converted page stored its heading in the
     script shown (第一章 執行緒池) beside its quote in the source (线程池), and the heading no longer matched another script. */
  function headingText(h) {
    var copy = h.cloneNode(true), readings = copy.querySelectorAll('.lt-furi > rt, .lt-furi > rp, .lt-generated');
    for (var i = 0; i < readings.length; i++) {
      if (readings[i].parentNode) { readings[i].parentNode.removeChild(readings[i]); }
    }
    var phrases = copy.querySelectorAll('.lt-conv');
    for (var j = 0; j < phrases.length; j++) {
      if (phrases[j].parentNode) {
        phrases[j].parentNode.replaceChild(document.createTextNode(phrases[j].getAttribute('data-src') || ''), phrases[j]);
      }
    }
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }
  var found = [];
  function headingBefore(range) {
    var heads = body.querySelectorAll('h1,h2,h3,h4,h5,h6'), found = null;
    for (var i = 0; i < heads.length; i++) {
      var pos = range.compareBoundaryPoints(Range.START_TO_START, rangeAround(heads[i]));
      if (pos >= 0) { found = heads[i]; }
    }
    return found ? headingText(found) : null;
  }
  /* Opens the folded sections (details) a passage sits in, so that it can be seen and scrolled to. */
  function unfold(range) {
    for (var n = range.startContainer; n; n = n.parentNode) {
      if (n.nodeName === 'DETAILS' && !n.open) { n.open = true; }
    }
  }

  /* Brings a passage into view: first within any box that scrolls sideways around it (a code block's long line, a
     wide table), then along the page: down a horizontal page, leftwards along the columns of a vertical one
     (writing-mode: vertical-rl), a third of the window from where reading starts. */
  function reveal(range, onlyIfHidden) {
    var from = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentNode;
    for (var box = from; box && box !== body && box.nodeType === 1; box = box.parentNode) {
      if (box.scrollWidth > box.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(box).overflowX)) {
        var inner = range.getBoundingClientRect(), outer = box.getBoundingClientRect();
        if (inner.left < outer.left || inner.right > outer.right) {
          box.scrollLeft += inner.left - outer.left - box.clientWidth / 3;
        }
      }
    }
    var rect = range.getBoundingClientRect();
    if (document.documentElement.classList.contains('vertical')) {
      if (!onlyIfHidden || rect.left < 0 || rect.right > window.innerWidth) {
        window.scrollTo(window.scrollX + rect.right - window.innerWidth * 2 / 3, window.scrollY);
      }
    } else if (!onlyIfHidden || rect.top < 0 || rect.bottom > window.innerHeight) {
      window.scrollTo(0, window.scrollY + rect.top - window.innerHeight / 3);
    }
  }
  /* Sets (or, for null, deletes) the CSS highlight of this name. This WebKit repaints the text under a highlight that
     is set, not under one replaced or deleted: the match that was current stayed marked as current when Enter moved on,
     and a find's marks stayed on screen after it closed. */
  function setMarks(name, highlight) {
    var old = CSS.highlights.get(name);
    if (highlight) { CSS.highlights.set(name, highlight); } else { CSS.highlights['delete'](name); }
    if (old && old.size) { repaintArticle(); }
  }
  /* Has the article's box painted again, where marks were taken away. Setting the ranges once more under a name no style
     paints had only their text's own boxes painted again: at a larger text size (125%) a highlight deleted from the
     Highlights panel left a strip of its colour above its words. An invisible change of the article's background has
     all of it painted again (a new shade each time: changed twice in one call, it would be as before). */
  var repaints = 0;
  function repaintArticle() {
    repaints = (repaints + 1) % 256;
    body.style.backgroundColor = 'rgba(' + repaints + ', 0, 0, 0.004)';
  }
  function rangeAround(node) { var r = document.createRange(); r.selectNode(node); return r; }
  function paint(color) {
    if (!useHighlights) { return; }
    var h = new Highlight();
    for (var id in ranges) { if (ranges[id].color === color) { h.add(ranges[id].range); } }
    CSS.highlights.set('lectern-' + color, h);
  }
  /* The page's text nodes a range covers, walked from its start: marking each match of a find looked at every text
     node of the page, and a vertical page has one per character. */
  function textNodesIn(range) {
    var start = range.startContainer;
    if (start.nodeType !== 3 || !body.contains(start)) {
      return textNodes().filter(function (n) { return range.intersectsNode(n); });
    }
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, notDrawings, false);
    walker.currentNode = start;
    var nodes = [start], n;
    while ((n = walker.nextNode()) && range.comparePoint(n, 0) <= 0) { nodes.push(n); }
    return nodes;
  }
  function markWrap(id, range, color) {
    var nodes = textNodesIn(range), marks = [];
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i];
      var s = n === range.startContainer ? range.startOffset : 0;
      var e = n === range.endContainer ? range.endOffset : n.nodeValue.length;
      if (e <= s) { continue; }
      var target = n;
      if (s > 0) { target = target.splitText(s); e -= s; }
      if (e < target.nodeValue.length) { target.splitText(e); }
      var mark = document.createElement('mark');
      mark.className = 'lectern-mark lectern-' + color;
      mark.setAttribute('data-id', id);
      target.parentNode.insertBefore(mark, target);
      mark.appendChild(target);
      marks.push(mark);
    }
    return marks;
  }
  function unwrap(marks) {
    for (var i = 0; i < marks.length; i++) {
      var m = marks[i], parent = m.parentNode;
      if (!parent) { continue; }
      while (m.firstChild) { parent.insertBefore(m.firstChild, m); }
      parent.removeChild(m); parent.normalize();
    }
  }
  /* On a vertical page each character stands in a box of its own (span.vu), where the pointer gives the place
     before or after it by where it is across the box: a drag is fitted to the boxes it was pressed and released on,
     by where along the column the pointer was in each, as a browser places the caret by where across a letter it is
     (a press past a box's middle starts after it, a release before its middle ends before it). Taking those boxes
     whole saved one character more at each end than the reader aimed at (いじめじ shown, 暗いじめじめ saved). */
  function boxAt(x, y) {
    var e = document.elementFromPoint(x, y);
    for (var up = 0; e && up < 3; up++, e = e.parentNode) {
      if (e.classList && e.classList.contains('vu')) {
        var t = document.createTreeWalker(e, NodeFilter.SHOW_TEXT, null, false).nextNode();
        if (!t || !body.contains(t)) { return null; }
        var r = e.getBoundingClientRect();
        return { text: t, along: r.height > 0 ? (y - r.top) / r.height : 0.5 };
      }
    }
    return null;
  }
  /* A drag in Latin text that ends (or starts) inside a word takes the whole word, as Kindle and Apple Books do: the
     quote saved was "…关键词”bl". Chinese and Japanese have no spaces between words, and stay as dragged. */
  var LATIN_LETTER = /[A-Za-z0-9\u00C0-\u024F]/;
  function inWord(node, at) {
    return node.nodeType === 3 && at > 0 && at < node.nodeValue.length
      && LATIN_LETTER.test(node.nodeValue.charAt(at - 1)) && LATIN_LETTER.test(node.nodeValue.charAt(at));
  }
  function toWholeWords(sel) {
    var r = sel.getRangeAt(0).cloneRange(), moved = false;
    var s = r.startContainer, so = r.startOffset, e = r.endContainer, eo = r.endOffset;
    if (inWord(s, so)) {
      while (so > 0 && LATIN_LETTER.test(s.nodeValue.charAt(so - 1))) { so--; }
      r.setStart(s, so);
      moved = true;
    }
    if (inWord(e, eo)) {
      while (eo < e.nodeValue.length && LATIN_LETTER.test(e.nodeValue.charAt(eo))) { eo++; }
      r.setEnd(e, eo);
      moved = true;
    }
    if (moved) {
      sel.removeAllRanges();
      sel.addRange(r);
    }
    return moved;
  }
  function fitToBoxes(x1, y1, x2, y2) {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return false; }
    var pressed = boxAt(x1, y1), released = boxAt(x2, y2);
    if (!pressed && !released) { return toWholeWords(sel); }
    var r = sel.getRangeAt(0).cloneRange();
    var forward = pressed && released
      ? (pressed.text.compareDocumentPosition(released.text) & 4) !== 0
        || pressed.text === released.text && pressed.along <= released.along
      : sel.anchorNode === r.startContainer && sel.anchorOffset === r.startOffset;
    var first = forward ? pressed : released, last = forward ? released : pressed;
    if (first) { r.setStart(first.text, first.along > 0.5 ? first.text.nodeValue.length : 0); }
    if (last) { r.setEnd(last.text, last.along >= 0.5 ? last.text.nodeValue.length : 0); }
    sel.removeAllRanges();
    if (!r.collapsed) { sel.addRange(r); }
    return true;
  }
  /* Typeset formulas hold no text of their own: their TeX (span.lt-tex) is in the page's text but never seen, so a
     highlight, a find's match or a flash across a formula marks the drawing itself (data-lt-mark, coloured by the
     stylesheet). The page's formulas with their source offsets, found once; marked by a walk of the sorted spans. */
  var formulas = null, flashSpan = null, findSpans = [], currentSpan = null;
  function formulaSpans() {
    if (formulas) { return formulas; }
    formulas = [];
    if (!body.querySelector('.math > .lt-tex')) { return formulas; }
    var ps = pieces(), at = 0;
    for (var i = 0; i < ps.length; i++) {
      /* the TeX's text node, or a part of it inside a mark where marks are elements (a vertical or ruby page) */
      var tex = null;
      for (var e = ps[i].node.parentNode; e && e !== body; e = e.parentNode) {
        if (e.classList && e.classList.contains('lt-tex')) { tex = e; break; }
      }
      if (tex && ps[i].len > 0) {
        var last = formulas[formulas.length - 1];
        if (last && last.tex === tex) { last.end = at + ps[i].len; }
        else { formulas.push({ el: tex.parentNode, tex: tex, start: at, end: at + ps[i].len, mark: null }); }
      }
      at += ps[i].len;
    }
    return formulas;
  }
  /* The first formula that ends after offset (formulas are in the page's order), by halves. */
  function firstFormulaAfter(fs, offset) {
    var lo = 0, hi = fs.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (fs[mid].end > offset) { hi = mid; } else { lo = mid + 1; } }
    return lo;
  }
  function markFormulas(fs, marks, start, end, mark) {
    for (var k = firstFormulaAfter(fs, start); k < fs.length && fs[k].start < end; k++) { marks[k] = mark; }
  }
  function tintFormulas() {
    var fs = formulaSpans();
    if (!fs.length) { return; }
    var marks = new Array(fs.length);
    for (var id in ranges) { markFormulas(fs, marks, ranges[id].start, ranges[id].end, ranges[id].color); }
    for (var i = 0; i < findSpans.length; i++) { markFormulas(fs, marks, findSpans[i][0], findSpans[i][1], 'find'); }
    if (currentSpan) { markFormulas(fs, marks, currentSpan[0], currentSpan[1], 'find-current'); }
    if (flashSpan) { markFormulas(fs, marks, flashSpan[0], flashSpan[1], 'flash'); }
    for (var k = 0; k < fs.length; k++) {
      var mark = marks[k] || null;
      if (mark === fs[k].mark) { continue; }
      fs[k].mark = mark;
      if (mark) { fs[k].el.setAttribute('data-lt-mark', mark); } else { fs[k].el.removeAttribute('data-lt-mark'); }
    }
  }
  window.lectern = {
    isLecternApi: true,
    text: fullText,
    /* Where the text the renderer made up stands (a table of contents, div.toc, made from the headings), as
       "start,end" source spans joined by ';': a library search's words are looked for in the article's own words. */
    madeUp: function () {
      var ps = pieces(), at = 0, spans = [], open = -1;
      for (var i = 0; i < ps.length; i++) {
        var inToc = false;
        for (var e = ps[i].node.parentNode; e && e !== body; e = e.parentNode) {
          if (e.classList && e.classList.contains('toc')) { inToc = true; break; }
        }
        if (inToc && open < 0) { open = at; }
        if (!inToc && open >= 0) { spans.push(open + ',' + at); open = -1; }
        at += ps[i].len;
      }
      if (open >= 0) { spans.push(open + ',' + at); }
      return spans.join(';');
    },
    shown: shownRuns,
    /* The selection as JSON {start,end,quote,heading,top,left,bottom}, or null when there is none in the article. */
    selection: function () {
      var sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return null; }
      var r = sel.getRangeAt(0);
      if (!body.contains(r.commonAncestorContainer) && r.commonAncestorContainer !== body) { return null; }
      var start = globalOffset(r.startContainer, r.startOffset, false), end = globalOffset(r.endContainer, r.endOffset, true);
      if (end <= start) { return null; }
      var rect = r.getBoundingClientRect();
      return JSON.stringify({ start: start, end: end, heading: headingBefore(r), shown: shownText(r),
                              top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right });
    },
    /* Fits a drag pressed and released at these viewport points to the upright boxes under them (vertical pages). */
    fitToBoxes: fitToBoxes,
    clearSelection: function () { var s = window.getSelection(); if (s) { s.removeAllRanges(); } },
    /* Shows a highlight; returns false when the offsets do not fit the text. */
    show: function (id, color, start, end) {
      this.remove(id);
      var range = rangeFor(start, end);
      if (!range) { return false; }
      if (useHighlights) { ranges[id] = { range: range, color: color, start: start, end: end }; paint(color); }
      else { ranges[id] = { range: range, color: color, start: start, end: end, marks: markWrap(id, range, color) }; }
      tintFormulas();
      return true;
    },
    /* Shows these highlights ([id, colour, start, end] each) in place of all shown: one walk over the page and one
       paint per colour (one call per highlight walked the page and repainted every colour each time: 12,000
       highlights held the window for a minute). Returns how many were shown. */
    showAll: function (list) {
      this.clear();
      if (!useHighlights) {
        var n = 0;
        for (var k = 0; k < list.length; k++) { if (this.show(list[k][0], list[k][1], list[k][2], list[k][3])) { n++; } }
        return n;
      }
      var ps = pieces(), colors = {}, shown = 0;
      withEnds(ps);
      for (var i = 0; i < list.length; i++) {
        var h = list[i], range = rangeIn(ps, h[2], h[3]);
        if (!range) { continue; }
        ranges[h[0]] = { range: range, color: h[1], start: h[2], end: h[3] };
        colors[h[1]] = true;
        shown++;
      }
      for (var color in colors) { paint(color); }
      tintFormulas();
      return shown;
    },
    remove: function (id) {
      var old = ranges[id];
      if (!old) { return; }
      delete ranges[id];
      tintFormulas();
      if (useHighlights) { paint(old.color); repaintArticle(); return; }
      unwrap(old.marks);
    },
    /* The text a shown highlight covers, or null. */
    quoteOf: function (id) { var r = ranges[id]; return r ? shownText(r.range) : null; },
    clear: function () {
      if (!useHighlights) { for (var id in ranges) { this.remove(id); } return; }
      var colors = {}, any = false;
      for (var each in ranges) { colors[ranges[each].color] = true; any = true; }
      ranges = {};
      tintFormulas();
      for (var color in colors) { CSS.highlights['delete']('lectern-' + color); }
      /* this WebKit repaints the text under a highlight that is set, not under one deleted: a deleted highlight stayed
         painted (and clicking it did nothing) until something else was painted */
      if (any) { repaintArticle(); }
    },
    /* The id of the highlight under a point of the viewport, or null. */
    at: function (x, y) {
      var caret = document.caretRangeFromPoint ? document.caretRangeFromPoint(x, y) : null;
      if (!caret) { return null; }
      var offset = globalOffset(caret.startContainer, caret.startOffset, false);
      for (var id in ranges) {
        if (offset >= ranges[id].start && offset < ranges[id].end) { return id; }
      }
      return null;
    },
    /* Scrolls a passage into the middle of the view and marks it briefly (call unflash to end). */
    flash: function (start, end) {
      var range = rangeFor(start, end);
      if (!range) { return false; }
      unfold(range);
      reveal(range, false);
      if (useHighlights) { setMarks('lectern-flash', new Highlight(range)); }
      else { unwrap(flashMarks); flashMarks = markWrap('flash', range, 'flash'); }
      flashSpan = [start, end];
      tintFormulas();
      return true;
    },
    unflash: function () {
      if (useHighlights) { setMarks('lectern-flash', null); } else { unwrap(flashMarks); flashMarks = []; }
      flashSpan = null;
      tintFormulas();
    },
    usesHighlightApi: function () { return useHighlights; },
    /* Marks every match of a find or search (sorted [start, end] spans); returns how many were marked. */
    find: function (spans) {
      this.clearFind();
      found = rangesFor(spans);
      findSpans = spans;
      tintFormulas();
      if (useHighlights && found.length) {
        var h = new Highlight();
        for (var i = 0; i < found.length; i++) { h.add(found[i]); }
        h.priority = 1;
        setMarks('lectern-find', h);
      } else if (!useHighlights) {
        for (var j = 0; j < found.length; j++) { findMarks.push(markWrap('find', found[j], 'find')); }
      }
      return found.length;
    },
    /* The first marked match not above the view (not before it in a vertical page), where a find from here starts;
       0 when all are before it. A match in a closed section has no box and is passed over. */
    findFromView: function () {
      var vertical = document.documentElement.classList.contains('vertical');
      for (var i = 0; i < found.length; i++) {
        var r = found[i].getBoundingClientRect();
        if ((r.width > 0 || r.height > 0) && (vertical ? r.right <= window.innerWidth + 1 : r.bottom >= 0)) { return i; }
      }
      return 0;
    },
    /* Makes match i the current one, scrolling it into view when it is not. */
    findFocus: function (i) {
      var range = found[i];
      if (!range) { return false; }
      currentSpan = findSpans[i] || null;
      tintFormulas();
      unfold(range);
      if (useHighlights) {
        var h = new Highlight(range);
        h.priority = 2;
        setMarks('lectern-find-current', h);
      } else {
        for (var k = 0; k < currentMarks.length; k++) { currentMarks[k].classList.remove('lectern-find-current'); }
        currentMarks = findMarks[i] || [];
        for (var m = 0; m < currentMarks.length; m++) { currentMarks[m].classList.add('lectern-find-current'); }
      }
      reveal(range, true);
      return true;
    },
    /* Selects match i, as a browser leaves the found text selected when its find bar closes: the keys that act on a
       selection (H, 1-5, N, B, Q) then reach a passage from the keyboard alone. */
    selectFound: function (i) {
      var match = found[i];
      if (!match) { return false; }
      var start = globalOffset(match.startContainer, match.startOffset, false);
      var end = globalOffset(match.endContainer, match.endOffset, true);
      this.clearFind(); /* where the marks are elements (a vertical page), taking them out would empty the selection */
      var range = rangeFor(start, end);
      if (!range) { return false; }
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    },
    clearFind: function () {
      found = [];
      findSpans = [];
      currentSpan = null;
      tintFormulas();
      if (useHighlights) { setMarks('lectern-find-current', null); setMarks('lectern-find', null); }
      for (var i = 0; i < findMarks.length; i++) { unwrap(findMarks[i]); }
      findMarks = []; currentMarks = [];
    }
  };
})();
