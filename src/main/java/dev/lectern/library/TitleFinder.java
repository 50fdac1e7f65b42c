package dev.lectern.library;

import dev.lectern.model.ArticleId;
import dev.lectern.model.ComposedText;
import dev.lectern.model.LogseqNames;
import dev.lectern.model.RubyMarkup;
import java.util.regex.Pattern;

/**
 * Finds a title when the front matter has none: the first heading (ATX or setext, outside code
 * fences) unless it names a section ({@code # 背景}, {@code # Overview}: then the file's name, without a post's date),
 * else the first non-empty line stripped of markdown, else the file name (for an index file such as index.md or
 * README.md, its folder's name). Never blank.
 */
final class TitleFinder {

    static final int MAX_LENGTH = 120;
    /** The most of a title the front matter gives that is kept. */
    static final int MAX_WRITTEN = 300;
    private static final Pattern FORMATTING_TAG = Pattern.compile("(?i)</?(?:code|em|strong|b|i|u|s|sub|sup|kbd|mark|small)>");

    /** The title from the body, falling back to the file name. */
    String find(String body, ArticleId id) {
        String[] lines = body.split("\n");
        String firstLine = null;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fence != null) {
                fence = MarkdownBlocks.closesFence(line, fence) ? null : fence;
                continue;
            }
            if ((fence = MarkdownBlocks.fenceOpening(line)) != null) {
                continue;
            }
            String heading = heading(lines, i);
            if (heading != null && !heading.isEmpty()) {
                // a first heading that names a section, not the article (# 背景, # 前言, # Overview), would title many
                // articles of an archive alike: the file's name tells them apart, as the site's slug does
                return isSection(heading) ? withoutDate(fromFileName(id)) : shorten(heading);
            }
            if (firstLine == null) {
                String text = PlainText.line(line);
                firstLine = text.codePoints().anyMatch(Character::isLetterOrDigit) ? text : null;
            }
        }
        return firstLine != null ? shorten(firstLine) : fromFileName(id);
    }

    /** Words a first section is headed by in Chinese, Japanese, Korean and English posts that have no title of their own. */
    private static final java.util.Set<String> SECTIONS = java.util.Set.of("背景", "前言", "简介", "簡介", "概述", "引言",
            "序言", "介绍", "介紹", "说明", "說明", "目录", "目錄", "导读", "導讀", "摘要", "概要", "需求", "问题", "問題",
            "はじめに", "目次", "개요", "소개", "서론", "introduction", "intro", "background", "overview", "preface",
            "summary", "abstract", "contents", "table of contents", "toc", "tl;dr", "motivation", "context");

    static boolean isSection(String heading) {
        String words = heading.strip().replaceAll("[:：。.]+$", "").toLowerCase(java.util.Locale.ROOT);
        return SECTIONS.contains(words);
    }

    /** A Jekyll post's file name without its date: 2026-04-03-git-history is git-history. */
    private static String withoutDate(String name) {
        String rest = name.replaceFirst("^\\d{4}-\\d{1,2}-\\d{1,2}-", "");
        return rest.isBlank() ? name : rest;
    }

    private static String heading(String[] lines, int i) {
        String line = lines[i].length() > PlainText.MAX_LINE ? lines[i].substring(0, PlainText.MAX_LINE) : lines[i];
        if (MarkdownBlocks.atxLevel(line) > 0) {
            String words = MarkdownBlocks.atxText(line);
            return words.isEmpty() ? null : PlainText.line(words);
        }
        return MarkdownBlocks.headingLevel(line, i + 1 < lines.length ? lines[i + 1] : null) > 0 ? PlainText.line(line) : null;
    }

    /**
     * A vault note's title from its file's name, as its notes app names it: in a Logseq graph's {@code journals/}, a
     * journal {@code 2024_03_18} is {@code 2024-03-18} (as a daily note of Obsidian's); in its {@code pages/}, a
     * namespaced page {@code Java___Threads} is {@code Java/Threads} ({@link LogseqNames}); any other note (an
     * Obsidian note {@code a___b.md} too) its file name.
     */
    static String noteTitle(ArticleId id) {
        String name = fromFileName(id);
        String path = id.path();
        java.time.LocalDate day = path.startsWith("journals/") ? LogseqNames.journalDay(name) : null;
        String title = day != null ? day.toString()
                : path.startsWith("pages/") && !id.isFolderIndex() ? LogseqNames.pageName(name) : name;
        return title.isBlank() ? name : title;
    }

    /** The file name without extension, or the folder name for index files, composed (NFC, as macOS may not); never blank. */
    static String fromFileName(ArticleId id) {
        if (id.isFolderIndex()) {
            return ComposedText.of(id.folderName());
        }
        return ComposedText.of(id.stem().isBlank() ? id.fileName() : id.stem());
    }

    /**
     * The title without the inline formatting tags some blogs write into front matter
     * ({@code 如何理解 <code>document</code> 对象}: the site shows them as formatting, so they are not words of the
     * title). Only bare tags of that kind go: {@code <video>} or {@code <meta name="viewport">} in a title about them
     * are words and stay. A Japanese novel's ruby markup reads as its base, as the page shows it ({@link RubyMarkup}).
     */
    static String withoutFormatting(String text) {
        String plain = text.indexOf('<') < 0 ? text : FORMATTING_TAG.matcher(text).replaceAll("");
        plain = RubyMarkup.plain(plain); // 第1話 |異世界《いせかい》の門 reads 第1話 異世界の門
        return plain.indexOf('&') < 0 ? plain : withEntitiesRead(plain);
    }

    /** The entities a site's page reads in a title, by name. */
    private static final java.util.Map<String, String> ENTITIES = java.util.Map.ofEntries(
            java.util.Map.entry("nbsp", " "), java.util.Map.entry("middot", "·"), java.util.Map.entry("amp", "&"),
            java.util.Map.entry("lt", "<"), java.util.Map.entry("gt", ">"), java.util.Map.entry("quot", "\""),
            java.util.Map.entry("apos", "'"), java.util.Map.entry("mdash", "—"), java.util.Map.entry("ndash", "–"),
            java.util.Map.entry("hellip", "…"), java.util.Map.entry("laquo", "«"), java.util.Map.entry("raquo", "»"),
            java.util.Map.entry("copy", "©"), java.util.Map.entry("reg", "®"), java.util.Map.entry("trade", "™"));
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");

    /**
     * A title with its HTML entities read as the site's page shows them ({@code Chrome&nbsp;118} is "Chrome 118",
     * {@code &middot;} a ·): the title goes into the page's HTML as written. Unknown names, and numbers that are no
     * character (or a control character), stay as written.
     */
    private static String withEntitiesRead(String text) {
        java.util.regex.Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String read = null;
            if (m.group(3) != null) {
                read = ENTITIES.get(m.group(3));
            } else {
                int code = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                if (Character.isValidCodePoint(code) && !Character.isISOControl(code)
                        && (code < 0xD800 || code > 0xDFFF)) {
                    read = new String(Character.toChars(code));
                }
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(read != null ? read : m.group()));
        }
        return m.appendTail(out).toString();
    }

    static String shorten(String text) {
        return shorten(text, MAX_LENGTH);
    }

    /**
     * A title the front matter gives, whole up to {@link #MAX_WRITTEN} characters: the author meant all of it (a page's
     * header cut a 150-character title with "…"); past that, a value no title is.
     */
    static String shortenWritten(String text) {
        return shorten(text, MAX_WRITTEN);
    }

    private static String shorten(String text, int most) {
        if (text.codePointCount(0, text.length()) <= most) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, most - 1)).strip() + "…";
    }
}
