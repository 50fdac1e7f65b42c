package dev.lectern.library;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of an article as written in its own zone: "2017-09-28 23:30 +0800" is
 * 2017-09-28, never converted to UTC. Accepts one-digit parts, 'T' or spaces between date and
 * time, optional seconds and fractions, an offset with or without colon (glued or spaced), 'Z',
 * a zone name such as "UTC", and '/' as date separator.
 */
final class DateParser {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"
            + "(?:(?:T\\s*|\\s+)(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,]\\d+)?)?)?"
            + "\\s*(?:Z|[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{2,5})?");
    /**
     * Jekyll's {@code 2020-01-05-slug.md}, a daily note's {@code 2020-01-05.md}, {@code 2020-01-05 Standup.md}, a Logseq
     * journal's {@code 2020_01_05.md}.
     */
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})([-_])(\\d{1,2})\\2(\\d{1,2})[-_ .].*");

    /** Seconds (9 or 10 digits) or milliseconds (12 or 13) since 1970, as Dendron and some exporters write {@code created}. */
    private static final Pattern EPOCH = Pattern.compile("\\d{9,10}|\\d{12,13}");
    /**
     * A day written in English words: {@code Mar 18th, 2024} (a Logseq journal's name), {@code March 18, 2024},
     * {@code 18 March 2024}.
     */
    private static final Pattern WORDS = Pattern.compile("(?i)(?:([a-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})"
            + "|(\\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\\.?,? (\\d{4}))");

    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 1, 1);

    /** A month's number (1–12) from its English name or its short name ({@code Mar}, {@code Sept}); 0 for none. */
    private static int month(String name) {
        for (java.time.Month month : java.time.Month.values()) {
            for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT}) {
                if (name.equalsIgnoreCase(month.getDisplayName(style, Locale.ENGLISH))) {
                    return month.getValue();
                }
            }
        }
        return name.equalsIgnoreCase("sept") ? 9 : 0;
    }

    /** The day (UTC) of a time since 1970 in seconds or milliseconds, when it falls between 1990 and 2100; else null. */
    private static LocalDate fromEpoch(long time) {
        long millis = time < 100_000_000_000L ? time * 1000 : time;
        LocalDate day = java.time.Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toLocalDate();
        return day.isBefore(EARLIEST) || day.isAfter(LATEST) ? null : day;
    }

    /** The date in a front matter value, or null when the value is not a sensible date. */
    LocalDate parse(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.startsWith("[[") && text.endsWith("]]") && text.length() > 4) {
            text = text.substring(2, text.length() - 2).strip(); // a Logseq page's date:: [[Mar 18th, 2024]]
        }
        if (EPOCH.matcher(text).matches()) {
            return fromEpoch(Long.parseLong(text));
        }
        Matcher words = text.length() <= 40 ? WORDS.matcher(text) : null;
        if (words != null && words.matches()) {
            boolean monthFirst = words.group(1) != null;
            int month = month(monthFirst ? words.group(1) : words.group(5));
            String day = monthFirst ? words.group(2) : words.group(4);
            String year = monthFirst ? words.group(3) : words.group(6);
            return month < 1 ? null : date(year, String.valueOf(month), day);
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        if (m.group(5) != null && (Integer.parseInt(m.group(5)) > 24 || Integer.parseInt(m.group(6)) > 59
                || m.group(7) != null && Integer.parseInt(m.group(7)) > 60)) {
            return null;
        }
        return date(m.group(1), m.group(3), m.group(4));
    }

    /** The date a file's name starts with ("2020-01-05-slug.md", a daily note's "2020-01-05.md"), or null. */
    LocalDate fromFileName(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        return m.matches() ? date(m.group(1), m.group(3), m.group(4)) : null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
