package dev.lectern.render;

import static dev.lectern.render.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the files of the shared real corpora: nothing throws, no site-generator tag is left in the text outside
 * code, and every fenced block in a language Lectern knows is coloured. Corpus A is rendered whole; of corpus B
 * (10,000 files, most of a build's time here) a fixed sample: every tenth file in path order plus the twenty largest,
 * so each of its languages and kinds of page and its heaviest articles are still rendered on every build;
 * {@code -Dlectern.corpus.full=true} renders all of it. Skips, saying so, when a corpus is absent.
 */
class CorpusRenderTest {

    private static final int MAX_REPORTED = 15;
    /** Of a corpus this large or larger, a sample is rendered (unless lectern.corpus.full is set). */
    private static final int SAMPLED_ABOVE = 1000;
    private static final int EVERY = 10;
    private static final int LARGEST = 20;

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
        int all = files.size();
        if (all >= SAMPLED_ABOVE && !Boolean.getBoolean("lectern.corpus.full")) {
            files = sample(files);
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
        System.out.printf("CorpusRenderTest: corpus %s, %d of %d files, %d coloured blocks, %.1f s, %d problems%n",
                name, files.size(), all, blocks, (System.nanoTime() - start) / 1e9, problems.size());
        if (!problems.isEmpty()) {
            Files.write(Path.of("target", "corpus-" + name + "-problems.txt"), problems, StandardCharsets.UTF_8);
        }
        assertThat(files).isNotEmpty();
        assertThat(problems).as("first problems: %s", problems.subList(0, Math.min(MAX_REPORTED, problems.size())))
                .isEmpty();
    }

    /** Every tenth file in path order, plus the largest files (where size limits and slow paths are met), in path order. */
    private static List<Path> sample(List<Path> files) throws IOException {
        Set<Path> chosen = new TreeSet<>();
        for (int i = 0; i < files.size(); i += EVERY) {
            chosen.add(files.get(i));
        }
        Map<Path, Long> sizes = new HashMap<>();
        for (Path file : files) {
            sizes.put(file, Files.size(file));
        }
        files.stream().sorted(Comparator.comparing((Path f) -> sizes.get(f)).reversed().thenComparing(f -> f))
                .limit(LARGEST).forEach(chosen::add);
        return new ArrayList<>(chosen);
    }
}
