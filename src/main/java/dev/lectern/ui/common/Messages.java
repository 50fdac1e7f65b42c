package dev.lectern.ui.common;

import dev.lectern.model.Problem;
import dev.lectern.model.HighlightColor;
import dev.lectern.render.PageWords;
import dev.lectern.store.ExportWords;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the interface, from the resource bundle {@code dev/lectern/ui/messages*.properties}: Simplified
 * Chinese for any Chinese locale, Japanese for a Japanese one, Korean for a Korean one, English (the base bundle)
 * for every other. The static accessors speak the language of the default locale as it is when this class is first
 * used: the app sets it from the language preference before it builds any view, so a change of language applies on
 * the next start.
 *
 * <p>Texts with arguments are {@link MessageFormat} patterns formatted with the locale (numbers grouped as the
 * locale groups them); texts never hold a straight apostrophe (English is phrased without one), so a text reads
 * the same whether it went through MessageFormat or not.
 */
public final class Messages {

    /** The languages the interface speaks, English (the fallback) first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.JAPANESE,
            Locale.KOREAN);

    static final String BUNDLE = "dev.lectern.ui.messages";
    private static final Messages DEFAULT = forLocale(Locale.getDefault());

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The interface's words for a locale (English when the bundle has no such language). */
    public static Messages forLocale(Locale locale) {
        // no fallback to the default locale: English asked for is English even on a Chinese system
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    /** The text of a key, as written in the bundle. */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** The pattern of a key filled with the arguments, numbers formatted for the locale. */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A problem made in a lower layer (a file that could not be read or saved, front matter that does not parse), worded in this language. */
    public String problem(Problem problem) {
        Object[] values = problem.values().toArray();
        int worded = problem.kind().worded();
        if (worded >= 0 && worded < values.length && bundle.containsKey("problem.shape." + values[worded])) {
            values[worded] = text("problem.shape." + values[worded]);
        }
        int details = problem.kind().details();
        if (details >= 0 && details < values.length && !problem.details().isEmpty()) {
            values[details] = details(problem.details(), problem.value(details));
        }
        MessageFormat pattern = new MessageFormat(text("problem." + problem.kind().name()), locale);
        Format[] formats = pattern.getFormatsByArgumentIndex();
        for (int i = 0; i < values.length && i < formats.length; i++) {
            if (formats[i] != null) { // a count the pattern words by number ("1 annotation was")
                try {
                    values[i] = Long.parseLong((String) values[i]);
                } catch (NumberFormatException | ClassCastException e) {
                    pattern.setFormatByArgumentIndex(i, null); // not a count after all: shown as given
                }
            }
        }
        return pattern.format(values);
    }

    /** The details of a problem worded one after the other, then how many more there were when not all are given. */
    private String details(List<Problem> details, String total) {
        // the same sentence for several things (a binary file: "not valid YAML" each time) is said once, with how often
        java.util.Map<String, Integer> times = new java.util.LinkedHashMap<>();
        details.stream().map(this::problem).forEach(sentence -> times.merge(sentence, 1, Integer::sum));
        List<String> worded = new ArrayList<>();
        times.forEach((sentence, count) -> worded.add(count == 1 ? sentence : format("problem.repeated", sentence, count)));
        try {
            int more = Integer.parseInt(total) - details.size();
            if (more > 0) {
                worded.add(format("problem.more", more));
            }
        } catch (NumberFormatException e) {
            // a problem made by hand without a count: its details only
        }
        return String.join(text("problem.separator"), worded);
    }

    /** The language these words are in: one of {@link #LANGUAGES}. */
    public Locale language() {
        String found = bundle.getLocale().getLanguage();
        return LANGUAGES.stream().filter(language -> language.getLanguage().equals(found)).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The words the renderer writes into a reading page (reading time, image placeholders...). */
    public PageWords pageWords() {
        return new PageWords(text("page.minutesRead"), text("page.source"), text("page.image"),
                text("page.imageNotFound"), text("page.imageBlocked"), text("page.copyCode"), text("page.diagram"), text("page.video"),
                text("page.audio"), text("page.embeddedPage"), text("page.mathUnread"), text("page.mathLoop"));
    }

    /** The words the Markdown export writes around the highlights (headings, marks, colours). */
    public ExportWords exportWords() {
        java.util.Map<HighlightColor, String> colors = new java.util.EnumMap<>(HighlightColor.class);
        for (HighlightColor color : HighlightColor.values()) { // "yellow" in a sentence, as the English export writes
            colors.put(color, text("color." + color.key()).toLowerCase(language()));
        }
        return new ExportWords(text("exportDoc.title"), text("exportDoc.bookmarks"), text("exportDoc.wholeArticle"),
                text("exportDoc.noLabel"), text("exportDoc.notFound"), text("exportDoc.textChanged"), colors);
    }

    /** The interface's text of a key, in the language of the default locale. */
    public static String t(String key) {
        return DEFAULT.text(key);
    }

    /** The interface's pattern of a key filled with the arguments, in the language of the default locale. */
    public static String t(String key, Object... args) {
        return DEFAULT.format(key, args);
    }

    /** A problem worded in the language of the default locale. */
    public static String describe(Problem problem) {
        return DEFAULT.problem(problem);
    }

    /** A count as the interface writes numbers: 2,126 rather than 2126 (the status bar's counts are written so). */
    public static String count(int number) {
        return java.text.NumberFormat.getIntegerInstance(bundleLocale()).format(number);
    }

    /** The language the interface speaks in this run. */
    public static Locale bundleLocale() {
        return DEFAULT.language();
    }

    /** The words of exports in this run's language, for the store's exporters. */
    public static ExportWords defaultExportWords() {
        return DEFAULT.exportWords();
    }

    /** The words of reading pages in this run's language, for the renderer. */
    public static PageWords defaultPageWords() {
        return DEFAULT.pageWords();
    }
}
