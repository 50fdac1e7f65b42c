package dev.lectern.store;

import dev.lectern.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The preferences file format: block-style YAML, one key per line, absent values left out. Example:
 * <pre>
 * theme: sepia
 * textSize: 110
 * tagMode: any                 # all | any
 * language: system             # system | en | zh-CN | …
 * tagPanel: true
 * listPanel: true
 * outline: false
 * sideTab: outline             # outline | highlights | backlinks
 * checked: [language:日本語]     # checked in the last library's tag panel
 * script: as-written           # as-written | simplified | traditional | taiwan | hong-kong
 * furigana: false
 * furiganaLevel: all           # all | beyond-grade-2 | beyond-joyo
 * latinSpacing: false          # a thin space between CJK and Latin text
 * typeface: sans-serif         # sans-serif | serif
 * column: normal               # normal | wide
 * tagOrder: count              # count | name
 * listOrder: newest            # newest | oldest | title | title-reversed
 * readFilter: all              # all | unread | in-progress | read
 * window: {x, y, width, height, maximized}
 * dividers: [0.17, 0.5]
 * lastLibrary: /home/ann/blog
 * lastArticle: posts/2020-01-05-夜.md
 * lastPosition: 0.42
 * recentLibraries: [/home/ann/blog, …]
 * </pre>
 * Reading never throws: unknown keys are ignored, a value that cannot be used falls back to its default (the other
 * keys keep theirs) and is noted among the replaced values, and text that is not a YAML mapping gives the defaults and a
 * problem.
 */
final class PreferencesFormat {

    private static final String HEADER = "# Lectern preferences, saved on every change. Edit them while Lectern is closed.\n";

    /**
     * What was read.
     *
     * @param preferences what to apply
     * @param problems    why the file could not be read at all (not YAML, not a mapping); empty when it could
     * @param replaced    a {@code PREFERENCE_NOT_UNDERSTOOD} per value that could not be used and was replaced by its
     *                    default: a hand edit's typo, not a damaged file
     */
    record Read(Preferences preferences, List<Problem> problems, List<Problem> replaced) {

        Read(Preferences preferences, List<Problem> problems) {
            this(preferences, problems, List.of());
        }
    }

    String dump(Preferences p) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("theme", p.theme());
        root.put("textSize", p.textSize());
        root.put("tagMode", p.tagsAnyOf() ? "any" : "all");
        root.put("language", p.language());
        root.put("tagPanel", p.tagPanelShown());
        root.put("listPanel", p.listPanelShown());
        root.put("outline", p.outlineShown());
        root.put("sideTab", p.sideTab());
        if (!p.checkedTags().isEmpty()) {
            root.put("checked", p.checkedTags());
        }
        root.put("script", p.script());
        root.put("furigana", p.furigana());
        root.put("furiganaLevel", p.furiganaLevel());
        root.put("latinSpacing", p.latinSpacing());
        root.put("typeface", p.serif() ? "serif" : "sans-serif");
        root.put("column", p.wide() ? "wide" : "normal");
        root.put("tagOrder", p.tagsByName() ? "name" : "count");
        root.put("listOrder", p.listOrder());
        root.put("readFilter", p.readFilter());
        Map<String, Object> window = new LinkedHashMap<>();
        if (p.window().isSet()) {
            window.put("x", p.window().x());
            window.put("y", p.window().y());
            window.put("width", p.window().width());
            window.put("height", p.window().height());
        }
        window.put("maximized", p.maximized());
        root.put("window", window);
        if (!p.dividers().isEmpty()) {
            root.put("dividers", p.dividers());
        }
        if (p.lastLibrary() != null) {
            root.put("lastLibrary", p.lastLibrary().toString());
        }
        if (p.lastArticle() != null) {
            root.put("lastArticle", p.lastArticle());
            root.put("lastPosition", p.lastPosition());
        }
        if (!p.recentLibraries().isEmpty()) {
            root.put("recentLibraries", p.recentLibraries().stream().map(Path::toString).toList());
        }
        return HEADER + YamlSetup.dumper().dump(root);
    }

    Read read(String text) {
        Object document;
        try {
            document = YamlSetup.load(text, 64 * 1024);
        } catch (YAMLException e) {
            return new Read(Preferences.defaults(), List.of(YamlSetup.problemOf(e)));
        }
        if (document == null) {
            return new Read(Preferences.defaults(), List.of());
        }
        if (!(document instanceof Map<?, ?> map)) {
            return new Read(Preferences.defaults(), List.of(Problem.of(Problem.Kind.PREFERENCES_NOT_A_MAP)));
        }
        TypedValues v = new TypedValues(map);
        Preferences d = Preferences.defaults();
        TypedValues window = new TypedValues(v.get("window", Map.class, Map.of()), "window.");
        WindowBounds bounds = new WindowBounds(window.number("x", Double.NaN), window.number("y", Double.NaN),
                window.number("width", Double.NaN), window.number("height", Double.NaN));
        String theme = v.checked("theme", d.theme(), Preferences::isTheme);
        String mode = v.checked("tagMode", "all", s -> s.equals("all") || s.equals("any"));
        String language = v.checked("language", d.language(), Preferences::isLanguage);
        String tagOrder = v.checked("tagOrder", "count", s -> s.equals("count") || s.equals("name"));
        String typeface = v.checked("typeface", "sans-serif", s -> s.equals("sans-serif") || s.equals("serif"));
        String column = v.checked("column", "normal", s -> s.equals("normal") || s.equals("wide"));
        Preferences read = new Preferences(bounds, window.get("maximized", Boolean.class, d.maximized()),
                v.list("dividers", Double.class, s -> Double.valueOf(((Number) s).doubleValue())), theme,
                v.get("textSize", Integer.class, d.textSize()), mode.equals("any"), v.path("lastLibrary"),
                v.get("lastArticle", String.class, null), v.number("lastPosition", 0),
                v.list("recentLibraries", Path.class, s -> Path.of((String) s)), language,
                v.get("tagPanel", Boolean.class, d.tagPanelShown()), v.get("listPanel", Boolean.class, d.listPanelShown()),
                v.get("outline", Boolean.class, d.outlineShown()),
                v.checked("script", d.script(), Preferences.SCRIPTS::contains), v.get("furigana", Boolean.class, d.furigana()),
                v.checked("furiganaLevel", d.furiganaLevel(), Preferences.FURIGANA_LEVELS::contains),
                v.get("latinSpacing", Boolean.class, d.latinSpacing()), typeface.equals("serif"), column.equals("wide"),
                tagOrder.equals("name"),
                v.checked("sideTab", d.sideTab(), Preferences.SIDE_TABS::contains),
                v.list("checked", String.class, String.class::cast),
                v.checked("listOrder", d.listOrder(), Preferences.LIST_ORDERS::contains),
                v.checked("readFilter", d.readFilter(), Preferences.READ_FILTERS::contains));
        List<Problem> replaced = new ArrayList<>(v.problems);
        replaced.addAll(window.problems);
        return new Read(read, List.of(), replaced);
    }
}
