package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tags typed under a highlight's note, as the README words them: commas separate, a tag may have words. */
class HighlightTagsTest {

    @Test
    void commasSeparateTagsAndATagOfSeveralWordsIsOneTag() {
        // "to read, #todo, a  b" became to, read, todo, a, b; "C# lang" became C, lang
        assertThat(HighlightTags.parse("to read, #todo, a  b")).containsExactly("to-read", "todo", "a-b");
        assertThat(HighlightTags.parse("C# lang，并发、线程池")).containsExactly("C#-lang", "并发", "线程池");
        assertThat(HighlightTags.parse("#todo #later")).as("hashtags, a tag each").containsExactly("todo", "later");
        assertThat(HighlightTags.parse(" ,, ")).isEmpty();
        assertThat(HighlightTags.parse("Java, java")).as("case-insensitive duplicates").containsExactly("Java");
    }
}
