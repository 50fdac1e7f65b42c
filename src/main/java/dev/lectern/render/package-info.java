/**
 * Renders an article into a self-contained HTML page for the reading pane; nothing here touches JavaFX.
 *
 * <p>How the view should show a page: disable the page's JavaScript ({@code engine.setJavaScriptEnabled(false)});
 * write {@link dev.lectern.render.RenderedPage#html()} to a file (for example in a cache folder) and
 * {@code engine.load(file.toUri().toString())}, because a page loaded with {@code loadContent} cannot show
 * {@code file:} images; run {@link dev.lectern.render.ReaderScripts} snippets with {@code executeScript} (the
 * page's Content-Security-Policy does not block them). Shield the page's links with
 * {@link dev.lectern.render.LinkShield#shield} before loading it, so that no click or Enter can make WebKit send a
 * request, and follow links from the view's own mouse and key handlers ({@link dev.lectern.render.LinkShield#original}):
 * tag chips ({@link dev.lectern.render.TagLinks#tagOf}) filter the library, http(s) and mailto open in the system
 * browser, and relative article links are resolved against the article's folder.
 * {@code #anchor} links scroll in the page without a load; links with unknown schemes do nothing at all.
 */
package dev.lectern.render;
