/* Lectern's own page code for diagrams, run through executeScript after mermaid (vendor/mermaid.min.js): each
   mermaid source block (div.code-block.diagram-source) gets its drawing in a div.diagram put before it, and is then
   hidden. A drawing's text is not the page's text (the highlight code skips div.diagram), so highlights and finds keep
   their places. mermaid runs with securityLevel 'strict' (labels sanitised, no click handlers) under the page's
   Content-Security-Policy (no script or remote request). A source mermaid cannot read stays shown as it is. */
(function () {
  if (window.lecternDiagrams) { return; }
  var made = 0;
  window.lecternDiagrams = {
    /* how many drawings the last render made, -1 while it runs */
    done: -1,
    /* (Re)draws every diagram in a mermaid theme: 'default', 'neutral' or 'dark' */
    render: function (theme) {
      var api = this;
      api.done = -1;
      var old = document.querySelectorAll('.article-body div.diagram');
      for (var k = 0; k < old.length; k++) { old[k].parentNode.removeChild(old[k]); }
      var blocks = document.querySelectorAll('.article-body div.code-block.diagram-source');
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: theme, suppressErrorRendering: true });
      var i = 0, drawn = 0;
      function next() {
        if (i >= blocks.length) { api.done = drawn; return; }
        var block = blocks[i++];
        var code = block.querySelector('code');
        block.classList.remove('diagram-drawn');
        mermaid.render('lectern-diagram-' + (made++), code ? code.textContent : '').then(function (result) {
          var above = block.getBoundingClientRect().top < 0, before = block.offsetHeight;
          var figure = document.createElement('div');
          figure.className = 'diagram';
          figure.innerHTML = result.svg;
          block.parentNode.insertBefore(figure, block);
          block.classList.add('diagram-drawn');
          /* a drawing above the reader's place does not move the text being read */
          if (above && !document.documentElement.classList.contains('vertical')) {
            window.scrollBy(0, figure.offsetHeight - before);
          }
          drawn++;
          next();
        }, function () { next(); });
      }
      next();
    }
  };
})();
