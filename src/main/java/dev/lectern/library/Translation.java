package dev.lectern.library;

import dev.lectern.model.ArticleId;

/**
 * Another language's version of an article: the same page of a translated site in another language folder
 * ({@code site/ja/blog/x/} for {@code site/en/blog/x/}), or another language in the file name ({@code post.zh.md}).
 *
 * @param article  that version
 * @param language its language, named in itself ("日本語")
 */
public record Translation(ArticleId article, String language) {
}
