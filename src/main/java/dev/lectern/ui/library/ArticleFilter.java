package dev.lectern.ui.library;

import dev.lectern.library.MatchMode;
import dev.lectern.library.ReadStateIndex;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ReadState;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Decides which articles are shown: the checked tags and categories (all-of or any-of), "Untagged",
 * a text filter on title and author, and the read state. Works on bit sets, so a change is one pass over the library.
 */
public final class ArticleFilter {

    private final ObservableList<Article> visible = FXCollections.observableArrayList();
    private final ObservableList<Article> readOnlyVisible = FXCollections.unmodifiableObservableList(visible);
    private final ReadOnlyObjectWrapper<TagIndex> index = new ReadOnlyObjectWrapper<>(TagIndex.build(List.of()));
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ObjectProperty<MatchMode> mode = new SimpleObjectProperty<>(MatchMode.ALL);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ReadFilter> readFilter = new SimpleObjectProperty<>(ReadFilter.ALL);
    private final ReadStateIndex readStates = new ReadStateIndex();
    private final Set<TagRef> checked = new LinkedHashSet<>();
    private boolean untaggedChecked;
    private List<Article> articles = List.of();
    private String[] haystacks = new String[0];
    private BitSet textMatches = new BitSet();
    private BitSet result = new BitSet();
    /** The articles the text and tags let through, whatever their read state: what the read-state counts count. */
    private BitSet candidates = new BitSet();
    private int[] stateCounts = new int[ReadState.values().length];

    public ArticleFilter() {
        mode.addListener((obs, was, now) -> apply());
        text.addListener((obs, was, now) -> apply());
        readFilter.addListener((obs, was, now) -> apply());
    }

    /** Where the read state of each article comes from (by default every article is unread). */
    public void setReadStates(Function<ArticleId, ReadState> lookup) {
        readStates.setLookup(lookup);
        apply();
    }

    /**
     * An article's read state changed: counts follow at once, but the list is not filtered again until the filter
     * changes, so an article being read (or just marked) does not vanish from under the reader.
     */
    public void readStateChanged(ArticleId id, ReadState state) {
        int i = readStates.indexOf(id);
        if (i >= 0) {
            if (candidates.get(i)) {
                stateCounts[readStates.state(i).ordinal()]--;
                stateCounts[state.ordinal()]++;
            }
            readStates.set(i, state);
        }
    }

    /** How many articles the text and tags let through are in this state (what choosing it would show). */
    public int stateCount(ReadState state) {
        return stateCounts[state.ordinal()];
    }

    /** Replaces the library with a fully loaded one and applies the filter. */
    public void setLibrary(List<Article> loaded, TagIndex tagIndex) {
        articles = List.copyOf(loaded);
        haystacks = new String[articles.size()];
        for (int i = 0; i < haystacks.length; i++) {
            Article a = articles.get(i);
            haystacks[i] = haystack(a);
        }
        readStates.rebuild(articles);
        checked.removeIf(ref -> tagIndex.articlesWith(ref).isEmpty());
        index.set(tagIndex);
        total.set(articles.size());
        apply();
    }

    /** While a library loads: shows a batch of newly read articles (tags are not indexed yet). */
    public void stream(List<Article> batch) {
        String query = query();
        ReadState state = readFilter.get().state();
        List<Article> shown = new ArrayList<>(batch.size());
        for (Article a : batch) {
            if ((query.isEmpty() || haystack(a).contains(query)) && (state == null || readStates.lookUp(a.id()) == state)) {
                shown.add(a);
            }
        }
        visible.addAll(shown);
        total.set(total.get() + batch.size());
    }

    /** What the text filter is matched against: title and author, lower-cased. */
    private static String haystack(Article a) {
        return (a.title() + '\n' + a.authorLine()).toLowerCase(Locale.ROOT);
    }

    public void setChecked(TagRef ref, boolean on) {
        if (on ? checked.add(ref) : checked.remove(ref)) {
            apply();
        }
    }

    public void setUntaggedChecked(boolean on) {
        if (untaggedChecked != on) {
            untaggedChecked = on;
            apply();
        }
    }

    /** Checks exactly this tag (as a click on a tag chip does). */
    public void showOnly(TagRef ref) {
        checked.clear();
        checked.add(ref);
        untaggedChecked = false;
        apply();
    }

    public void clearTags() {
        checked.clear();
        untaggedChecked = false;
        apply();
    }

    /** Every article of the loaded library, newest first. */
    public List<Article> articles() {
        return articles;
    }

    /** The article with this id in the loaded library, or null. */
    public Article find(dev.lectern.model.ArticleId id) {
        for (Article a : articles) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        return null;
    }

    public boolean isChecked(TagRef ref) {
        return checked.contains(ref);
    }

    public boolean isUntaggedChecked() {
        return untaggedChecked;
    }

    /** How many articles the tree shows next to a tag: those shown now that have it (all-of), or that it would add (any-of). */
    public int count(TagRef ref) {
        return index.get().count(ref, countBase());
    }

    public int untaggedCount() {
        BitSet untagged = index.get().untagged();
        untagged.and(countBase());
        return untagged.cardinality();
    }

    private BitSet countBase() {
        return mode.get() == MatchMode.ANY || !hasTagSelection() ? textMatches : result;
    }

    private boolean hasTagSelection() {
        return untaggedChecked || !checked.isEmpty();
    }

    private void apply() {
        String query = query();
        BitSet textOnly = new BitSet(articles.size());
        for (int i = 0; i < haystacks.length; i++) {
            if (query.isEmpty() || haystacks[i].contains(query)) {
                textOnly.set(i);
            }
        }
        candidates = textOnly;
        if (hasTagSelection()) {
            candidates = (BitSet) textOnly.clone();
            candidates.and(tagSelection());
        }
        stateCounts = readStates.count(candidates);
        ReadState state = readFilter.get().state();
        textMatches = state == null ? textOnly : readStates.only(textOnly, state);
        result = state == null ? candidates : readStates.only(candidates, state);
        List<Article> shown = new ArrayList<>(result.cardinality());
        for (int i = result.nextSetBit(0); i >= 0; i = result.nextSetBit(i + 1)) {
            shown.add(articles.get(i));
        }
        visible.setAll(shown);
        revision.set(revision.get() + 1);
    }

    private BitSet tagSelection() {
        List<BitSet> sets = new ArrayList<>();
        checked.forEach(ref -> sets.add(index.get().articlesWith(ref)));
        if (untaggedChecked) {
            sets.add(index.get().untagged());
        }
        BitSet combined = sets.get(0);
        for (BitSet next : sets.subList(1, sets.size())) {
            if (mode.get() == MatchMode.ALL) {
                combined.and(next);
            } else {
                combined.or(next);
            }
        }
        return combined;
    }

    private String query() {
        String q = text.get();
        return q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    }

    /** The articles the checked tags let through (the text filter aside), or null when no tag is checked. */
    public java.util.Set<dev.lectern.model.ArticleId> tagSelectionIds() {
        if (!hasTagSelection()) {
            return null;
        }
        BitSet selected = tagSelection();
        java.util.Set<dev.lectern.model.ArticleId> ids = new java.util.HashSet<>(selected.cardinality() * 2);
        for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
            ids.add(articles.get(i).id());
        }
        return ids;
    }

    /** The articles shown, in library order (newest first). */
    public ObservableList<Article> visibleArticles() {
        return readOnlyVisible;
    }

    public ReadOnlyObjectProperty<TagIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** All articles of the library, shown or not. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Increases after every change of what is shown, so views can refresh their counts. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObjectProperty<MatchMode> modeProperty() {
        return mode;
    }

    /** Which read states are shown: all, unread, in progress or read. */
    public ObjectProperty<ReadFilter> readFilterProperty() {
        return readFilter;
    }

    /** The text typed in the list's filter field, matched against title and author. */
    public StringProperty textProperty() {
        return text;
    }
}
