package dev.lectern.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which cut of the CJK font a title is set in. */
class TextScriptTest {

    @Test
    void kanaMakesJapaneseHanWithoutKanaChineseAndNoCjkLatin() {
        assertThat(TextScript.of("シリアルポートとの読み書き")).isEqualTo(TextScript.Script.JAPANESE);
        assertThat(TextScript.of("Web 用のContact picker")).isEqualTo(TextScript.Script.JAPANESE);
        assertThat(TextScript.of("如何在 IT 运维中节省开支")).isEqualTo(TextScript.Script.CHINESE);
        assertThat(TextScript.of("Let’s Encrypt 证书")).as("mixed: the Chinese cut").isEqualTo(TextScript.Script.CHINESE);
        assertThat(TextScript.of("한국어 제목")).isEqualTo(TextScript.Script.KOREAN);
        assertThat(TextScript.of("한자 공부 — 學而時習之")).as("Hanja among Hangul: the Korean cut").isEqualTo(TextScript.Script.KOREAN);
        assertThat(TextScript.of("Chrome’s Headless mode gets an upgrade")).isEqualTo(TextScript.Script.LATIN);
        assertThat(TextScript.of("「」")).as("CJK punctuation alone").isEqualTo(TextScript.Script.CHINESE);
        assertThat(TextScript.of("")).isEqualTo(TextScript.Script.LATIN);
        assertThat(TextScript.of("𠀀 emoji 😀")).as("a character outside the BMP").isEqualTo(TextScript.Script.CHINESE);
    }

    @Test
    void kanjiInAJapaneseArticleAreJapanese() {
        assertThat(TextScript.of("背景", "ja")).isEqualTo(TextScript.Script.JAPANESE);
        assertThat(TextScript.of("背景", "ja-JP")).isEqualTo(TextScript.Script.JAPANESE);
        assertThat(TextScript.of("背景", "zh-CN")).isEqualTo(TextScript.Script.CHINESE);
        assertThat(TextScript.of("背景", null)).isEqualTo(TextScript.Script.CHINESE);
        assertThat(TextScript.of("Background", "ja")).as("Latin stays Latin").isEqualTo(TextScript.Script.LATIN);
        assertThat(TextScript.of("學而時習之", "ko")).as("Hanja in a Korean article").isEqualTo(TextScript.Script.KOREAN);
    }
}
