package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders every file of the shared real corpora: nothing throws, no site-generator tag is left in the text outside
 * code, and every fenced block in a language Lectern knows is coloured. Skips, saying so, when a corpus is absent.
 */
class CorpusRenderTest {

    private static final int MAX_REPORTED = 15;

    private final PageRenderer renderer = new PageRenderer();

    @ParameterizedTest
    @ValueSource(strings = {"A", "B"})
    void everyFileRendersWithoutLeftoverTagsAndWithColouredCode(String name) throws IOException {
        Path corpus = Path.of(System.getProperty("lectern.shared", "../shared"), "corpora", name).toAbsolutePath();
        if (!Files.isDirectory(corpus)) {
            System.out.println("CorpusRenderTest: corpus " + name + " not found at " + corpus + ", skipped");
            Assumptions.abort("corpus " + name + " absent");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        long start = System.nanoTime();
        for (Path file : files) {
            String markdown = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            String html;
            try {
                html = renderer.render(article("T"), markdown, RenderOptions.defaults(corpus, file));
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(corpus.relativize(file) + ": " + e);
                continue;
            }
            Document page = Jsoup.parse(html);
            Element body = page.selectFirst(".article-body");
            for (Element code : body.select("pre > code")) {
                String language = CodeBlocks.languageOf(code);
                if (CodeLanguages.styleOf(language) != null) {
                    blocks++;
                    if (!code.hasClass("highlighted") && code.wholeText().length() <= CodeHighlighter.MAX_CHARS) {
                        problems.add(corpus.relativize(file) + ": ```" + language + " block not coloured");
                    }
                }
            }
            body.select("pre, code, .math-error").remove();
            String text = body.text();
            for (String leftover : List.of("{:toc}", "{{<", "{% ", "[!NOTE]")) {
                int at = text.indexOf(leftover);
                if (at >= 0) {
                    problems.add(corpus.relativize(file) + ": \"" + leftover + "\" left in \""
                            + text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 50)) + "\"");
                }
            }
        }
        System.out.printf("CorpusRenderTest: corpus %s, %d files, %d coloured blocks, %.1f s, %d problems%n",
                name, files.size(), blocks, (System.nanoTime() - start) / 1e9, problems.size());
        if (!problems.isEmpty()) {
            Files.write(Path.of("target", "corpus-" + name + "-problems.txt"), problems, StandardCharsets.UTF_8);
        }
        assertThat(files).isNotEmpty();
        assertThat(problems).as("first problems: %s", problems.subList(0, Math.min(MAX_REPORTED, problems.size())))
                .isEmpty();
    }
}
