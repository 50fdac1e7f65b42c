package dev.lectern.store;

import static dev.lectern.store.Fixtures.T0;
import static dev.lectern.store.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Anchor;
import dev.lectern.model.ArticleKey;
import dev.lectern.model.Bookmark;
import dev.lectern.model.Highlight;
import dev.lectern.model.HighlightColor;
import dev.lectern.model.Problem;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnnotationFileTest {

    private final AnnotationFile format = new AnnotationFile();

    @Test
    void everyFieldComesBackAsWritten() {
        AnnotationSet set = new AnnotationSet();
        Highlight cjk = new Highlight(UUID.randomUUID(), id("日本/ノート.md"),
                new Anchor("東京の夜は静かだった", "前の文。", "。次の文", 120, 130, "第一章: 夜"),
                HighlightColor.PURPLE, "a note: with colon\n'single' and \"double\" quotes\n- and a dash line\n",
                T0, T0.plusSeconds(5), null);
        Highlight deleted = new Highlight(UUID.randomUUID(), id("a.md"), new Anchor("yes", "", "", 0, 3, null),
                HighlightColor.GREEN, "no", T0.plusSeconds(1), T0.plusSeconds(9), T0.plusSeconds(9));
        Bookmark whole = new Bookmark(UUID.randomUUID(), id("a.md"), null, "read later: part 2", T0, T0, null);
        Bookmark placed = new Bookmark(UUID.randomUUID(), id("a.md"), Fixtures.anchor("012", 4), "", T0, T0, null);
        List.of(cjk, deleted, whole, placed).forEach(set::put);
        set.putEntry(new ArticleEntry(id("a.md"), new ArticleKey("Title: with colon", "2019-12-06", "00ff"),
                List.of(id("old/a.md"))));

        String text = format.dump(set, "/home/ann/notes");
        LoadResult loaded = format.load(text);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.library()).isEqualTo("/home/ann/notes");
        assertThat(loaded.set().all()).containsExactlyInAnyOrder(cjk, deleted, whole, placed);
        assertThat(loaded.set().entry(id("a.md"))).isEqualTo(set.entry(id("a.md")));
        assertThat(text).contains("東京の夜は静かだった").contains("note: |").contains("schema: 2\n");
        assertThat(format.dump(loaded.set(), loaded.library())).isEqualTo(text);
    }

    /**
     * A passage's context is written on one line: the student's file had `prefix: |+` and `suffix: |2-` blocks of
     * several lines (blank ones among them) for a few dozen characters. Every quote and context comes back
     * byte-identical, however its line breaks and blanks fall.
     */
    @Test
    void contextIsWrittenOnOneLineAndEveryPassageComesBackByteIdentical() {
        List<String> texts = List.of("%7D%7D%7B2a%7D%24%24)\n\n示例效果：\n\n\n\n", "\n\n在 GitHub 和 GitLab 等网站，除了可以使用有序列",
                "  indented\n\tand a tab ", "ends in a break\n", "\n", " ", "\"quoted\" 'single' \\ back # hash: colon",
                "cells\n\n\nHeader1Header2\n\n\nitem 1", "crlf\r\nline", "emoji 🙂\n𠀋 and\u00a0nbsp", "- dash\n? q\n: c");
        AnnotationSet set = new AnnotationSet();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            set.put(new Highlight(UUID.randomUUID(), id("a.md"), new Anchor(t, t, texts.get(texts.size() - 1 - i), i, i + 1,
                    null, t + "x"), HighlightColor.BLUE, "", T0.plusSeconds(i), T0.plusSeconds(i), null));
        }

        String text = format.dump(set, "/lib");
        LoadResult loaded = format.load(text);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.set().all()).containsExactlyInAnyOrderElementsOf(set.all());
        for (var highlight : loaded.set().all()) {
            Anchor anchor = highlight.anchor();
            Anchor written = set.get(highlight.id()).orElseThrow().anchor();
            assertThat(anchor.quote()).isEqualTo(written.quote());
            assertThat(anchor.prefix()).isEqualTo(written.prefix());
            assertThat(anchor.suffix()).isEqualTo(written.suffix());
            assertThat(anchor.originalQuote()).isEqualTo(written.originalQuote());
        }
        assertThat(text).as("context on one line").doesNotContainPattern("(prefix|suffix): [|>]")
                .contains("prefix: \"%7D%7D%7B2a%7D%24%24)\\n\\n示例效果：\\n\\n\\n\\n\"")
                .contains("suffix: \"\\n\\n在 GitHub 和 GitLab 等网站，除了可以使用有序列\"");
        assertThat(format.dump(loaded.set(), loaded.library())).isEqualTo(text);
    }

    @Test
    void articlesAreSortedByPathAndAnnotationsByCreationTime() {
        AnnotationSet set = new AnnotationSet();
        set.put(Fixtures.highlight("b.md", "late in b", 30));
        set.put(Fixtures.highlight("a.md", "late in a", 20));
        set.put(Fixtures.highlight("a.md", "early in a", 10));
        set.put(Fixtures.bookmark("a.md", "a bookmark", 1));

        String text = format.dump(set, "/lib");

        assertThat(text.indexOf("path: a.md")).isLessThan(text.indexOf("path: b.md"));
        assertThat(text.indexOf("early in a")).isLessThan(text.indexOf("late in a"));
        assertThat(text.indexOf("highlights:")).isLessThan(text.indexOf("bookmarks:"));
        assertThat(text).endsWith("annotations: 4\n").doesNotContain("\r");
    }

    @Test
    void theSameAnnotationsGiveTheSameBytesWhateverTheirInsertionOrder() {
        List<Highlight> highlights = List.of(Fixtures.highlight("x.md", "one", 1), Fixtures.highlight("y.md", "two", 2),
                Fixtures.highlight("x.md", "three", 3));
        AnnotationSet forward = new AnnotationSet();
        highlights.forEach(forward::put);
        AnnotationSet backward = new AnnotationSet();
        for (int i = highlights.size() - 1; i >= 0; i--) {
            backward.put(highlights.get(i));
        }

        assertThat(format.dump(backward, "/lib")).isEqualTo(format.dump(forward, "/lib"));
    }

    @Test
    void aHighlightWhosePlaceIsNoNumberIsKeptToBeFoundByItsQuoteAndOneWithoutAQuoteSkipped() {
        AnnotationSet set = new AnnotationSet();
        Highlight good = Fixtures.highlight("a.md", "good", 1);
        Highlight bad = Fixtures.highlight("a.md", "bad", 2);
        Highlight quoteless = Fixtures.highlight("a.md", "gone", 3);
        set.put(good);
        set.put(bad);
        set.put(quoteless);
        String text = format.dump(set, "/lib");
        int at = text.indexOf("quote: bad");
        text = text.substring(0, at) + text.substring(at).replaceFirst("start: 10", "start: ten");
        text = text.replace("quote: gone", "quote: ''");

        LoadResult loaded = format.load(text);

        assertThat(loaded.set().all()).extracting(h -> h.anchor().quote()).containsExactly("good", "bad");
        assertThat(loaded.set().get(bad.id()).orElseThrow().anchor().start()).as("found again by its quote").isZero();
        assertThat(loaded.problems()).contains(Problem.because(Problem.Kind.HIGHLIGHT_FIELD_LEFT,
                Problem.of(Problem.Kind.FIELD_NOT_A_NUMBER, "start"), 2, "a.md"));
        assertThat(loaded.problems()).anyMatch(p -> p.kind() == Problem.Kind.HIGHLIGHT_SKIPPED);
    }
}
