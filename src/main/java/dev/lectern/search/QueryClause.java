package dev.lectern.search;

/**
 * One part of a search text: a word, a quoted phrase, or a {@code tag:} / {@code author:} term.
 *
 * @param field  {@link IndexFields#TAGS}, {@link IndexFields#AUTHORS}, or null for all text fields
 * @param text   the words as typed, quotes removed
 * @param phrase true when quoted: matched exactly, never as a prefix
 */
record QueryClause(String field, String text, boolean phrase) {
}
