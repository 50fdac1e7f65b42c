package dev.lectern.library;

/**
 * The front matter text cut from an article and the body that follows it.
 *
 * @param kind      which syntax the front matter uses
 * @param text      the front matter lines without their fences ("" for none; JSON keeps its braces)
 * @param firstLine 1-based line number in the file of the first front matter line
 * @param body      the markdown after the front matter
 */
record FrontMatterBlock(Kind kind, String text, int firstLine, String body) {

    /** Front matter syntaxes. */
    enum Kind { NONE, YAML, TOML, JSON, HEXO, PROPERTIES }

    static FrontMatterBlock none(String body) {
        return new FrontMatterBlock(Kind.NONE, "", 0, body);
    }
}
