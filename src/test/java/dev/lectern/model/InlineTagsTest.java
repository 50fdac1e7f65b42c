package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tags a vault's notes write among their words, found as Obsidian finds them. */
class InlineTagsTest {

    @TempDir
    Path dir;

    @Test
    void aTagStartsAtALineOrAfterABlankOrCjkPunctuationAndIsNotDigitsOnly() {
        assertThat(InlineTags.of("#idea at the start, then #project/lectern/ and #读书笔记, #to-do_1.\n"
                + "Not: issue #42, C#, a#b, ##twice, # heading, https://x.org/#anchor, (#paren), `#code` ``a`#b``.\n"
                + "中文笔记。#并发 与「#引用」 <span style=\"color: #ff0000\">red</span> <a href=\"x\"> #after</a>\n"))
                .containsExactly("idea", "project/lectern", "读书笔记", "to-do_1", "并发", "引用", "after");
    }

    @Test
    void tagsInFencedCodeAreNotTagsAndEachTagCountsOnceWhateverItsCase() {
        assertThat(InlineTags.of("#Reading\n```\n#fenced\n```\n   ~~~\n#tilde\n~~~\nmore #reading and #Java\n"))
                .containsExactly("Reading", "Java");
    }

    @Test
    void tagsInIndentedCodeAreNotTagsButThoseOfNestedListItemsAre() {
        String note = "Code:\n\n    #include <stdio.h>\n\n    #define X 1\nText #after\n\n- item #one\n\t- nested #two\n\n"
                + "    a second paragraph of the item #three\n\nParagraph\n    lazy line #four\n\n\t#tabbed code\n";

        assertThat(InlineTags.of(note)).containsExactly("after", "one", "two", "three", "four");
    }

    @Test
    void aNoteAddsABoundedNumberOfTagsEachOfBoundedLength() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            many.append("#t").append(i).append(' ');
        }
        assertThat(InlineTags.of(many.toString())).hasSize(InlineTags.MOST_TAGS);
        assertThat(InlineTags.of("#" + "x".repeat(InlineTags.MAX_LENGTH + 5) + " #ok")).containsExactly("ok");
    }

    @Test
    void aLineOfBacktickRunsOfEveryLengthIsLookedAtForABoundedLength() {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i < 400; i++) {
            line.append("`".repeat(i)).append(" x ");
        }
        String text = line.append(" #late").toString();

        assertThat(text.length()).isGreaterThan(InlineTags.MAX_LINE);
        assertThat(InlineTags.of(text)).as("past the characters looked at").isEmpty();
        assertThat(InlineTags.of("#early " + text)).containsExactly("early");
    }

    @Test
    void openedHtmlTagsWithoutTheirEndAreSkippedInLinearTime() {
        // each '<' looked for its '>' to the end of the text: 80 lines of 3,000 unclosed tags were 2 billion steps
        String unclosed = ("<a " + "x ".repeat(3) + "<b ".repeat(3_000) + "#tag\n").repeat(80);
        String closedLate = ("<a ".repeat(3_000) + "> #late\n").repeat(80);

        assertThat(InlineTags.of(unclosed)).containsExactly("tag");
        assertThat(InlineTags.of(closedLate)).as("after the one long tag").containsExactly("late");
    }

    @Test
    void aLogseqTagOfSeveralWordsIsATag() {
        assertThat(InlineTags.of("Read #[[thread pools]] and #[[Thread Pools]], not x#[[glued]] nor #[[]] nor #[[a[b]]\n"
                + "- 。#[[并发 编程]]\n```\n#[[in code]]\n```\n")).containsExactly("thread pools", "并发 编程");
        String hostile = "#[[".repeat(100_000) + "\n" + "line\n".repeat(100_000) + "#[[last]]";
        long start = System.nanoTime();
        assertThat(InlineTags.of(hostile)).containsExactly("last");
        assertThat(System.nanoTime() - start).as("not quadratic (that would take hours)")
                .isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(20));
    }

    @Test
    void aFolderIsAVaultWhenItOrOneOfTheThreeAboveItHoldsAVaultsSettings() throws IOException {
        Path vault = Files.createDirectories(dir.resolve("vault/.obsidian")).getParent();
        Path deep = Files.createDirectories(vault.resolve("a/b/c/d"));
        Path foam = Files.createDirectories(dir.resolve("foam/.foam")).getParent();

        assertThat(NoteVault.isVault(vault)).isTrue();
        assertThat(NoteVault.isVault(vault.resolve("a/b/c"))).isTrue();
        assertThat(NoteVault.isVault(deep)).as("four folders down").isFalse();
        assertThat(NoteVault.vaultRoot(deep)).isEqualTo(vault);
        assertThat(NoteVault.isVault(foam)).isTrue();
        Path dendron = Files.createDirectories(dir.resolve("dendron/vault"));
        Files.writeString(dendron.getParent().resolve("dendron.yml"), "version: 5\n");
        assertThat(NoteVault.isVault(dendron)).as("a Dendron workspace's vault").isTrue();
        Path logseq = Files.createDirectories(dir.resolve("graph/logseq"));
        assertThat(NoteVault.isVault(logseq.getParent())).as("a folder named logseq without its settings").isFalse();
        Files.writeString(logseq.resolve("config.edn"), "{}\n");
        assertThat(NoteVault.logseqGraph(logseq.getParent())).isEqualTo(logseq.getParent());
        assertThat(NoteVault.logseqGraph(vault)).isNull();
        assertThat(NoteVault.isVault(dir)).isFalse();
    }
}
