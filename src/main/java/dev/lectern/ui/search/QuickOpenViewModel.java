package dev.lectern.ui.search;

import dev.lectern.library.Facet;
import dev.lectern.library.TagIndex;
import dev.lectern.library.TagNode;
import dev.lectern.library.TagRef;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.ComposedText;
import dev.lectern.render.WikiNames;
import dev.lectern.search.TagNames;
import dev.lectern.ui.common.ShownArticles;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The go-to box (Ctrl+P): ranks articles by title and tags by name as the reader types, by word starts, pinyin or
 * initials (xcc → 线程池) and either form of Chinese, then a vault's notes by their aliases, as Obsidian's quick
 * switcher does, then articles by their file's name; the work runs on the query thread, the list is replaced on the FX
 * thread, and an answer to an older text is dropped.
 */
public final class QuickOpenViewModel {

    static final int ARTICLES = 20;
    static final int TAGS = 8;
    static final int ALIASES = 8;

    private final BiFunction<String, Integer, List<ArticleId>> titles;
    private final ShownArticles filter;
    private final Supplier<TagIndex> tagIndex;
    private final Supplier<Path> root;
    private final Executor querying;
    private final Executor fx;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<QuickItem> items = FXCollections.observableArrayList();
    private final ObservableList<QuickItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final AtomicInteger generation = new AtomicInteger();
    /** Whether the last answer came from the titles alone, the index not open yet (no pinyin, no other script). */
    private final ReadOnlyBooleanWrapper titlesOnly = new ReadOnlyBooleanWrapper();
    private TagIndex namedIndex;
    private TagNames names;
    private Map<String, TagRef> refs = Map.of();
    /** How many articles each tag of the index has, by its path. */
    private Map<String, Integer> tagTotals = Map.of();
    /** Read and replaced on the query thread only. */
    private volatile FileNames fileNames;
    private final Executor refreshing;
    /** The vault's names: as a page last walked them when the box opened, then as walked anew beside the typing. */
    private volatile WikiNames wikiNames = WikiNames.of(List.of());

    /**
     * @param titles the ids of the articles whose titles match a text, best first, at most a number of them; null while
     *               the index that finds them is not open
     * @param root the library's folder (read on the FX thread), whose notes' aliases are read when the box opens
     * @param refreshing where a vault's names are walked anew as the box opens, away from the query thread, so that a
     *                   large vault's walk never holds the titles the reader types for
     */
    QuickOpenViewModel(BiFunction<String, Integer, List<ArticleId>> titles, ShownArticles filter, Supplier<TagIndex> tagIndex,
                       Supplier<Path> root, Executor querying, Executor refreshing, Executor fx) {
        this.titles = titles;
        this.filter = filter;
        this.tagIndex = tagIndex;
        this.root = root;
        this.refreshing = refreshing;
        this.querying = querying;
        this.fx = fx;
        query.addListener((obs, was, now) -> find());
    }

    /** Looks for the text typed again: the library, its tags or its index changed under it. */
    void findAgain() {
        find();
    }

    private void find() {
        int gen = generation.incrementAndGet();
        // composed as the titles, tags and names are (Hangul pasted from a macOS file name comes as loose jamo)
        String text = query.get() == null ? "" : ComposedText.of(query.get().strip());
        if (text.isEmpty()) {
            items.clear();
            return;
        }
        refreshTags();
        TagNames tagNames = names;
        Map<String, TagRef> tagRefs = refs;
        List<Article> library = filter.articles();
        querying.execute(() -> {
            if (gen != generation.get()) {
                return;
            }
            List<ArticleId> indexed = titles.apply(text, ARTICLES);
            // the index is still being opened or built: the titles as they are
            List<ArticleId> ids = indexed != null ? indexed : TitleWords.matching(library, text, ARTICLES);
            List<WikiNames.Alias> aliases = wikiNames.aliasesHolding(text, ALIASES);
            Set<ArticleId> listed = new HashSet<>(ids);
            aliases.forEach(alias -> listed.add(new ArticleId(alias.path())));
            List<Article> byName = fileNames(library).matching(text, ARTICLES - ids.size(), listed);
            List<String> tags = tagNames.find(text, TAGS);
            fx.execute(() -> {
                if (gen == generation.get()) {
                    titlesOnly.set(indexed == null);
                    show(text, ids, aliases, byName, tags, tagRefs);
                }
            });
        });
    }

    /**
     * The articles by title, then the notes by alias, then the articles by file name, then the tags; a tag or alias
     * named just what was typed ({@code vim}, {@code JCIP}: most likely the one wanted, and below twenty titles holding
     * the word out of sight) comes first.
     */
    private void show(String text, List<ArticleId> ids, List<WikiNames.Alias> aliases, List<Article> byName,
                      List<String> tags, Map<String, TagRef> tagRefs) {
        List<QuickItem> found = new ArrayList<>();
        List<QuickItem> tagItems = new ArrayList<>();
        for (String name : tags) {
            QuickItem item = new QuickItem(null, tagRefs.get(name), name, tagTotals.getOrDefault(name, 0));
            (isNamed(name, text) ? found : tagItems).add(item);
        }
        List<QuickItem> named = new ArrayList<>();
        Set<ArticleId> listed = new HashSet<>();
        for (WikiNames.Alias alias : aliases) {
            Article article = filter.find(new ArticleId(alias.path()));
            if (article != null && !ids.contains(article.id()) && listed.add(article.id())) {
                // the alias first, as it is what was typed, and the note's title after it
                QuickItem item = QuickItem.of(article, alias.name() + "  ·  " + article.title());
                (alias.name().equalsIgnoreCase(text) ? found : named).add(item);
            }
        }
        for (ArticleId id : ids) {
            Article article = filter.find(id);
            if (article != null) {
                found.add(QuickItem.of(article, article.title()));
            }
        }
        found.addAll(named);
        // found by the file's name: the name first, as the title may not say why (and a long one would hide it)
        byName.forEach(article -> found.add(QuickItem.of(article, FileNames.name(article.id()) + "  ·  " + article.title())));
        found.addAll(tagItems);
        // the folder tells two articles apart only where they are in different folders
        if (found.stream().filter(item -> item.article() != null).map(item -> folderOf(item.article())).distinct().count() <= 1) {
            found.replaceAll(item -> item.article() == null ? item : item.withoutFolder());
        }
        items.setAll(found);
    }

    private static String folderOf(Article article) {
        String path = article.id().path();
        return path.substring(0, Math.max(0, path.lastIndexOf('/')));
    }

    /** Whether a tag (or a nested tag's last part) is named just the text, letter case aside. */
    private static boolean isNamed(String tagPath, String text) {
        return tagPath.equalsIgnoreCase(text)
                || tagPath.substring(tagPath.lastIndexOf('/') + 1).equalsIgnoreCase(text);
    }

    /** Gets ready for the reader's typing as the box opens: the library's file names are made on the query thread. */
    public void prepare() {
        List<Article> library = filter.articles();
        Path folder = root.get();
        WikiNames known = WikiNames.known(folder);
        wikiNames = known != null ? known : WikiNames.of(List.of());
        querying.execute(() -> fileNames(library));
        refreshing.execute(() -> wikiNames = WikiNames.of(folder)); // walked again only when older than ten seconds
    }

    /** The file names of the library, made on the query thread the first time a new library is searched. */
    private FileNames fileNames(List<Article> library) {
        FileNames names = fileNames;
        if (names == null || !names.isFor(library)) {
            names = new FileNames(library);
            fileNames = names;
        }
        return names;
    }

    /** The tag names of the library, taken anew when the library (its tag index) changed. */
    private void refreshTags() {
        TagIndex index = tagIndex.get();
        if (index == namedIndex && names != null) {
            return;
        }
        namedIndex = index;
        Map<String, TagRef> byName = new LinkedHashMap<>();
        Map<String, Integer> totals = new java.util.HashMap<>();
        if (index != null) {
            for (Facet facet : Facet.values()) {
                Deque<TagNode> nodes = new ArrayDeque<>(index.roots(facet));
                while (!nodes.isEmpty()) {
                    TagNode node = nodes.pop();
                    if (byName.putIfAbsent(node.ref().path().toString(), node.ref()) == null) {
                        totals.put(node.ref().path().toString(), node.total());
                    }
                    nodes.addAll(node.children());
                }
            }
        }
        refs = byName;
        tagTotals = totals;
        names = new TagNames(new ArrayList<>(byName.keySet()));
    }

    /** Whether the entries listed were found in the titles alone, before the search index was open. */
    public ReadOnlyBooleanProperty titlesOnlyProperty() {
        return titlesOnly.getReadOnlyProperty();
    }

    /** The text typed in the box. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The articles then the tags found for the text, best first. */
    public ObservableList<QuickItem> items() {
        return readOnlyItems;
    }
}
