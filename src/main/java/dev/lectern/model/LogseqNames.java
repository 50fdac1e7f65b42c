package dev.lectern.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
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

    /** Logseq's default format of a journal's name. */
    public static final String DEFAULT_FORMAT = "MMM do, yyyy";
    private static final int MOST_FORMAT = 64;

    /**
     * A journal's name in a graph's format ({@code :journal/page-title-format} in its {@code config.edn}), whose
     * letters are date-fns's: {@code yyyy}, {@code yy}, {@code MMMM} (March), {@code MMM} (Mar), {@code MM},
     * {@code M}, {@code do} (18th), {@code dd}, {@code d}, {@code EEEE} (Monday), {@code EEE} or {@code E} (Mon);
     * any other character as written, and text in single quotes; English names, as Logseq writes them by default.
     */
    public static String journalName(LocalDate day, String format) {
        StringBuilder name = new StringBuilder();
        String text = format.length() > MOST_FORMAT ? format.substring(0, MOST_FORMAT) : format;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int run = i;
            while (run < text.length() && text.charAt(run) == c) {
                run++;
            }
            int n = run - i;
            if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                close = close < 0 ? text.length() : close;
                name.append(close == i + 1 ? "'" : text.substring(i + 1, close)); // '' is a quote mark
                i = close + 1;
                continue;
            }
            switch (c) {
                case 'y' -> name.append(n == 2 ? String.format(Locale.ROOT, "%02d", day.getYear() % 100) : day.getYear());
                case 'M' -> name.append(n >= 4 ? day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        : n == 3 ? day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                        : n == 2 ? String.format(Locale.ROOT, "%02d", day.getMonthValue()) : day.getMonthValue());
                case 'd' -> {
                    boolean ordinal = n == 1 && run < text.length() && text.charAt(run) == 'o';
                    name.append(ordinal ? ordinal(day.getDayOfMonth())
                            : n == 2 ? String.format(Locale.ROOT, "%02d", day.getDayOfMonth()) : day.getDayOfMonth());
                    run += ordinal ? 1 : 0;
                }
                case 'E' -> name.append(day.getDayOfWeek().getDisplayName(n >= 4 ? TextStyle.FULL : TextStyle.SHORT,
                        Locale.ENGLISH));
                default -> name.append(text, i, run);
            }
            i = run;
        }
        return name.toString();
    }

    private static String ordinal(int d) {
        return d + (d / 10 == 1 || d % 10 == 0 || d % 10 > 3 ? "th" : new String[] {"st", "nd", "rd"}[d % 10 - 1]);
    }

    /** The name Logseq gives a journal by default, which its links use: {@code Mar 18th, 2024}. */
    public static String journalName(LocalDate day) {
        return journalName(day, DEFAULT_FORMAT);
    }
}
