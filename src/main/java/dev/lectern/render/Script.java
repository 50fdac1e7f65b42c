package dev.lectern.render;

import java.util.Locale;

/** The script a Chinese article is shown in: as written, or converted phrase by phrase on display (never in the file). */
public enum Script {
    AS_WRITTEN, SIMPLIFIED, TRADITIONAL, TAIWAN, HONG_KONG;

    /** The name kept in preferences and the reading state ("as-written", "simplified", "taiwan", …). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The language a Chinese page is shown in once converted to this script ("zh-TW" for Taiwan), so that it is set in
     * that script's fonts (Traditional fonts centre their punctuation); any other page, or as written, keeps its own.
     */
    public String shownLang(String pageLang) {
        if (!pageLang.toLowerCase(Locale.ROOT).startsWith("zh")) {
            return pageLang;
        }
        return switch (this) {
            case AS_WRITTEN -> pageLang;
            case SIMPLIFIED -> "zh-CN";
            case TRADITIONAL -> "zh-Hant";
            case TAIWAN -> "zh-TW";
            case HONG_KONG -> "zh-HK";
        };
    }

    /** The longest text {@link #convert(String)} converts; longer text is returned as written (keeps a list's cost bounded). */
    public static final int MAX_CONVERTED = 2_000;

    /**
     * A short Chinese text (a title, a snippet) in this script, phrase by phrase as a page is shown, for the lists
     * beside the page; as written for {@link #AS_WRITTEN}, for text past {@link #MAX_CONVERTED} characters, or should
     * the converter fail.
     */
    public String convert(String text) {
        java.util.function.UnaryOperator<String> converter = ScriptConverter.converter(this);
        if (converter == null || text == null || text.length() > MAX_CONVERTED) {
            return text;
        }
        try {
            String shown = converter.apply(text);
            return shown == null ? text : shown;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return text; // a dictionary that failed to load (ExceptionInInitializerError) shows the text as written
        }
    }

    /** The script of a key, or null for an unknown or missing one. */
    public static Script fromKey(String key) {
        for (Script script : values()) {
            if (script.key().equals(key)) {
                return script;
            }
        }
        return null;
    }
}
