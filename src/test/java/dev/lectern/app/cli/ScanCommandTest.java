package dev.lectern.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    @Test
    void jsonListsEveryFileOnceWithItsMetadataAndExitsZeroOnBadFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("2020-01-05-good.md"), "---\ntitle: 好文章\ntags: [AWS, 云计算]\nauthor: 薛以致用\n---\nBody\n");
        Files.writeString(dir.resolve("broken.md"), "---\ntitle: a: b: c\n\ttags: x\n---\nBody\n");
        Files.write(dir.resolve("binary.md"), new byte[] {0, 1, 2, 0, (byte) 0xff, 0});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = ScanCommand.standard(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(dir, true);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(code).isZero();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"path\":\"2020-01-05-good.md\",\"title\":\"好文章\"")
                .contains("\"date\":\"2020-01-05\"", "\"author\":\"薛以致用\"", "\"tags\":[\"AWS\",\"云计算\"]", "\"warnings\":[]");
        assertThat(lines.get(1)).startsWith("{\"path\":\"binary.md\",\"title\":null").contains("skipped");
        assertThat(lines.get(2)).startsWith("{\"path\":\"broken.md\"").contains("line");
    }

    @Test
    void warningsPrintInEnglishWhateverTheSystemLanguage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.md"), "---\ntitle: a: b: c\ndate: 2020-13-45\n---\nBody\n");
        java.util.Locale system = java.util.Locale.getDefault();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
            ScanCommand.standard(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(dir, false);
        } finally {
            java.util.Locale.setDefault(system);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("front matter is not valid YAML (line 2: ", "date \"2020-13-45\" is not a date; the article has no date")
                .doesNotContain("头信息");
    }

    @Test
    void theTableIsReadableAndAlignedForWideCharacters() {
        assertThat(ScanTable.pad("云计算", 8)).isEqualTo("云计算  ");
        assertThat(ScanTable.pad("开发者大会", 6)).isEqualTo("开发… ");
        assertThat(ScanTable.pad("abcdef", 4)).isEqualTo("abc…");
    }
}
