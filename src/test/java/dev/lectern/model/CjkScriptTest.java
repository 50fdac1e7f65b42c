package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a line break inside Chinese, Japanese or Korean text is no space: the same for the page and the index. */
class CjkScriptTest {

    @Test
    void aBreakBetweenCjkLettersOrPunctuationIsDropped() {
        assertThat(CjkScript.joinLines("中文。\n句子")).isEqualTo("中文。句子");
        assertThat(CjkScript.joinLines("サーバー \n\tです")).isEqualTo("サーバーです");
        assertThat(CjkScript.joinLines("한국어\n문장")).isEqualTo("한국어문장");
        assertThat(CjkScript.joinLines("𠀀\n字")).as("beyond the BMP").isEqualTo("𠀀字");
    }

    @Test
    void aBreakNextToLatinTextOrABlankLineStays() {
        assertThat(CjkScript.joinLines("中文\nEnglish")).isEqualTo("中文\nEnglish");
        assertThat(CjkScript.joinLines("one\ntwo")).isEqualTo("one\ntwo");
        assertThat(CjkScript.joinLines("段落。\n\n下一段")).isEqualTo("段落。\n\n下一段");
    }

    @Test
    void lettersArePunctuationIsNot() {
        assertThat(CjkScript.isLetter('中')).isTrue();
        assertThat(CjkScript.isLetter('あ')).isTrue();
        assertThat(CjkScript.isLetter('a')).isFalse();
        assertThat(CjkScript.isLetter('。')).isFalse();
        assertThat(CjkScript.isPunctuation('。')).isTrue();
        assertThat(CjkScript.isPunctuation('，')).isTrue();
    }
}
