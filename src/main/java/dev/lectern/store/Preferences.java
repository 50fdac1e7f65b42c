package dev.lectern.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The user's preferences, restored at start and saved on change: an immutable value, plain Java types only. The
 * constructor tidies every value (out-of-range numbers clamped, unknown names replaced by the default), so any
 * instance is safe to apply. Change one with the {@code with…} methods; save it with {@link PreferencesSaver}.
 *
 * @param window          the window's last bounds when not maximized, or {@link WindowBounds#UNSET}; pass them
 *                        through {@link WindowPlacement#onScreen} before use
 * @param maximized       the window was maximized
 * @param dividers        the split panes' divider positions (0–1), left to right; empty for the window's defaults
 * @param theme           "light", "sepia" or "dark": {@code Theme.valueOf(theme.toUpperCase(Locale.ROOT))}
 * @param textSize        the reader's text size in percent, {@value #MIN_TEXT_SIZE}–{@value #MAX_TEXT_SIZE}
 * @param tagsAnyOf       checked tags combine as "Any of" (true) or "All of" (false)
 * @param lastLibrary     the library open at exit (absolute), or null
 * @param lastArticle     the article open at exit, as its path relative to the library ('/'-separated), or null
 * @param lastPosition    the reading position in that article, 0 (top) to 1 (end)
 * @param recentLibraries for File › Open Recent: absolute, most recent first, no duplicates, at most {@value #MAX_RECENT}
 * @param language        the interface language: "system" or a language tag such as "en" or "zh-CN"
 * @param tagPanelShown   the tag panel (left) is shown
 * @param listPanelShown  the article list (middle) is shown
 * @param outlineShown    the reader's side panel (outline) is shown
 * @param script          the script Chinese articles are shown in unless chosen per article: one of {@link #SCRIPTS}
 * @param furigana        readings are shown over the kanji of Japanese articles
 * @param furiganaLevel   which kanji get them: one of {@link #FURIGANA_LEVELS}
 * @param latinSpacing    a thin space is drawn between CJK and Latin text in the reader
 * @param serif           the reader sets the text in a serif typeface (Song, Ming, Mincho) rather than sans-serif
 * @param wide            the reader's column is the wide one
 * @param tagsByName      the tag tree is sorted by name (Chinese by pinyin), not by count
 * @param sideTab         the side panel's tab: one of {@link #SIDE_TABS}
 * @param checkedTags     what is checked in the tag panel of the last library: {@code tag:}, {@code category:} or
 *                        {@code language:} and a path, or {@code untagged}; at most {@value #MAX_CHECKED}
 * @param listOrder       the article list's order: one of {@link #LIST_ORDERS}
 * @param readFilter      which articles the list shows by read state: one of {@link #READ_FILTERS}
 */
public record Preferences(WindowBounds window, boolean maximized, List<Double> dividers, String theme, int textSize,
                          boolean tagsAnyOf, Path lastLibrary, String lastArticle, double lastPosition,
                          List<Path> recentLibraries, String language, boolean tagPanelShown, boolean listPanelShown,
                          boolean outlineShown,
                          String script, boolean furigana, String furiganaLevel,
                          boolean latinSpacing, boolean serif, boolean wide, boolean tagsByName, String sideTab, List<String> checkedTags,
                          String listOrder, String readFilter) {

    public static final List<String> THEMES = List.of("light", "sepia", "dark");
    public static final int MIN_TEXT_SIZE = 70;
    public static final int MAX_TEXT_SIZE = 200;
    public static final int MAX_RECENT = 10;
    public static final String SYSTEM_LANGUAGE = "system";
    /** The keys of the scripts Chinese text can be shown in, as written first. */
    public static final List<String> SCRIPTS = List.of("as-written", "simplified", "traditional", "taiwan", "hong-kong");
    /** The furigana levels: all kanji, those beyond the second school grade, those outside the jōyō list. */
    public static final List<String> FURIGANA_LEVELS = List.of("all", "beyond-grade-2", "beyond-joyo");
    /** The tabs of the reader's side panel, the outline first. */
    public static final List<String> SIDE_TABS = List.of("outline", "highlights", "backlinks");
    /** The article list's orders, by the column clicked and its direction; the first is a new user's. */
    public static final List<String> LIST_ORDERS = List.of("newest", "oldest", "title", "title-reversed");
    /** The list's read-state filters; the first, all articles, is a new user's. */
    public static final List<String> READ_FILTERS = List.of("all", "unread", "in-progress", "read");
    /** At most this many checks are kept, each at most so long. */
    public static final int MAX_CHECKED = 50;
    public static final int MAX_CHECKED_LENGTH = 300;

    public Preferences {
        window = window == null || !window.isSet() ? WindowBounds.UNSET : window;
        dividers = dividers == null ? List.of()
                : dividers.stream().filter(d -> d != null && Double.isFinite(d)).map(d -> Math.max(0, Math.min(1, d))).toList();
        theme = isTheme(theme) ? theme.toLowerCase(Locale.ROOT) : THEMES.get(0);
        textSize = Math.max(MIN_TEXT_SIZE, Math.min(MAX_TEXT_SIZE, textSize));
        lastLibrary = lastLibrary == null ? null : lastLibrary.toAbsolutePath().normalize();
        lastArticle = lastArticle == null || lastArticle.isBlank() ? null : lastArticle;
        lastPosition = Double.isFinite(lastPosition) ? Math.max(0, Math.min(1, lastPosition)) : 0;
        recentLibraries = tidy(recentLibraries);
        language = isLanguage(language) ? language : SYSTEM_LANGUAGE;
        script = SCRIPTS.contains(script) ? script : SCRIPTS.get(0);
        furiganaLevel = FURIGANA_LEVELS.contains(furiganaLevel) ? furiganaLevel : FURIGANA_LEVELS.get(0);
        sideTab = SIDE_TABS.contains(sideTab) ? sideTab : SIDE_TABS.get(0);
        listOrder = LIST_ORDERS.contains(listOrder) ? listOrder : LIST_ORDERS.get(0);
        readFilter = READ_FILTERS.contains(readFilter) ? readFilter : READ_FILTERS.get(0);
        checkedTags = checkedTags == null ? List.of() : checkedTags.stream()
                .filter(c -> c != null && !c.isBlank() && c.length() <= MAX_CHECKED_LENGTH).distinct().limit(MAX_CHECKED).toList();
    }

    /** What a new user gets: no saved window, light theme, 100 %, All of, tag panel shown, outline hidden. */
    public static Preferences defaults() {
        return new Preferences(WindowBounds.UNSET, false, List.of(), "light", 100, false, null, null, 0, List.of(),
                SYSTEM_LANGUAGE, true, true, false, "as-written", false, "all", false, false, false, false, SIDE_TABS.get(0), List.of(),
                LIST_ORDERS.get(0), READ_FILTERS.get(0));
    }

    /** True for a theme name Lectern knows, in any case. */
    public static boolean isTheme(String name) {
        return name != null && THEMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** True for "system" or a language tag of letters and digits such as "en", "zh-CN" or "zh-Hant-TW". */
    public static boolean isLanguage(String tag) {
        return tag != null && (tag.equals(SYSTEM_LANGUAGE) || tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*"));
    }

    private static List<Path> tidy(List<Path> paths) {
        Set<Path> unique = new LinkedHashSet<>();
        if (paths != null) {
            paths.stream().filter(Objects::nonNull).forEach(p -> unique.add(p.toAbsolutePath().normalize()));
        }
        return List.copyOf(new ArrayList<>(unique).subList(0, Math.min(MAX_RECENT, unique.size())));
    }

    public Preferences withWindow(WindowBounds bounds, boolean isMaximized) {
        return edit(f -> {
            f.window = bounds;
            f.maximized = isMaximized;
        });
    }

    public Preferences withDividers(List<Double> positions) {
        return edit(f -> f.dividers = positions);
    }

    public Preferences withTheme(String name) {
        return edit(f -> f.theme = name);
    }

    public Preferences withTextSize(int percent) {
        return edit(f -> f.textSize = percent);
    }

    public Preferences withTagsAnyOf(boolean anyOf) {
        return edit(f -> f.tagsAnyOf = anyOf);
    }

    /**
     * A library was opened: it becomes the last library and moves to the front of the recent ones. The last
     * article is forgotten when the library differs from the previous one.
     */
    public Preferences withLibraryOpened(Path library) {
        Path folder = library.toAbsolutePath().normalize();
        boolean same = folder.equals(lastLibrary);
        return edit(f -> {
            f.lastLibrary = folder;
            f.lastArticle = same ? lastArticle : null;
            f.lastPosition = same ? lastPosition : 0;
            f.checkedTags = same ? checkedTags : List.of();
        }).withRecentLibrary(folder);
    }

    /** The article open now (relative path, '/'-separated) and where in it the reader is; null when none is open. */
    public Preferences withLastArticle(String relativePath, double position) {
        return edit(f -> {
            f.lastArticle = relativePath;
            f.lastPosition = position;
        });
    }

    /** Puts the library first in the recent list (moving it if it was there), keeping at most {@value #MAX_RECENT}. */
    public Preferences withRecentLibrary(Path library) {
        List<Path> recent = new ArrayList<>();
        recent.add(library);
        recent.addAll(recentLibraries);
        return edit(f -> f.recentLibraries = recent);
    }

    /** Drops a library from the recent list (for example one whose folder is gone). */
    public Preferences withoutRecentLibrary(Path library) {
        Path folder = library.toAbsolutePath().normalize();
        return edit(f -> f.recentLibraries = recentLibraries.stream().filter(p -> !p.equals(folder)).toList());
    }

    public Preferences withLanguage(String tag) {
        return edit(f -> f.language = tag);
    }

    public Preferences withTagPanelShown(boolean shown) {
        return edit(f -> f.tagPanelShown = shown);
    }

    public Preferences withListPanelShown(boolean shown) {
        return edit(f -> f.listPanelShown = shown);
    }

    public Preferences withOutlineShown(boolean shown) {
        return edit(f -> f.outlineShown = shown);
    }

    /** The script Chinese articles are shown in by default (a key of {@link #SCRIPTS}). */
    public Preferences withScript(String key) {
        return edit(f -> f.script = key);
    }

    /** Whether readings are shown over kanji, and over which (a key of {@link #FURIGANA_LEVELS}). */
    public Preferences withFurigana(boolean shown, String level) {
        return edit(f -> {
            f.furigana = shown;
            f.furiganaLevel = level;
        });
    }

    public Preferences withLatinSpacing(boolean on) {
        return edit(f -> f.latinSpacing = on);
    }

    public Preferences withSerif(boolean on) {
        return edit(f -> f.serif = on);
    }

    public Preferences withWide(boolean on) {
        return edit(f -> f.wide = on);
    }

    public Preferences withTagsByName(boolean byName) {
        return edit(f -> f.tagsByName = byName);
    }

    /** What is checked in the tag panel of the last library ({@link #checkedTags}). */
    public Preferences withCheckedTags(List<String> checked) {
        return edit(f -> f.checkedTags = checked);
    }

    /** The side panel's tab, by its key ({@link #SIDE_TABS}). */
    public Preferences withSideTab(String tab) {
        return edit(f -> f.sideTab = tab);
    }

    /** The article list's order, by its key ({@link #LIST_ORDERS}). */
    public Preferences withListOrder(String order) {
        return edit(f -> f.listOrder = order);
    }

    /** The list's read-state filter, by its key ({@link #READ_FILTERS}). */
    public Preferences withReadFilter(String filter) {
        return edit(f -> f.readFilter = filter);
    }

    /** A copy with the fields {@code change} sets changed, tidied by the constructor like any other. */
    private Preferences edit(Consumer<Fields> change) {
        Fields f = new Fields(this);
        change.accept(f);
        return new Preferences(f.window, f.maximized, f.dividers, f.theme, f.textSize, f.tagsAnyOf, f.lastLibrary,
                f.lastArticle, f.lastPosition, f.recentLibraries, f.language, f.tagPanelShown, f.listPanelShown,
                f.outlineShown, f.script, f.furigana, f.furiganaLevel, f.latinSpacing, f.serif, f.wide, f.tagsByName,
                f.sideTab, f.checkedTags, f.listOrder, f.readFilter);
    }

    /** The fields of one copy being made, each as it is until a {@code with…} method sets it. */
    private static final class Fields {
        WindowBounds window;
        boolean maximized;
        List<Double> dividers;
        String theme;
        int textSize;
        boolean tagsAnyOf;
        Path lastLibrary;
        String lastArticle;
        double lastPosition;
        List<Path> recentLibraries;
        String language;
        boolean tagPanelShown;
        boolean listPanelShown;
        boolean outlineShown;
        String script;
        boolean furigana;
        String furiganaLevel;
        boolean latinSpacing;
        boolean serif;
        boolean wide;
        boolean tagsByName;
        String sideTab;
        List<String> checkedTags;
        String listOrder;
        String readFilter;

        Fields(Preferences p) {
            window = p.window;
            maximized = p.maximized;
            dividers = p.dividers;
            theme = p.theme;
            textSize = p.textSize;
            tagsAnyOf = p.tagsAnyOf;
            lastLibrary = p.lastLibrary;
            lastArticle = p.lastArticle;
            lastPosition = p.lastPosition;
            recentLibraries = p.recentLibraries;
            language = p.language;
            tagPanelShown = p.tagPanelShown;
            listPanelShown = p.listPanelShown;
            outlineShown = p.outlineShown;
            script = p.script;
            furigana = p.furigana;
            furiganaLevel = p.furiganaLevel;
            latinSpacing = p.latinSpacing;
            serif = p.serif;
            wide = p.wide;
            tagsByName = p.tagsByName;
            sideTab = p.sideTab;
            checkedTags = p.checkedTags;
            listOrder = p.listOrder;
            readFilter = p.readFilter;
        }
    }
}
