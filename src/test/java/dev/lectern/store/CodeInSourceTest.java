package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The code blocks an export reads from an article's file: fences and Jekyll's highlight tags, on any input. */
class CodeInSourceTest {

    @Test
    void findsFencedAndJekyllBlocksWithTheirLanguages() {
        assertThat(CodeInSource.of("text\n```java\nint a;\n```\n{% highlight ruby %}\nputs 1\n{% endhighlight %}\n"))
                .extracting(CodeInSource.Code::text).containsExactly("int a;\n", "puts 1\n");
    }

    @Test
    void aHugeLineOpeningAHighlightTagWithoutItsEndIsReadAsText() {
        // 200,000 letters after "{% highlight ": every split of the name and the rest was tried, a quadratic match
        String hostile = "{% highlight " + "a".repeat(200_000) + "\n" + "`".repeat(100_000) + "x\n";

        assertThat(CodeInSource.of(hostile)).hasSize(1).as("the run of backticks opens a block to the end");
    }
}
