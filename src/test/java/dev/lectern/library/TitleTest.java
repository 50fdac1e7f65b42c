package dev.lectern.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleTest {

    @TempDir
    Path dir;
    private ArticleFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ArticleFixture(dir);
    }

    @Test
    void frontMatterTitleWins() throws Exception {
        assertThat(fixture.read("a.md", "---\ntitle: '  Given  '\n---\n# Heading\n").title()).isEqualTo("Given");
    }

    /** An archive's posts without front matter often open with # 背景 or # 前言: a dozen articles all titled 背景. */
    @Test
    void aFirstHeadingThatNamesASectionGivesWayToTheFileName() throws Exception {
        assertThat(fixture.read("2026-04-03-git-history-12-all-in-one.md", "# 背景\n\n为什么要写。\n").title())
                .isEqualTo("git-history-12-all-in-one");
        assertThat(fixture.read("notes.md", "# Overview:\n\ntext\n").title()).isEqualTo("notes");
        assertThat(fixture.read("b.md", "# 背景知识入门\n\ntext\n").title()).as("a title that starts so").isEqualTo("背景知识入门");
    }

    /** Chrome's extension reference pages name only their API; the site titles them by it, not by a first "Manifest". */
    @Test
    void aChromeReferencePageIsTitledByItsApiAsItsSiteTitlesIt() throws Exception {
        assertThat(fixture.read("a.md", "---\napi: offscreen\n---\n\n## Manifest {: #manifest }\n\ntext\n").title())
                .isEqualTo("chrome.offscreen");
        assertThat(fixture.read("b.md", "---\napi: sockets_tcp\n---\n## Overview\n").title()).isEqualTo("chrome.sockets.tcp");
        assertThat(fixture.read("c.md", "---\ntitle: Offscreen documents\napi: offscreen\n---\n").title())
                .isEqualTo("Offscreen documents");
        assertThat(fixture.read("d.md", "---\napi: '<script>'\n---\n# Heading\n").title()).isEqualTo("Heading");
    }

    @Test
    void aJapaneseNovelsRubyMarkupInATitleReadsAsItsBaseAsItsPageShowsIt() throws Exception {
        assertThat(fixture.read("a.md", "---\ntitle: 第1話　｜異世界《いせかい》の門\n---\ntext\n").title())
                .isEqualTo("第1話　異世界の門");
        assertThat(fixture.read("b.md", "---\ntitle: 春の{随筆|ずい|ひつ}\n---\ntext\n").title()).isEqualTo("春の随筆");
        assertThat(fixture.read("c.md", "|黄昏《たそがれ》の図書館で、|彼女《かのじょ》は本を閉じた。\n").title())
                .as("a title guessed from the first line").isEqualTo("黄昏の図書館で、彼女は本を閉じた。");
        assertThat(fixture.read("d.md", "---\ntitle: 读《呐喊》\n---\n").title()).isEqualTo("读《呐喊》");
    }

    @Test
    void formattingTagsInAFrontMatterTitleAreNotWordsButAnElementNamedInItIs() throws Exception {
        var article = fixture.read("a.md", "---\ntitle: 如何理解 <code>document</code> 对象是 <CODE>HTMLDocument</CODE> 的实例？\n"
                + "subtitle: Why is <code>document</code> an <em>instance</em>?\n---\ntext\n");
        assertThat(article.title()).isEqualTo("如何理解 document 对象是 HTMLDocument 的实例？");
        assertThat(article.subtitle()).isEqualTo("Why is document an instance?");

        assertThat(fixture.read("b.md", "---\ntitle: 'Picture-in-Picture for any Element, not just <video>'\n---\n").title())
                .isEqualTo("Picture-in-Picture for any Element, not just <video>");
        assertThat(fixture.read("c.md", "---\ntitle: Does not have a <meta name=\"viewport\"> tag\n---\n").title())
                .isEqualTo("Does not have a <meta name=\"viewport\"> tag");
    }

    @Test
    void entitiesInAFrontMatterTitleAreReadAsTheSitesPageShowsThem() throws Exception {
        assertThat(fixture.read("a.md", "---\ntitle: \"What's New in WebGPU (Chrome&nbsp;118)\"\n---\n").title())
                .isEqualTo("What's New in WebGPU (Chrome 118)");
        assertThat(fixture.read("b.md", "---\ntitle: 网络安全技能 &middot; agentskills.io &#x5F00;&#25918; &amp; more\n---\n").title())
                .isEqualTo("网络安全技能 · agentskills.io 开放 & more");
        assertThat(fixture.read("c.md", "---\ntitle: Q&A &unknown; &#0; &#xD800; AT&T\n---\n").title())
                .as("unknown names and numbers that are no character stay").isEqualTo("Q&A &unknown; &#0; &#xD800; AT&T");
    }

    @Test
    void blankFrontMatterTitleFallsBackToHeading() throws Exception {
        assertThat(fixture.read("a.md", "---\ntitle: ''\n---\nintro line\n\n## The *real* `title` ##\n").title())
                .isEqualTo("The real title");
    }

    @Test
    void setextHeading() throws Exception {
        assertThat(fixture.read("a.md", "Big title\n=========\n\ntext\n").title()).isEqualTo("Big title");
    }

    @Test
    void aHeadingsIdOrAttributeListIsNotPartOfTheTitle() throws Exception {
        assertThat(fixture.read("a.md", "## What's New in DevTools {: #whats-new }\n\ntext\n").title())
                .isEqualTo("What's New in DevTools");
        assertThat(fixture.read("b.md", "# Manifest {#manifest .wide}\n").title()).isEqualTo("Manifest");
        assertThat(fixture.read("c.md", "Set {: .x}\n===\n").title()).isEqualTo("Set");
        assertThat(fixture.read("d.md", "# Using {braces} in templates\n").title()).isEqualTo("Using {braces} in templates");
    }

    @Test
    void headingInsideCodeFenceIsNotATitle() throws Exception {
        assertThat(fixture.read("a.md", "```\n# comment in code\n```\n\nSome text here\n").title()).isEqualTo("Some text here");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "> **Quoted** [link](http://x.org) text|Quoted link text",
        "- ![logo](a.png) _item_|logo item",
        "1. `code` ~~gone~~ <b>bold</b>|code gone bold",
        "<center>|Next line",
        "{% Aside %}|Next line",
    })
    void firstLineWithoutMarkdown(String first, String expected) throws Exception {
        assertThat(fixture.read("a.md", first + "\nNext line\n").title()).isEqualTo(expected);
    }

    @Test
    void loneDashAfterALineIsNotAHeading() throws Exception {
        assertThat(fixture.read("notes.md", "My notes\ntext\nsection\n-\n- item\n").title()).isEqualTo("My notes");
    }

    @Test
    void longFirstLineIsShortenedTo120Characters() throws Exception {
        String title = fixture.read("a.md", "字".repeat(300) + "\n").title();

        assertThat(title).hasSize(120).endsWith("…");
    }

    @Test
    void aTitleTheFrontMatterGivesIsKeptWholeUpToThreeHundredCharacters() throws Exception {
        String written = "A Remarkably Long Title About Designing Typographically Careful Reading Experiences for "
                + "Multilingual Markdown Archives Kept Over Many Years by People Who Read Them";
        assertThat(written.length()).isGreaterThan(120);

        assertThat(fixture.read("long.md", "---\ntitle: " + written + "\n---\ntext\n").title()).isEqualTo(written);
        assertThat(fixture.read("huge.md", "---\ntitle: " + "字".repeat(1000) + "\n---\ntext\n").title())
                .hasSize(300).endsWith("…");
    }

    @Test
    void emptyFileTakesItsFileName() throws Exception {
        assertThat(fixture.read("notes/2020-01-05-my-trip.markdown", "\n\n").title()).isEqualTo("2020-01-05-my-trip");
        assertThat(fixture.read("only-front.md", "---\nlayout: post\n---\n").title()).isEqualTo("only-front");
    }

    @Test
    void indexFileTakesItsFolderName() throws Exception {
        assertThat(fixture.read("blog/my-first-post/index.md", "---\nlayout: post\n---\n").title()).isEqualTo("my-first-post");
        assertThat(fixture.read("guide/README.md", "").title()).isEqualTo("guide");
    }
}
