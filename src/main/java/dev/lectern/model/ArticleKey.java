package dev.lectern.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * What recognises an article after it was renamed or moved: its title, its date and a hash of its text.
 *
 * @param title       as listed, or null
 * @param date        ISO date ("2020-01-05"), or null
 * @param contentHash {@link #hashOf(String)} of the article's text, or null
 */
public record ArticleKey(String title, String date, String contentHash) {

    /** The key of an article with the given title, date (may be null) and text. */
    public static ArticleKey of(String title, LocalDate date, String text) {
        return new ArticleKey(title, date == null ? null : date.toString(), hashOf(text));
    }

    /** The first 16 hex digits of the SHA-256 of the text with all runs of white space made one space and trimmed. */
    public static String hashOf(String text) {
        String normalised = text.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
