package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ReadState;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides which articles are shown: the checked tags and categories (all-of or any-of), "Untagged", a text filter on
 * title and author, and the read state. Works on bit sets, so a change is one pass over the library. No JavaFX:
 * the list's view model and the filter benchmark both run this code.
 */
public final class FilterEngine {

    private final ReadStateIndex readStates = new ReadStateIndex();
    private final Set<TagRef> checked = new LinkedHashSet<>();
    private TagIndex index = TagIndex.build(List.of());
    private MatchMode mode = MatchMode.ALL;
    private String query = "";
    private ReadState state;
    private boolean untaggedChecked;
    private List<Article> articles = List.of();
    private String[] haystacks = new String[0];
    private BitSet textMatches = new BitSet();
    private BitSet result = new BitSet();
    /** The articles the text and tags let through, whatever their read state: what the read-state counts count. */
    private BitSet candidates = new BitSet();
    /** In all-of mode, what the text, the read state and the checks other than languages let through: languages' counts. */
    private BitSet beforeLanguages = new BitSet();
    private int[] stateCounts = new int[ReadState.values().length];
    /** Untagged articles {@link #passing} let through since the last {@link #apply} (not in the index yet). */
    private int streamedUntagged;

    /** Where the read state of each article comes from (by default every article is unread). */
    public void setReadStates(Function<ArticleId, ReadState> lookup) {
        readStates.setLookup(lookup);
    }

    /** An article's read state changed: the counts follow, what is shown does not until the next {@link #apply}. */
    public void readStateChanged(ArticleId id, ReadState now) {
        int i = readStates.indexOf(id);
        if (i >= 0) {
            if (candidates.get(i)) {
                stateCounts[readStates.state(i).ordinal()]--;
                stateCounts[now.ordinal()]++;
            }
            readStates.set(i, now);
        }
    }

    /** How many articles the text and tags let through are in this state (what choosing it would show). */
    public int stateCount(ReadState counted) {
        return stateCounts[counted.ordinal()];
    }

    /** Replaces the library with a fully loaded one; checked tags that no longer exist are dropped. */
    public void setLibrary(List<Article> loaded, TagIndex tagIndex) {
        articles = List.copyOf(loaded);
        haystacks = new String[articles.size()];
        for (int i = 0; i < haystacks.length; i++) {
            haystacks[i] = haystack(articles.get(i));
        }
        readStates.rebuild(articles);
        streamedUntagged = 0;
        checked.removeIf(ref -> tagIndex.articlesWith(ref).isEmpty());
        index = tagIndex;
    }

    /**
     * While a library loads: the articles of a batch the text and read state let through (tags are not indexed yet).
     * The read-state and untagged counts take them in, so that the counts beside the list grow with it.
     */
    public List<Article> passing(List<Article> batch) {
        List<Article> shown = new ArrayList<>(batch.size());
        for (Article a : batch) {
            if (query.isEmpty() || haystack(a).contains(query)) {
                ReadState now = readStates.lookUp(a.id());
                stateCounts[now.ordinal()]++;
                if (state == null || now == state) {
                    shown.add(a);
                    streamedUntagged += a.tags().isEmpty() ? 1 : 0;
                }
            }
        }
        return shown;
    }

    /** What the text filter is matched against: title and author, lower-cased. */
    private static String haystack(Article a) {
        return (a.title() + '\n' + a.authorLine()).toLowerCase(Locale.ROOT);
    }

    public void setMode(MatchMode matchMode) {
        mode = matchMode;
    }

    public MatchMode mode() {
        return mode;
    }

    /** The text typed in the list's filter field (null: none). */
    public void setQuery(String text) {
        query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** The read state shown, or null for all. */
    public void setReadState(ReadState shown) {
        state = shown;
    }

    /** Checks or unchecks a tag; true when that changed anything. */
    public boolean setChecked(TagRef ref, boolean on) {
        return on ? checked.add(ref) : checked.remove(ref);
    }

    /** Checks or unchecks "Untagged"; true when that changed anything. */
    public boolean setUntaggedChecked(boolean on) {
        boolean changed = untaggedChecked != on;
        untaggedChecked = on;
        return changed;
    }

    /** Checks exactly this tag (as a click on a tag chip does). */
    public void showOnly(TagRef ref) {
        checked.clear();
        checked.add(ref);
        untaggedChecked = false;
    }

    public void clearTags() {
        checked.clear();
        untaggedChecked = false;
    }

    /** Every article of the loaded library, newest first. */
    public List<Article> articles() {
        return articles;
    }

    /** The article with this id in the loaded library, or null. */
    public Article find(ArticleId id) {
        for (Article a : articles) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    public TagIndex index() {
        return index;
    }

    /** The checked tags, categories and languages, in the order they were checked. */
    public List<TagRef> checked() {
        return List.copyOf(checked);
    }

    public boolean isChecked(TagRef ref) {
        return checked.contains(ref);
    }

    public boolean isUntaggedChecked() {
        return untaggedChecked;
    }

    /**
     * How many articles the tree shows next to a tag: those shown now that have it (all-of), or that it would add
     * (any-of). A language counts within what the other checks let through: checked languages add to each other.
     */
    public int count(TagRef ref) {
        return index.count(ref, ref.facet().oneEach() && mode == MatchMode.ALL ? beforeLanguages : countBase());
    }

    public int untaggedCount() {
        BitSet untagged = index.untagged();
        untagged.and(countBase());
        return untagged.cardinality() + streamedUntagged;
    }

    private BitSet countBase() {
        return mode == MatchMode.ANY || !hasTagSelection() ? textMatches : result;
    }

    private boolean hasTagSelection() {
        return untaggedChecked || !checked.isEmpty();
    }

    /** Filters the library again; returns the articles shown, in library order (newest first). */
    public List<Article> apply() {
        streamedUntagged = 0;
        BitSet textOnly = new BitSet(articles.size());
        for (int i = 0; i < haystacks.length; i++) {
            if (query.isEmpty() || haystacks[i].contains(query)) {
                textOnly.set(i);
            }
        }
        candidates = textOnly;
        if (hasTagSelection()) {
            candidates = (BitSet) textOnly.clone();
            candidates.and(selection(true));
        }
        stateCounts = readStates.count(candidates);
        textMatches = state == null ? textOnly : readStates.only(textOnly, state);
        result = state == null ? candidates : readStates.only(candidates, state);
        beforeLanguages = countBase();
        if (checked.stream().anyMatch(ref -> ref.facet().oneEach())) {
            BitSet others = selection(false);
            beforeLanguages = textMatches;
            if (others != null) {
                beforeLanguages = (BitSet) textMatches.clone();
                beforeLanguages.and(others);
            }
        }
        List<Article> shown = new ArrayList<>(result.cardinality());
        for (int i = result.nextSetBit(0); i >= 0; i = result.nextSetBit(i + 1)) {
            shown.add(articles.get(i));
        }
        return shown;
    }

    /**
     * The articles the checks let through, in the mode chosen, with or without the checked languages (null when
     * nothing else is checked). Checked labels of a facet an article has one of ({@link Facet#oneEach}, the languages)
     * add to each other whatever the mode.
     */
    private BitSet selection(boolean withLanguages) {
        List<BitSet> sets = new ArrayList<>();
        BitSet languages = null;
        for (TagRef ref : checked) {
            if (!ref.facet().oneEach()) {
                sets.add(index.articlesWith(ref));
            } else if (withLanguages && languages == null) {
                languages = index.articlesWith(ref);
            } else if (withLanguages) {
                languages.or(index.articlesWith(ref));
            }
        }
        if (untaggedChecked) {
            sets.add(index.untagged());
        }
        if (languages != null) {
            sets.add(languages);
        }
        if (sets.isEmpty()) {
            return null;
        }
        BitSet combined = sets.get(0);
        for (BitSet next : sets.subList(1, sets.size())) {
            if (mode == MatchMode.ALL) {
                combined.and(next);
            } else {
                combined.or(next);
            }
        }
        return combined;
    }

    /** The articles the checked tags let through (the text filter aside), or null when no tag is checked. */
    public Set<ArticleId> tagSelectionIds() {
        if (!hasTagSelection()) {
            return null;
        }
        BitSet selected = selection(true);
        Set<ArticleId> ids = new HashSet<>(selected.cardinality() * 2);
        for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
            ids.add(articles.get(i).id());
        }
        return ids;
    }
}
