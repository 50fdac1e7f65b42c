package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingTest {

    private static final String CHINESE = "---\ntitle: 云计算之美\ntags: [开发者大会, 云计算]\n---\n"
            + "作为一个技术人，埋头专心做事的同时，一定有一颗不安分的心，世界那么大，我想出去看看。"
            + "每年各种顶级技术盛会不容错过，我们一起回顾下那些年一起追过的拉斯维加斯之夜。\n";

    @TempDir
    Path dir;
    private ArticleFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ArticleFixture(dir);
    }

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        byte[] text = CHINESE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text);

        assertThat(fixture.read("plain.md", text).title()).isEqualTo("云计算之美");
        Article bom = fixture.read("bom.md", withBom);
        assertThat(bom.title()).isEqualTo("云计算之美");
        assertThat(bom.tags()).containsExactly("开发者大会", "云计算");
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CHINESE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CHINESE.getBytes(StandardCharsets.UTF_16BE));

        assertThat(fixture.read("le.md", le).tags()).containsExactly("开发者大会", "云计算");
        assertThat(fixture.read("be.md", be).title()).isEqualTo("云计算之美");
    }

    @Test
    void detectsGbkAndBig5ChineseText() throws Exception {
        String traditional = "---\ntitle: 雲端運算之美\n---\n作為一個技術人，埋頭專心做事的同時，一定有一顆不安分的心，"
                + "世界那麼大，我想出去看看。每年各種頂級技術盛會不容錯過，我們一起回顧那些年的拉斯維加斯之夜。\n";

        assertThat(fixture.read("gbk.md", CHINESE, Charset.forName("GBK")).title()).isEqualTo("云计算之美");
        assertThat(fixture.read("gb18030.md", CHINESE, Charset.forName("GB18030")).tags()).containsExactly("开发者大会", "云计算");
        assertThat(fixture.read("big5.md", traditional, Charset.forName("Big5")).title()).isEqualTo("雲端運算之美");
    }

    @Test
    void normalisesCrlfAndMixedLineEndings() throws Exception {
        String text = "---\r\ntitle: Windows\r\ntags:\r\n  - one\r\n  - two\n---\r\nfirst\rsecond\r\nthird\n";

        Article article = fixture.read("crlf.md", text);

        assertThat(article.title()).isEqualTo("Windows");
        assertThat(article.tags()).containsExactly("one", "two");
        assertThat(fixture.reader().readBody(dir, new ArticleId("crlf.md"))).isEqualTo("first\nsecond\nthird\n");
    }

    @Test
    void controlCharactersWithNoVisibleFormAreDroppedFromTitleAndBodyButWhiteSpaceIsKept() throws Exception {
        // as in a blog post of corpus A: backspaces pasted before words showed as empty boxes in the page and snippets
        String text = "---\ntitle: \u0008PWA \u001b实战\ntags: [Web\u007f]\n---\n\u0008PWA 中最引入注目的核心新特性，\u0008Service Worker"
                + "\u0085。\n\tcode\u000bline\fend\n";

        Article article = fixture.read("controls.md", text);

        assertThat(article.title()).isEqualTo("PWA 实战");
        assertThat(article.tags()).containsExactly("Web");
        assertThat(fixture.reader().readBody(dir, new ArticleId("controls.md")))
                .isEqualTo("PWA 中最引入注目的核心新特性，Service Worker。\n\tcode\u000bline\fend\n");
        assertThat(fixture.reader().readSource(dir, new ArticleId("controls.md")).body()).doesNotContain("\u0008");
    }

    @Test
    void bodyComesWithoutFrontMatterInLegacyEncodings() throws Exception {
        fixture.write("gbk.md", CHINESE.getBytes(Charset.forName("GBK")));

        String body = fixture.reader().readBody(dir, new ArticleId("gbk.md"));

        assertThat(body).startsWith("作为一个技术人").doesNotContain("title:");
    }

    @Test
    void binaryFileIsNotText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        fixture.write("image.md", png);

        assertThatThrownBy(() -> fixture.reader().read(dir, dir.resolve("image.md")))
                .isInstanceOf(NotTextException.class)
                .hasMessageContaining("not a text file");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
