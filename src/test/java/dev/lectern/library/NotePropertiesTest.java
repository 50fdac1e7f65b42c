package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.ArticleId;
import dev.lectern.model.NoteProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault note's properties are the fields of its front matter the header does not show, in their order. */
class NotePropertiesTest {

    @TempDir
    Path temp;

    private List<NoteProperty> properties(Path root, String text) throws IOException {
        Files.writeString(root.resolve("note.md"), text);
        return new ArticleReader().readBody(root, new ArticleId("note.md"), ArticleReader.BODY_BYTES).properties();
    }

    private Path vault() throws IOException {
        Path vault = Files.createDirectories(temp.resolve("vault"));
        Files.createDirectories(vault.resolve(".obsidian"));
        return vault;
    }

    @Test
    void aVaultNoteListsItsOtherFieldsWithTheirValues() throws IOException {
        List<NoteProperty> shown = properties(vault(), "---\ntitle: 线程池\ntags: [java]\ncreated: 2024-03-18\n"
                + "Status: draft\nsource: https://example.org/a\nrelated:\n  - \"[[Plan]]\"\n  - \"[[线程池]]\"\n"
                + "reviewed: true\ncssclasses: wide\nmeta:\n  pages: 320\n  isbn: 978-7\nempty:\n---\n# 线程池\n");

        assertThat(shown).containsExactly(new NoteProperty("Status", List.of("draft")),
                new NoteProperty("source", List.of("https://example.org/a")),
                new NoteProperty("related", List.of("[[Plan]]", "[[线程池]]")),
                new NoteProperty("reviewed", List.of("true")),
                new NoteProperty("meta", List.of("pages: 320", "isbn: 978-7")));
    }

    @Test
    void aSitesPostAndANoteWithoutFrontMatterHaveNone() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        assertThat(properties(site, "---\nlayout: post\nheader-img: a.jpg\n---\nText\n")).as("a site's layout fields")
                .isEmpty();
        assertThat(properties(vault(), "No front matter\nstatus: draft\n")).isEmpty();
    }

    @Test
    void aFrontMatterOfManyFieldsAndValuesShowsABoundedNumber() throws IOException {
        StringBuilder text = new StringBuilder("---\nlong: ").append("字".repeat(5_000)).append("\nmany: [");
        for (int i = 0; i < 1_000; i++) {
            text.append(i == 0 ? "" : ", ").append("v").append(i);
        }
        text.append("]\n");
        for (int i = 0; i < 100; i++) {
            text.append("key").append(i).append(": ").append(i).append('\n');
        }
        List<NoteProperty> shown = properties(vault(), text.append("---\nText\n").toString());

        assertThat(shown).hasSize(NoteProperties.MOST);
        assertThat(shown.get(0).values().get(0)).hasSize(NoteProperties.MAX_LENGTH + 1).endsWith("…");
        assertThat(shown.get(1).values()).hasSize(NoteProperties.MOST_VALUES).startsWith("v0", "v1");
    }
}
