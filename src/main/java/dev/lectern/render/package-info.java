/**
 * Renders an article into a self-contained HTML page for the reading pane; nothing here touches JavaFX.
 *
 * <p>How the view should show a page: disable the page's JavaScript ({@code engine.setJavaScriptEnabled(false)});
 * write {@link dev.lectern.render.RenderedPage#html()} to a file (for example in a cache folder) and
 * {@code engine.load(file.toUri().toString())}, because a page loaded with {@code loadContent} cannot show
 * {@code file:} images; run {@link dev.lectern.render.ReaderScripts} snippets with {@code executeScript} (the
 * page's Content-Security-Policy does not block them). Intercept link clicks by cancelling the load worker when it
 * goes SCHEDULED: tag chips ({@link dev.lectern.render.TagLinks#tagOf}) filter the library, http(s) and mailto
 * open in the system browser, and relative article links arrive resolved against the page file's folder.
 * {@code #anchor} links scroll in the page without a load; links with unknown schemes do nothing at all.
 */
package dev.lectern.render;
