package dev.lectern.render;

/** One heading of a rendered article, for the outline; {@code anchorId} is its id in the page. */
public record Heading(int level, String text, String anchorId) {
}
