package dev.lectern.render;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Sample articles for the render tests: the seeds in content/ and small made-up ones. */
final class TestArticles {

    static final Path CONTENT = Path.of("content").toAbsolutePath();

    private TestArticles() {
    }

    static Article article(String title, String... tags) {
        return new Article(new ArticleId("a.md"), title, null, null, List.of(), List.of(tags), List.of(), null,
                false, null, List.of(), 0, 0);
    }

    static Article article(String title, String subtitle, LocalDate date, List<String> authors, List<String> tags) {
        return new Article(new ArticleId("a.md"), title, subtitle, date, authors, tags, List.of(), null,
                false, null, List.of(), 0, 0);
    }

    static String seed(String fileName) {
        try {
            return Files.readString(CONTENT.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderOptions seedOptions(String fileName) {
        return RenderOptions.defaults(CONTENT, CONTENT.resolve(fileName));
    }

    /** The words of an element as the reader sees them: without the formulas' TeX written beside their drawings. */
    static String seen(org.jsoup.nodes.Element element) {
        org.jsoup.nodes.Element copy = element.clone();
        copy.select("." + MathNodes.SOURCE).remove();
        return copy.text();
    }

    static Document dom(String html) {
        return Jsoup.parse(html);
    }

    /** The article body of a made-up article rendered with the default options, in a library that holds nothing else. */
    static Element body(PageRenderer renderer, String markdown) {
        Path root = Path.of("/lib").toAbsolutePath();
        return dom(renderer.render(article("T"), markdown, RenderOptions.defaults(root, root.resolve("a.md"))))
                .selectFirst(".article-body");
    }
}
