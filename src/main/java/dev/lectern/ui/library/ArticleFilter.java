package dev.lectern.ui.library;

import dev.lectern.library.Facet;
import dev.lectern.library.FilterEngine;
import dev.lectern.library.MatchMode;
import dev.lectern.library.NameOrder;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagNode;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ReadState;
import dev.lectern.ui.common.Messages;
import dev.lectern.ui.common.ShownArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
 * The article list's filter for the UI: observable properties (mode, text, read state) and the visible list over the
 * library's {@link FilterEngine}, which decides what is shown.
 */
public final class ArticleFilter implements ShownArticles {

    private final ObservableList<Article> visible = FXCollections.observableArrayList();
    private final ObservableList<Article> readOnlyVisible = FXCollections.unmodifiableObservableList(visible);
    private final ReadOnlyObjectWrapper<TagIndex> index = new ReadOnlyObjectWrapper<>(TagIndex.build(List.of()));
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    /** The articles streamed in while a library loads, until it is set: a filter changed meanwhile applies to them too. */
    private final List<Article> streamed = new ArrayList<>();
    /** Articles are streaming in while a library loads: the tag index (and so every count) is not there yet. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper streaming = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ObjectProperty<MatchMode> mode = new SimpleObjectProperty<>(MatchMode.ALL);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ReadFilter> readFilter = new SimpleObjectProperty<>(ReadFilter.ALL);
    private final FilterEngine engine = new FilterEngine();
    private final BooleanProperty tagsByName = new SimpleBooleanProperty(false);
    private final ObjectProperty<ListOrder> listOrder = new SimpleObjectProperty<>(ListOrder.NEWEST);
    private final NameOrder names = new NameOrder();
    /** A Japanese interface reads the kanji-only tags of a library that does not tell its language as Japanese. */
    private final boolean japaneseInterface;

    /** A filter whose tags sort by name as the interface's language reads them where the library does not tell. */
    public ArticleFilter() {
        this("ja".equals(Messages.bundleLocale().getLanguage()));
    }

    /** A filter whose kanji-only tags sort by their Japanese reading, where the library does not tell, if asked. */
    public ArticleFilter(boolean japaneseInterface) {
        this.japaneseInterface = japaneseInterface;
        mode.addListener((obs, was, now) -> {
            engine.setMode(now);
            apply();
        });
        text.addListener((obs, was, now) -> {
            engine.setQuery(now);
            apply();
        });
        readFilter.addListener((obs, was, now) -> {
            engine.setReadState(now.state());
            apply();
        });
    }

    /** Where the read state of each article comes from (by default every article is unread). */
    public void setReadStates(Function<ArticleId, ReadState> lookup) {
        engine.setReadStates(lookup);
        apply();
    }

    /**
     * An article's read state changed: counts follow at once, but the list is not filtered again until the filter
     * changes, so an article being read (or just marked) does not vanish from under the reader.
     */
    public void readStateChanged(ArticleId id, ReadState state) {
        engine.readStateChanged(id, state);
    }

    /** How many articles the text and tags let through are in this state (what choosing it would show). */
    public int stateCount(ReadState state) {
        return engine.stateCount(state);
    }

    /** Replaces the library with a fully loaded one and applies the filter. */
    public void setLibrary(List<Article> loaded, TagIndex tagIndex) {
        streamed.clear();
        engine.setLibrary(loaded, tagIndex);
        index.set(tagIndex);
        total.set(engine.articles().size());
        apply();
        streaming.set(false);
    }

    /** While a library loads: shows a batch of newly read articles (tags are not indexed yet), counted as they come. */
    public void stream(List<Article> batch) {
        streamed.addAll(batch);
        visible.addAll(engine.passing(batch));
        total.set(total.get() + batch.size());
        revision.set(revision.get() + 1);
        streaming.set(true);
    }

    /** A library starts loading: until it is set, its tags are not known (the tree showed "Untagged 0" beside "All articles 0"). */
    public void startStreaming() {
        streaming.set(true);
    }

    /** A load that failed midway: the articles streamed in so far stay listed, their tags indexed. */
    public void keepStreamed() {
        if (streaming.get()) {
            List<Article> kept = new ArrayList<>(engine.articles());
            kept.addAll(streamed);
            setLibrary(kept, TagIndex.build(kept));
        }
    }

    /** True from the start of a load (or the first article streamed in) until the loaded library, with its tag index, is set. */
    public javafx.beans.property.ReadOnlyBooleanProperty streamingProperty() {
        return streaming.getReadOnlyProperty();
    }

    public void setChecked(TagRef ref, boolean on) {
        if (engine.setChecked(ref, on)) {
            apply();
        }
    }

    /**
     * Checks these tags, categories and languages (those the library has) and, when asked, "Untagged", filtering the
     * library once for them all (checking them one by one filtered it once each).
     */
    public void checkAll(List<TagRef> refs, boolean untagged) {
        refs.stream().filter(ref -> !engine.index().articlesWith(ref).isEmpty()).forEach(ref -> engine.setChecked(ref, true));
        if (untagged) {
            engine.setUntaggedChecked(true);
        }
        apply();
    }

    public void setUntaggedChecked(boolean on) {
        if (engine.setUntaggedChecked(on)) {
            apply();
        }
    }

    /** Checks exactly this tag (as a click on a tag chip does). */
    public void showOnly(TagRef ref) {
        engine.showOnly(ref);
        apply();
    }

    public void clearTags() {
        engine.clearTags();
        apply();
    }

    /** Every article of the loaded library, newest first. */
    public List<Article> articles() {
        return engine.articles();
    }

    /** The article with this id in the loaded library, or null. */
    @Override
    public Article find(ArticleId id) {
        return engine.find(id);
    }

    public boolean isChecked(TagRef ref) {
        return engine.isChecked(ref);
    }

    /** The checked tags, categories and languages, in the order they were checked. */
    public List<TagRef> checked() {
        return engine.checked();
    }

    public boolean isUntaggedChecked() {
        return engine.isUntaggedChecked();
    }

    /** How many articles the tree shows next to a tag: those shown now that have it (all-of), or that it would add (any-of). */
    public int count(TagRef ref) {
        return engine.count(ref);
    }

    public int untaggedCount() {
        return engine.untaggedCount();
    }

    private void apply() {
        List<Article> shown = engine.apply();
        shown.addAll(engine.passing(streamed));
        visible.setAll(shown);
        revision.set(revision.get() + 1);
    }

    /** The articles the checked tags let through (the text filter aside), or null when no tag is checked. */
    @Override
    public Set<ArticleId> tagSelectionIds() {
        return engine.tagSelectionIds();
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
    @Override
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

    /** The article list's order, as its column headers set it. */
    public ObjectProperty<ListOrder> listOrderProperty() {
        return listOrder;
    }

    /** The tag tree sorted by name (Chinese by pinyin) instead of by count. */
    public BooleanProperty tagsByNameProperty() {
        return tagsByName;
    }

    /** The order of names (tags, titles) when sorted by name: pinyin among Latin; keys kept per name. */
    public NameOrder names() {
        return names;
    }

    /**
     * Nodes of a tag index sorted by name: Chinese by pinyin among Latin names, Japanese by reading, a label of kanji
     * alone as its articles (or else the library, or else the interface) are written ({@link TagIndex#readsJapanese}).
     */
    public List<TagNode> byName(TagIndex tags, List<TagNode> nodes) {
        return names.byName(nodes, japaneseReading(tags));
    }

    /** Works out the sort keys of every label of a tag index now (off the UI thread, after a library loads). */
    public void prepareTagNames(TagIndex tags) {
        for (Facet facet : Facet.values()) {
            names.prepare(tags.roots(facet), japaneseReading(tags));
        }
    }

    private Predicate<TagNode> japaneseReading(TagIndex tags) {
        return node -> tags.readsJapanese(node.ref(), japaneseInterface);
    }

    /** The text typed in the list's filter field, matched against title and author. */
    public StringProperty textProperty() {
        return text;
    }
}
