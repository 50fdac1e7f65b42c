package dev.lectern.library;

/**
 * The decoded text of an article file, cut in two.
 *
 * @param frontMatter the front matter lines without their fences, "" when there is none
 * @param body        the markdown after the front matter, with '\n' line endings
 */
public record ArticleSource(String frontMatter, String body) {
}
