package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ReadState;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

/**
 * The read state of every article of the library, by its index in the filter's list: one byte each, looked up once
 * per library, so filtering 100,000 articles by read state is one cheap pass.
 */
final class ReadStateIndex {

    private static final ReadState[] STATES = ReadState.values();

    private Function<ArticleId, ReadState> lookup = id -> ReadState.UNREAD;
    private List<Article> articles = List.of();
    private byte[] states = new byte[0];

    /** Where states come from; the index is rebuilt at once. */
    public void setLookup(Function<ArticleId, ReadState> source) {
        lookup = source;
        rebuild(articles);
    }

    public void rebuild(List<Article> library) {
        articles = library;
        states = new byte[library.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = (byte) lookup.apply(library.get(i).id()).ordinal();
        }
    }

    /** The state of an article not yet in the index (while a library streams in). */
    public ReadState lookUp(ArticleId id) {
        return lookup.apply(id);
    }

    /** The article's index in the library, or -1 when it is not in it. */
    public int indexOf(ArticleId id) {
        for (int i = 0; i < states.length; i++) {
            if (articles.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public void set(int index, ReadState state) {
        states[index] = (byte) state.ordinal();
    }

    public ReadState state(int index) {
        return STATES[states[index]];
    }

    /** The articles of {@code among} in the given state. */
    public BitSet only(BitSet among, ReadState state) {
        BitSet kept = new BitSet(states.length);
        byte wanted = (byte) state.ordinal();
        for (int i = among.nextSetBit(0); i >= 0; i = among.nextSetBit(i + 1)) {
            if (states[i] == wanted) {
                kept.set(i);
            }
        }
        return kept;
    }

    /** How many articles of {@code among} are in each state, by ordinal. */
    public int[] count(BitSet among) {
        int[] counts = new int[STATES.length];
        for (int i = among.nextSetBit(0); i >= 0; i = among.nextSetBit(i + 1)) {
            counts[states[i]]++;
        }
        return counts;
    }
}
