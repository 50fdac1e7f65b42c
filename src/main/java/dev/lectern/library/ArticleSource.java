package dev.lectern.library;

/**
 * The decoded text of an article file, cut in two.
 *
 * @param frontMatter the front matter lines without their fences, "" when there is none
 * @param body        the markdown after the front matter, with '\n' line endings
 * @param note        whether it is a vault's note, whose wiki links and comments its plain text reads as the page
 *                    shows them ({@link PlainText#body(String, boolean)})
 */
public record ArticleSource(String frontMatter, String body, boolean note) {

    public ArticleSource(String frontMatter, String body) {
        this(frontMatter, body, false);
    }
}
