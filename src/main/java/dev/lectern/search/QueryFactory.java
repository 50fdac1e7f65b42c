package dev.lectern.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns parsed clauses into a Lucene query: every clause must match; a clause matches in any text field,
 * title first. CJK runs become phrases of bigrams (a substring match); a lone Latin word also matches as a prefix,
 * and any text without CJK also matches wherever it occurs, inside words too, through its pieces ({@link Grams});
 * Chinese matches in its simplified and traditional forms, and Latin letters also as the pinyin of a title, tag or author.
 */
final class QueryFactory {

    /**
     * The tokens a word typed finds as the start of a word too: Latin and other alphabets, South-East Asian runs, emoji
     * (👍 starts 👍🏽, its skin tone a part of the same token, as grep finds it).
     */
    private static final java.util.Set<String> PREFIXED_TYPES = java.util.Set.of("<ALPHANUM>", "<SOUTHEAST_ASIAN>", "<EMOJI>");

    /** Weights per field: a title match ranks above a tag or author match, which ranks above a body match. */
    private static final Map<String, Float> FIELDS = Map.of(
            IndexFields.TITLE, 10f, IndexFields.TAGS, 4f, IndexFields.AUTHORS, 4f,
            IndexFields.NOTES, 2f, IndexFields.SOURCE, 1f);
    private static final float PREFIX_WEIGHT = 0.5f;
    /** Pinyin typed for a title, tag or author ranks as a tag match. */
    private static final float PINYIN_WEIGHT = 4f;
    /** Pinyin initials of two letters or fewer rank below any match of the text, inside a word too ({@link #perField}). */
    private static final float SHORT_PINYIN_WEIGHT = 0.001f;
    /** A match only inside a word (found by its pieces) ranks below any whole word or word start. */
    private static final float PIECES_WEIGHT = 0.01f;

    private final Analyzer analyzer = new SearchAnalyzer(false);
    private final SourceFiles files;

    /** @param files read to check the articles found by pieces of a text only */
    QueryFactory(SourceFiles files) {
        this.files = files;
    }

    /** The query, or null when the text holds nothing searchable. */
    Query build(List<QueryClause> clauses) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int count = 0;
        for (QueryClause clause : clauses) {
            Query query = variants(clause);
            if (query != null) {
                all.add(query, Occur.MUST);
                count++;
            }
        }
        if (count > 0) {
            joinedPinyin(clauses).forEach(joined -> all.add(joined, Occur.SHOULD));
        }
        return count == 0 ? null : all.build();
    }

    /** At most this many words of a query are looked at for pinyin typed with spaces ({@link #joinedPinyin}). */
    private static final int MOST_PINYIN_WORDS = 8;

    /**
     * Pinyin typed with spaces between its syllables ({@code xian cheng chi}): each run of two or more words that
     * could be pinyin, joined, as the pinyin of a title, tag or author. Only raises the rank of the articles found
     * (without it, a title spelling 实现 and 集成 ranked above those about 线程池); it finds none by itself.
     */
    private static List<Query> joinedPinyin(List<QueryClause> clauses) {
        List<Query> joined = new ArrayList<>();
        int words = Math.min(clauses.size(), MOST_PINYIN_WORDS);
        for (int from = 0; from < words; from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < words; to++) {
                QueryClause clause = clauses.get(to);
                String folded = Snippets.fold(clause.text());
                if (clause.field() != null || clause.phrase() || !Pinyin.couldBe(folded)) {
                    break;
                }
                run.append(folded);
                if (to > from) {
                    joined.add(new BoostQuery(pinyin(run.toString()), to - from + 1));
                }
            }
        }
        return joined;
    }

    /** The clause in its simplified and traditional Chinese forms, either matching. */
    private Query variants(QueryClause clause) {
        List<Query> forms = new ArrayList<>();
        for (String text : ChineseVariants.of(clause.text())) {
            QueryClause form = new QueryClause(clause.field(), text, clause.phrase());
            Query query = clause.field() == null ? anyField(form) : forField(form.field(), form);
            if (query != null) {
                forms.add(query);
            }
        }
        return forms.isEmpty() ? null : forms.size() == 1 ? forms.get(0) : new DisjunctionMaxQuery(forms, 0f);
    }

    /**
     * The query of a quick "go to" box: every word must start a word of the title, or be pinyin of it (or of a tag
     * or author); null when nothing is searchable.
     */
    Query titles(List<QueryClause> clauses) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int count = 0;
        for (QueryClause clause : clauses) {
            List<Query> either = new ArrayList<>();
            for (String text : ChineseVariants.of(clause.text())) {
                Query title = narrowed(new QueryClause(null, text, clause.phrase()),
                        forField(IndexFields.TITLE, new QueryClause(IndexFields.TITLE, text, clause.phrase())));
                if (title != null) {
                    either.add(new BoostQuery(title, FIELDS.get(IndexFields.TITLE)));
                }
            }
            String folded = Snippets.fold(clause.text());
            if (Pinyin.couldBe(folded)) {
                either.add(pinyin(folded));
            }
            if (!either.isEmpty()) {
                all.add(new DisjunctionMaxQuery(either, 0.1f), Occur.MUST);
                count++;
            }
        }
        if (count > 0) {
            joinedPinyin(clauses).forEach(joined -> all.add(joined, Occur.SHOULD));
        }
        return count == 0 ? null : all.build();
    }

    /**
     * A query with a word looked up by its pieces and checked against the files, split in two: the words query (every
     * clause matched by whole words, word starts, pinyin, or exactly in the index), and the candidates the words query
     * does not find, each to be checked against its file for the words it does not hold as words. Null for a query
     * with no such word. Every article found by words ranks above every one found only through a check.
     */
    Split split(List<QueryClause> clauses) {
        List<Check> checks = new ArrayList<>();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        BooleanQuery.Builder candidates = new BooleanQuery.Builder();
        boolean anyWords = true;
        for (QueryClause clause : clauses) {
            String needle = checkedNeedle(clause);
            if (needle == null) {
                Query exact = variants(clause);
                if (exact != null) {
                    words.add(exact, Occur.MUST);
                    candidates.add(exact, Occur.FILTER);
                }
                continue;
            }
            Query clauseWords = words(clause);
            BooleanQuery.Builder grams = grams(needle);
            boolean alone = clauses.size() == 1 || clauseWords == null;
            candidates.add(alone ? grams.build() : new BooleanQuery.Builder().add(grams.build(), Occur.SHOULD)
                    .add(clauseWords, Occur.SHOULD).build(), Occur.FILTER);
            if (clauseWords == null) {
                anyWords = false;
            } else {
                words.add(clauseWords, Occur.MUST);
            }
            checks.add(new Check(clauseWords, needle));
        }
        if (checks.isEmpty()) {
            return null;
        }
        joinedPinyin(clauses).forEach(joined -> words.add(joined, Occur.SHOULD));
        Query wordsQuery = anyWords ? words.build() : null;
        if (wordsQuery != null) {
            candidates.add(wordsQuery, Occur.MUST_NOT);
        }
        return new Split(wordsQuery, candidates.build(), checks);
    }

    /** The folded text of a clause that is found inside words only through its pieces and a check of the file; else null. */
    private static String checkedNeedle(QueryClause clause) {
        if (clause.field() != null || ChineseVariants.of(clause.text()).size() != 1) {
            return null;
        }
        List<String> needle = Snippets.needles(List.of(new QueryClause(null, clause.text(), true)));
        return needle.isEmpty() || needle.get(0).length() <= 3 || !Grams.applies(needle.get(0)) ? null : needle.get(0);
    }

    /**
     * The parts of a query split by {@link #split}: words is null when some checked clause holds no whole word; the
     * checks are those of the clauses found inside words.
     */
    record Split(Query words, Query candidates, List<Check> checks) {
    }

    /** A clause found inside words: an article holds it when its words query matches or its file holds the needle. */
    record Check(Query words, String needle) {
    }

    private Query words(QueryClause clause) {
        List<Query> perField = perField(clause);
        return narrowed(clause, perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.1f));
    }

    private Query anyField(QueryClause clause) {
        List<Query> perField = perField(clause);
        Query words = perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.1f);
        Query narrowed = narrowed(clause, words);
        Query pieces = pieces(clause.text(), narrowed);
        if (pieces == null) {
            return withMarks(clause, narrowed);
        }
        List<Query> either = new ArrayList<>(narrowed == words ? perField : List.of(narrowed));
        either.add(new BoostQuery(pieces, PIECES_WEIGHT));
        return new DisjunctionMaxQuery(either, 0.1f);
    }

    /**
     * The words query of a text with CJK punctuation ({@code 。、「」《》}), which the analyzer drops: kept to the articles
     * holding each such mark (the index keeps every CJK character as a piece) and checked against their files, so that
     * {@code 。} finds what grep finds (it found nothing) and {@code 发。} only the articles that hold it (it found every
     * article with 发). A mark alone is its piece. A quoted phrase of CJK with spaces, Latin or digits ({@code "线程 池"},
     * {@code "java 并发"}) is checked against the files too: its words ignore the spaces and the boundaries between
     * scripts, and found 线程 with 池 anywhere in the article, or {@code java并发} for {@code "java 并发"}; such a phrase
     * is found with bold or code marks inside it too, as the page shows it. Unchanged for any other text without such
     * marks.
     */
    private Query withMarks(QueryClause clause, Query words) {
        String folded = Snippets.fold(clause.text()).replaceAll("\\s+", " ").strip();
        BooleanQuery.Builder held = new BooleanQuery.Builder();
        boolean marks = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Grams.inGrams(c) && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)
                    && !Character.isSurrogate(c)) {
                held.add(new TermQuery(new Term(IndexFields.GRAMS, String.valueOf(c))), Occur.FILTER);
                marks = true;
            }
        }
        boolean phrase = clause.phrase() && words != null && mixed(folded);
        if (!marks && !phrase) {
            return words;
        }
        if (marks && folded.length() == 1) {
            return new ConstantScoreQuery(held.build());
        }
        if (words != null) {
            held.add(words, Occur.FILTER);
        }
        return checked(words, new VerifiedPieces(held.build(), folded, files, phrase));
    }

    /** Whether a folded text holds CJK (or Hangul) and also a space or other characters the CJK pieces leave out. */
    private static boolean mixed(String folded) {
        boolean cjk = false;
        boolean other = false;
        for (int i = 0; i < folded.length(); i++) {
            if (Grams.inGrams(folded.charAt(i))) {
                other = true;
            } else if (!Character.isSurrogate(folded.charAt(i))) {
                cjk = true;
            }
        }
        return cjk && other;
    }

    /**
     * The words query of a clause, kept to the articles holding the pieces of its text when the words leave some of
     * the text out: {@code c++} and {@code c#} are the word "c", {@code .js} the word "js", and found by their words
     * alone they listed every article on C. In a text with CJK ({@code c++教程}) each run of other characters is
     * looked at alone. Unchanged when the words are the whole text (a word, or words and spaces) and when there are
     * no words. A run of more than three characters, or one beside CJK text, is also checked against the file, as its
     * pieces alone may stand apart ({@code #include} listed articles with {@code #in} in one place and {@code include}
     * in another, {@code （一）} 6,722 of houbb's articles for grep's 146).
     */
    private Query narrowed(QueryClause clause, Query words) {
        if (words == null || clause.field() != null) {
            return words;
        }
        List<String> needle = Snippets.needles(List.of(new QueryClause(null, clause.text(), true)));
        if (needle.size() != 1) {
            return words;
        }
        BooleanQuery.Builder held = new BooleanQuery.Builder().add(words, Occur.MUST);
        boolean narrowed = false;
        // a text of up to three characters outside CJK is a piece itself; else the pieces may stand apart
        boolean exact = needle.get(0).length() <= 3 && Grams.applies(needle.get(0));
        for (String run : runsOutsideCjk(needle.get(0))) {
            List<String> tokens = analyze(IndexFields.SOURCE, run).stream().map(Token::text).toList();
            if (!String.join(" ", tokens).equals(run)) {
                addGrams(held, run);
                narrowed = true;
            }
        }
        if (!narrowed) {
            return words;
        }
        if (exact) {
            return held.build();
        }
        // the pieces of a longer run may stand apart (#in of #install, then include), and a run beside CJK text apart
        // from it ((一) in an article with 一 and brackets elsewhere): the file is checked for the text
        return checked(words, new VerifiedPieces(held.build(), needle.get(0), files));
    }

    /** The words query (its scores rank the articles) kept to those the check finds; the check alone without words. */
    private static Query checked(Query words, VerifiedPieces check) {
        return words == null ? check : new BooleanQuery.Builder().add(words, Occur.MUST).add(check, Occur.FILTER).build();
    }

    /** The runs of a folded text between its CJK characters, stripped, that pieces are kept for ({@link Grams}). */
    private static List<String> runsOutsideCjk(String folded) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || !Grams.inGrams(folded.charAt(i))) {
                String run = folded.substring(start, i).strip();
                if (!run.isEmpty()) {
                    runs.add(run);
                }
                start = i + 1;
            }
        }
        return runs;
    }

    /**
     * Pinyin or initials of a title, tag or author: spelling a whole run of Han characters ranks above spelling the
     * start of one (xcc: "java 线程池" above "线程池框架").
     */
    private static Query pinyin(String folded) {
        Term term = new Term(IndexFields.PINYIN, folded);
        return new DisjunctionMaxQuery(List.of(
                new BoostQuery(new ConstantScoreQuery(new TermQuery(term)), 2 * PINYIN_WEIGHT),
                new BoostQuery(new PrefixQuery(term), PINYIN_WEIGHT)), 0f);
    }

    private List<Query> perField(QueryClause clause) {
        List<Query> perField = new ArrayList<>();
        FIELDS.forEach((field, weight) -> {
            Query query = forField(field, clause);
            if (query != null) {
                perField.add(new BoostQuery(query, weight));
            }
        });
        String folded = Snippets.fold(clause.text());
        if (!clause.phrase() && Pinyin.couldBe(folded)) {
            // two letters are the initials of many a title's words (gc: 工程, 观测), and a word of code more often:
            // such a title ranks below the articles holding the text, not among the first
            perField.add(folded.length() <= 2 ? new BoostQuery(pinyin(folded), SHORT_PINYIN_WEIGHT) : pinyin(folded));
        }
        return perField;
    }

    /**
     * Articles holding the text anywhere (as grep -F -i would find it) but not found by the words query; null for a
     * text with CJK (its bigrams find every substring). A text of up to 3 characters is a piece itself; a longer one is
     * looked up by its pieces, and each article found that way is checked against its file.
     */
    private Query pieces(String text, Query words) {
        List<String> needle = Snippets.needles(List.of(new QueryClause(null, text, true)));
        if (needle.isEmpty() || !Grams.applies(needle.get(0))) {
            return null;
        }
        BooleanQuery.Builder all = grams(needle.get(0));
        if (needle.get(0).length() <= 3) {
            return new ConstantScoreQuery(all.build());
        }
        if (words != null) {
            all.add(words, Occur.MUST_NOT);
        }
        return new VerifiedPieces(all.build(), needle.get(0), files);
    }

    /** Every piece of a folded text ({@link Grams#ofQuery}) as a filter. */
    private static BooleanQuery.Builder grams(String needle) {
        return addGrams(new BooleanQuery.Builder(), needle);
    }

    private static BooleanQuery.Builder addGrams(BooleanQuery.Builder all, String needle) {
        for (String gram : Grams.ofQuery(needle)) {
            Term term = new Term(IndexFields.GRAMS, gram);
            // a pair is a piece of its own only where it ends a run; elsewhere it starts a piece of three
            all.add(gram.length() == 2 ? new PrefixQuery(term) : new TermQuery(term), Occur.FILTER);
        }
        return all;
    }

    private Query forField(String field, QueryClause clause) {
        List<Token> tokens = analyze(field, clause.text());
        if (tokens.isEmpty()) {
            return null;
        }
        if (IndexFields.SOURCE.equals(field) && hasEdgeSingle(tokens)) {
            return withSingleCharacters(tokens);
        }
        if (tokens.size() == 1) {
            Token token = tokens.get(0);
            Term term = new Term(field, token.text());
            // one letter starts too many words to rank by them (all of j* at 100,000 articles): the first key typed.
            // Thai, Lao, Khmer and Myanmar runs, written without spaces, are one token each: the start of a title's
            // run (บัน of บันทึกภาษาไทย) is what a reader types of it
            if (clause.phrase() || !PREFIXED_TYPES.contains(token.type()) || token.text().length() < 2) {
                return new TermQuery(term);
            }
            return new BooleanQuery.Builder()
                    .add(new TermQuery(term), Occur.SHOULD)
                    .add(new BoostQuery(new PrefixQuery(term), PREFIX_WEIGHT), Occur.SHOULD)
                    .build();
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Token token : tokens) {
            phrase.add(new Term(field, token.text()), token.position());
        }
        return phrase.build();
    }

    /**
     * Whether a single CJK character starts or ends the tokens: the file's text has no terms of single characters, and
     * such a character may stand next to other CJK characters in the text (a single one inside a phrase cannot).
     */
    private static boolean hasEdgeSingle(List<Token> tokens) {
        return CJKBigramFilter.SINGLE_TYPE.equals(tokens.get(0).type())
                || CJKBigramFilter.SINGLE_TYPE.equals(tokens.get(tokens.size() - 1).type());
    }

    /**
     * The file's text holds the tokens: each single CJK character at an edge as a piece of the article anywhere, the
     * others as a phrase where they stood. This finds a few articles too many rather than one too few.
     */
    private static Query withSingleCharacters(List<Token> tokens) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int inPhrase = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if ((i == 0 || i == tokens.size() - 1) && CJKBigramFilter.SINGLE_TYPE.equals(token.type())) {
                all.add(new TermQuery(new Term(IndexFields.GRAMS, token.text())), Occur.MUST);
            } else {
                phrase.add(new Term(IndexFields.SOURCE, token.text()), token.position());
                inPhrase++;
            }
        }
        if (inPhrase > 0) {
            all.add(phrase.build(), Occur.MUST);
        }
        return all.build();
    }

    private List<Token> analyze(String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), type.type(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private record Token(String text, String type, int position) {
    }
}
