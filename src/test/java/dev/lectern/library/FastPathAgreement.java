package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Generated front matters through the fast path and SnakeYAML: wherever the fast path answers, SnakeYAML's fields. */
final class FastPathAgreement {

    private FastPathAgreement() {
    }

    /** Checks that many front matters from the generator; returns how many the fast path answered. */
    static int check(Supplier<String> frontMatters, int cases) {
        SimpleYaml simple = new SimpleYaml();
        YamlFrontMatter yaml = new YamlFrontMatter();
        int answered = 0;
        for (int n = 0; n < cases; n++) {
            String text = frontMatters.get();
            Map<String, Object> fast = simple.parse(text);
            if (fast != null) {
                answered++;
                List<Problem> warnings = new ArrayList<>();
                Map<String, Object> full = yaml.parseFully(new FrontMatterBlock(FrontMatterBlock.Kind.YAML, text, 2, ""), warnings);
                assertThat(warnings).as(text).isEmpty();
                assertThat(fast).as(text).containsExactlyEntriesOf(full);
            }
        }
        return answered;
    }
}
