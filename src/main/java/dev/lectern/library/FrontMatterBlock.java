package dev.lectern.library;

/**
 * The front matter text cut from an article and the body that follows it.
 *
 * @param kind      which syntax the front matter uses
 * @param text      the front matter lines without their fences ("" for none; JSON keeps its braces)
 * @param firstLine 1-based line number in the file of the first front matter line
 * @param body      the markdown after the front matter
 * @param unclosed  the fence that opened front matter that never closes (a file half written: all is body), else null
 * @param linesRead when the front matter went on past the lines read ({@code text} holds those), how many; else 0
 */
record FrontMatterBlock(Kind kind, String text, int firstLine, String body, String unclosed, int linesRead) {

    FrontMatterBlock(Kind kind, String text, int firstLine, String body) {
        this(kind, text, firstLine, body, null, 0);
    }

    FrontMatterBlock(Kind kind, String text, int firstLine, String body, String unclosed) {
        this(kind, text, firstLine, body, unclosed, 0);
    }

    /**
     * Front matter that goes on past the lines read (200,000 keys): its first lines are read for the title and the rest,
     * and the whole text stays the body, with a warning.
     */
    static FrontMatterBlock tooLong(Kind kind, String firstLines, String body, int linesRead) {
        return new FrontMatterBlock(kind, firstLines, 2, body, null, linesRead);
    }

    /** Front matter syntaxes. */
    enum Kind { NONE, YAML, TOML, JSON, HEXO, PROPERTIES }

    static FrontMatterBlock none(String body) {
        return new FrontMatterBlock(Kind.NONE, "", 0, body);
    }

    /** No front matter, though a fence opened one that never closes: the text stays the body, with a warning. */
    static FrontMatterBlock unclosed(String body, String fence) {
        return new FrontMatterBlock(Kind.NONE, "", 0, body, fence);
    }
}
