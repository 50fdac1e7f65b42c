/* Lectern's own page code for diagrams, run through executeScript after mermaid (vendor/mermaid.min.js): each
   mermaid source block (div.code-block.diagram-source) gets its drawing in a div.diagram put before it, and is then
   hidden. A drawing's text is not the page's text (the highlight code skips div.diagram), so highlights and finds keep
   their places. mermaid runs with securityLevel 'strict' (labels sanitised, no click handlers) under the page's
   Content-Security-Policy (no script or remote request), and refuses sources over 20,000 characters or 200 edges
   (a drawing of 200 edges takes about a second here), and a page's diagrams past the first max (start's second
   argument) are not drawn. A source mermaid cannot read, or not drawn, stays shown as it is.
   The page's own timers do not run, so the application asks for one drawing at a time (drawNext), letting the window
   answer the reader between two. */
(function () {
  if (window.lecternDiagrams) { return; }
  var made = 0;
  var blocks = [];
  var next = 0;
  var pending = 0;
  var startedAt = 0;
  var last = 0;
  /* a run of the characters EmojiSpans marks in the page's text (the pattern is put in from it where this script is
     read): a label's emoji takes the emoji font too, or the diagram's font draws a box after each */
  var EMOJI = /EMOJI_RUN/gu;
  var SVG = 'http://www.w3.org/2000/svg';
  function markEmoji(figure) {
    var walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT, null, false), texts = [], node;
    while ((node = walker.nextNode())) { EMOJI.lastIndex = 0; if (EMOJI.test(node.data)) { texts.push(node); } }
    for (var i = 0; i < texts.length && i < 500; i++) {
      var text = texts[i], parent = text.parentNode, inSvg = parent.namespaceURI === SVG, at = 0, match;
      var pieces = document.createDocumentFragment();
      EMOJI.lastIndex = 0;
      while ((match = EMOJI.exec(text.data))) {
        pieces.appendChild(document.createTextNode(text.data.slice(at, match.index)));
        var mark = inSvg ? document.createElementNS(SVG, 'tspan') : document.createElement('span');
        mark.setAttribute('class', 'lt-emoji');
        mark.textContent = match[0];
        pieces.appendChild(mark);
        at = match.index + match[0].length;
      }
      pieces.appendChild(document.createTextNode(text.data.slice(at)));
      parent.replaceChild(pieces, text);
    }
  }
  window.lecternDiagrams = {
    /* how many drawings the last round made, -1 while it runs */
    done: -1,
    drawn: 0,
    /* Starts a round in a mermaid theme ('default', 'neutral' or 'dark') that draws at most max diagrams: removes
       earlier drawings and returns how many diagrams the page has. */
    start: function (theme, max) {
      var old = document.querySelectorAll('.article-body div.diagram');
      for (var k = 0; k < old.length; k++) { old[k].parentNode.removeChild(old[k]); }
      blocks = document.querySelectorAll('.article-body div.code-block.diagram-source');
      next = 0;
      last = Math.min(blocks.length, max);
      pending = 0;
      this.drawn = 0;
      this.done = -1;
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: theme, suppressErrorRendering: true,
        maxTextSize: 20000, maxEdges: 200 });
      return blocks.length;
    },
    /* Starts the next drawing of the round once the last one is made (mermaid finishes a drawing in promise
       callbacks, after this returns); true while there is more to do, false (and done set) when the round is over.
       A drawing that has not finished after 10 s is given up. */
    drawNext: function () {
      var api = this;
      if (pending > 0 && Date.now() - startedAt < 10000) { return true; }
      pending = 0;
      if (next >= last) { api.done = api.drawn; return false; }
      var block = blocks[next++];
      pending++;
      startedAt = Date.now();
      var code = block.querySelector('code');
      block.classList.remove('diagram-drawn');
      mermaid.render('lectern-diagram-' + (made++), code ? code.textContent : '').then(function (result) {
        var above = block.getBoundingClientRect().top < 0, before = block.offsetHeight;
        var figure = document.createElement('div');
        figure.className = 'diagram';
        figure.innerHTML = result.svg;
        /* a wide diagram shrinks to the column down to 70 % of its size, its labels still readable (about 11 px),
           then scrolls sideways */
        var svg = figure.querySelector('svg'), box = svg && svg.viewBox && svg.viewBox.baseVal;
        if (box && box.width > 0) { svg.style.minWidth = Math.round(box.width * 0.7) + 'px'; }
        markEmoji(figure);
        block.parentNode.insertBefore(figure, block);
        block.classList.add('diagram-drawn');
        /* a drawing above the reader's place does not move the text being read */
        if (above && !document.documentElement.classList.contains('vertical')) {
          window.scrollBy(0, figure.offsetHeight - before);
        }
        api.drawn++;
        pending = 0;
      }, function () { pending = 0; });
      return true;
    }
  };
})();
