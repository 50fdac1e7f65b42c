package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shortcuts of the decoder: eight-byte NUL check and head-only decoding of long files. */
class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void nulAnywhereMakesBinaryInBothPaths() {
        for (int length : new int[] {1, 7, 8, 9, 17, 5000}) {
            for (int at = 0; at < length; at += Math.max(1, length / 13)) {
                byte[] bytes = "a".repeat(length).getBytes(StandardCharsets.US_ASCII);
                bytes[at] = 0;
                assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(NotTextException.class);
                if (length > 100) {
                    assertThatThrownBy(() -> decoder.decodeHead(bytes, 100)).isInstanceOf(NotTextException.class);
                }
            }
        }
    }

    @Test
    void aLongFileLosesItsInvisibleControlsInItsHeadAsInTheWholeText() throws Exception {
        String text = "---\ntitle: a\u0008b\n---\n" + "正文\u001b[31m内容。\n".repeat(500);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decode(bytes)).doesNotContain("\u0008", "\u001b").contains("title: ab", "正文[31m内容");
        assertThat(decoder.decodeHead(bytes, 100)).isEqualTo("---\ntitle: ab\n---\n");
    }

    @Test
    void headIsWholeLinesOfTheFullText() throws Exception {
        String text = "---\r\ntitle: 中文标题\r\n---\r\n" + "正文内容，很长。\r\n".repeat(500);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        String head = decoder.decodeHead(bytes, 4096);

        assertThat(head).isNotNull().endsWith("\n").doesNotContain("\r");
        assertThat(decoder.decode(bytes)).startsWith(head);
        assertThat(decoder.decodeHead(bytes, bytes.length)).isNull();
    }

    @Test
    void headDeclinesWhenTheFileIsNotPlainUtf8() throws Exception {
        byte[] gb = ("标题\n" + "正文内容。\n".repeat(1000)).getBytes(Charset.forName("GB18030"));
        byte[] bom = ("\uFEFFtitle\n" + "x\n".repeat(3000)).getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decodeHead(gb, 4096)).isNull();
        assertThat(decoder.decodeHead(bom, 4096)).isNull();
        assertThat(decoder.decode(gb)).startsWith("标题\n");
    }

    @Test
    void headStopsAtTheFenceThatClosesTheFrontMatter() throws Exception {
        String text = "---\ntitle: 标题\n---\n" + "正文内容。\n".repeat(500);

        assertThat(decoder.decodeHead(text.getBytes(StandardCharsets.UTF_8), 2048)).isEqualTo("---\ntitle: 标题\n---\n");
    }

    @Test
    void aHeadCutAtAFenceHoldsTheSameFrontMatterAsTheWholeFile() throws Exception {
        String[] lines = {"---", "...", "+++", "  ---  ", "\t+++\r", "----", "-- -", "title: x", "tags: [a]",
            "date = 2020-01-01", "中文: 值", "# heading", "", "body text"};
        java.util.Random random = new java.util.Random(7);
        FrontMatterSplitter splitter = new FrontMatterSplitter();
        int cut = 0;
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int l = 0, count = 1 + random.nextInt(8); l < count; l++) {
                text.append(lines[random.nextInt(lines.length)]).append('\n');
            }
            String whole = text + "x\n".repeat(1200);
            String head = decoder.decodeHead(whole.getBytes(StandardCharsets.UTF_8), 2048);
            FrontMatterBlock fromHead = splitter.split(head);
            FrontMatterBlock fromWhole = splitter.split(TextDecoder.normalise(whole));
            if (head.length() < 2000) {
                cut++;
            }
            if (fromHead.kind() != FrontMatterBlock.Kind.NONE) {
                assertThat(fromHead.kind()).as(whole.substring(0, 80)).isEqualTo(fromWhole.kind());
                assertThat(fromHead.text()).as(whole.substring(0, 80)).isEqualTo(fromWhole.text());
            }
        }
        assertThat(cut).isGreaterThan(1_000);
    }

    @Test
    void decomposedHangulKanaAndLatinAreComposedAsTheyAreTyped() throws Exception {
        String typed = "---\ntitle: 한글 かが café\n---\n돼지국밥은 맛있다. がぎぐ Pokémon\n";
        byte[] mac = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decode(mac)).isEqualTo(typed);
        byte[] long_ = java.text.Normalizer.normalize(typed + "본문.\n".repeat(500), java.text.Normalizer.Form.NFD)
                .getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decodeHead(long_, 100)).as("the head of a long file too").isEqualTo("---\ntitle: 한글 かが café\n---\n");
    }

    @Test
    void compatibilityIdeographsKoreanTextsChooseStayAsWrittenBesideComposedJamo() throws Exception {
        // 樂 U+F914 (read 낙) and 六 U+F9D1 (read 육): NFC alone would make them the unified 樂 and 六
        String written = "\uF914園 \uF9D1 \uD87E\uDC00 한글";
        String mac = java.text.Normalizer.normalize("한글", java.text.Normalizer.Form.NFD);
        byte[] bytes = ("\uF914園 \uF9D1 \uD87E\uDC00 " + mac).getBytes(StandardCharsets.UTF_8);

        assertThat(decoder.decode(bytes)).isEqualTo(written);
        assertThat(decoder.decode(written.getBytes(StandardCharsets.UTF_8))).isEqualTo(written);
    }
}
