package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On every real front matter of the shared corpora, the fast path declines or gives exactly SnakeYAML's fields. */
class SimpleYamlCorpusTest {

    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final SimpleYaml simple = new SimpleYaml();
    private final YamlFrontMatter yaml = new YamlFrontMatter();

    @ParameterizedTest
    @ValueSource(strings = {"A", "B"})
    void theFastPathAgreesWithSnakeYamlOnRealFrontMatter(String name) throws IOException {
        Path corpus = Corpora.locate(name);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f)).toList();
        }
        int yamlBlocks = 0;
        int fast = 0;
        for (Path file : files) {
            FrontMatterBlock block = splitter.split(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            if (block.kind() != FrontMatterBlock.Kind.YAML && block.kind() != FrontMatterBlock.Kind.HEXO) {
                continue;
            }
            yamlBlocks++;
            Map<String, Object> fields = simple.parse(block.text());
            if (fields != null) {
                fast++;
                assertThat(fields).as(file.toString()).containsExactlyEntriesOf(yaml.parseFully(block, new ArrayList<>()));
            }
        }
        System.out.printf("corpus %s: %d of %d YAML front matters on the fast path%n", name, fast, yamlBlocks);
        assertThat(yamlBlocks).isPositive();
    }
}
