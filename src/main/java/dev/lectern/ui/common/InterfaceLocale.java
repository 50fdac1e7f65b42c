package dev.lectern.ui.common;

import java.util.Locale;

/**
 * The locale for the interface language set in the preferences. Apart from {@link Messages} on purpose: loading
 * Messages fixes its default language, so the start-up must set the default locale before it touches Messages.
 */
public final class InterfaceLocale {

    private InterfaceLocale() {
    }

    /**
     * A tag such as {@code zh-CN}; plain {@code zh} is read as Simplified Chinese, whose region JavaFX needs to word
     * its own buttons (Close, OK, Cancel) in Chinese too.
     */
    public static Locale of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        boolean plainChinese = locale.getLanguage().equals("zh") && locale.getCountry().isEmpty()
                && locale.getScript().isEmpty();
        return plainChinese ? Locale.SIMPLIFIED_CHINESE : locale;
    }
}
