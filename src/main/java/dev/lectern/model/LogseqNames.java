package dev.lectern.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Logseq page's name from its file's: a namespaced page {@code Java/Threads} is saved as {@code Java___Threads.md},
 * characters a file name cannot hold are %-escaped ({@code What%3F.md}), and a journal is
 * {@code journals/2024_03_18.md}, which Logseq names {@code Mar 18th, 2024} (its default format) and Lectern dates.
 */
public final class LogseqNames {

    private static final Pattern JOURNAL = Pattern.compile("\\d{4}_\\d{2}_\\d{2}");
    private static final Pattern ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};

    private LogseqNames() {
    }

    /** The page's name from its file name without extension: {@code Java___Threads} → {@code Java/Threads}. */
    public static String pageName(String stem) {
        String name = stem.replace("___", "/");
        if (ESCAPE.matcher(name).find()) {
            try {
                name = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return name; // a lone % among valid escapes: the name as written
            }
        }
        return name;
    }

    /** The day a journal's file name ({@code 2024_03_18}) gives, or null for any other name. */
    public static LocalDate journalDay(String stem) {
        if (!JOURNAL.matcher(stem).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(stem.replace('_', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The name Logseq gives a journal by default, which its links use: {@code Mar 18th, 2024}. */
    public static String journalName(LocalDate day) {
        int d = day.getDayOfMonth();
        String suffix = d / 10 == 1 || d % 10 == 0 || d % 10 > 3 ? "th" : new String[] {"st", "nd", "rd"}[d % 10 - 1];
        return String.format(Locale.ROOT, "%s %d%s, %d", MONTHS[day.getMonthValue() - 1], d, suffix, day.getYear());
    }
}
