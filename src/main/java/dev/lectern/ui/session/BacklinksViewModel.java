package dev.lectern.ui.session;

import dev.lectern.library.LibraryScanner;
import dev.lectern.library.LinkContext;
import dev.lectern.library.SiteLinks;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.NoteVault;
import dev.lectern.render.WikiNames;
import dev.lectern.ui.reader.LinkTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The articles of the library that link to the open one ("Linked from"), as a wiki's backlinks: the search index
 * finds the articles whose text holds the open article's name (its slug: {@code database-recover} of
 * {@code 2018-07-13-database-recover.md}, the folder of an {@code index.md}), and each of those is read and kept when one
 * of its links leads to the open article as a click would (a relative {@code .md} link, a dated permalink, a path on
 * the same site). A vault's note is also looked for by its aliases ({@code [[JCIP]]} for {@code Java Concurrency in
 * Practice.md}). At most {@link #CANDIDATES} articles are read for each name.
 */
public final class BacklinksViewModel {

    /** The most articles holding the name that are read for one article. */
    static final int CANDIDATES = 200;
    /**
     * The most different addresses holding the name that are resolved in one article (each resolution reads the
     * library's list): a file repeating such links by the thousand costs no more.
     */
    static final int MOST_TRIED = 50;
    /** The most of a note's aliases looked for (each one more query of the index, up to {@link #CANDIDATES} read). */
    static final int MOST_ALIASES = 5;
    /**
     * A link's address in markdown or HTML: {@code ](href}, {@code href="href"}, {@code [label]: href}, after the Liquid
     * expression Jekyll sites put before their own paths ({@code {{ site.url }}}, {@code {{ site.baseurl }}}), which the
     * page drops.
     */
    private static final String SITE_VARIABLE = "(?:\\{\\{[^{}\\n]{0,100}}}\\s*)?";
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?" + SITE_VARIABLE + "([^)\\s>]{1,2000})"
            + "|href\\s*=\\s*[\"']" + SITE_VARIABLE + "([^\"']{1,2000})[\"']"
            + "|(?m)^ {0,3}\\[[^\\]\\n]{1,200}]:\\s*<?" + SITE_VARIABLE + "(\\S{1,2000})");
    /** A wiki link's note ({@code [[Note]]}, {@code [[folder/Note#Heading|words]]}, {@code ![[Note]]}): its name. */
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\[\\]|#^\\n]{1,300})");

    /** Finds articles by their text, off the FX thread, and hands back on it those whose body the test keeps. */
    @FunctionalInterface
    public interface ArticlesHolding {

        /**
         * @param phrases what the articles' text holds (search queries, each asked of the index in turn, off the FX
         *                thread where this is first called), the best first, at most limit of each
         * @param wanted asked off the FX thread before each file is read: false once the answer is no longer wanted
         *               (then the rest is skipped and then is not called)
         * @param keep   given each one's id and markdown body, off the FX thread: whether it is kept
         * @param then   receives the kept ones, on the FX thread
         */
        void find(Supplier<List<String>> phrases, int limit, BooleanSupplier wanted, BiPredicate<ArticleId, String> keep,
                  Consumer<List<ArticleId>> then);
    }

    private final ArticlesHolding holding;
    private final Supplier<Collection<Article>> articles;
    private final Function<ArticleId, Article> find;
    private final ObservableBooleanValue ready;
    /** The library's folder (null for none): a vault's note is also linked to by its aliases, read there. */
    private final Supplier<Path> root;
    /** Counts the articles shown: an answer for an earlier one is dropped, and its files are no longer read. */
    private final AtomicLong request = new AtomicLong();
    private Article shown;
    private final ObservableList<Article> linking = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    /** The words around each listed article's link, as found for the list shown. */
    private Map<ArticleId, String> contexts = Map.of();

    /**
     * @param ready    whether the search index can answer (until it can, the articles are looked for once it does)
     * @param articles the library's articles; find, one of them by id (null when it is gone)
     */
    public BacklinksViewModel(ArticlesHolding holding, ObservableBooleanValue ready, Supplier<Collection<Article>> articles,
                              Function<ArticleId, Article> find) {
        this(holding, ready, articles, find, () -> null);
    }

    /** The same, for the library at root: a vault's notes linking by one of the open note's aliases are listed too. */
    public BacklinksViewModel(ArticlesHolding holding, ObservableBooleanValue ready, Supplier<Collection<Article>> articles,
                              Function<ArticleId, Article> find, Supplier<Path> root) {
        this.root = root;
        this.holding = holding;
        this.ready = ready;
        this.articles = articles;
        this.find = find;
        ready.addListener((obs, was, now) -> {
            if (now) {
                show(shown);
            }
        });
    }

    /** Finds the articles linking to this one (none for null); a later call wins over a slower earlier one. */
    public void show(Article target) {
        long id = request.incrementAndGet();
        shown = target;
        linking.clear();
        contexts = Map.of();
        searching.set(target != null);
        if (target == null || !ready.get()) {
            return;
        }
        String name = SiteLinks.nameOf(target.id());
        Collection<Article> all = articles.get();
        // the articles of the target's file name, looked for off the FX thread, once, when a wiki link names it
        Supplier<WikiNames> sameNames = once(() -> sameName(target.id(), all));
        // a vault's note: its aliases, and the vault's names that tell which note a link by an alias leads to
        Path folder = root.get();
        Supplier<List<String>> aliases = once(() -> folder == null ? List.of() : WikiNames.aliases(folder, target.id().path()));
        Supplier<WikiNames> vaultNames = once(() -> WikiNames.of(folder));
        Map<ArticleId, String> found = new ConcurrentHashMap<>();
        // whether its notes' words read as a vault's pages show them: asked once, off the FX thread, when a link is found
        Supplier<Boolean> vault = once(() -> folder != null && NoteVault.remembered(folder));
        holding.find(() -> phrases(name, aliases.get()), CANDIDATES, () -> id == request.get(),
                (candidate, body) -> {
                    if (candidate.equals(target.id())) {
                        return false;
                    }
                    int at = linkAt(body, candidate, target.id(), name, all, vaultNames);
                    boolean wiki = at < 0; // a wiki link is a vault note's
                    at = wiki ? wikiLinkAt(body, candidate, target.id(), name, aliases.get(), sameNames, vaultNames) : at;
                    if (at >= 0) {
                        found.put(candidate, LinkContext.around(body, at, wiki || vault.get()));
                    }
                    return at >= 0;
                },
                kept -> {
                    if (id == request.get()) {
                        contexts = found;
                        linking.setAll(kept.stream().map(find).filter(java.util.Objects::nonNull)
                                .sorted(LibraryScanner.ORDER).toList());
                        searching.set(false);
                    }
                });
    }

    /** The words around the first link of this article (one of {@link #linking}) to the open one; "" if unknown. */
    public String contextOf(Article linkingArticle) {
        return contexts.getOrDefault(linkingArticle.id(), "");
    }

    /** The queries for the articles that may link to one: its name, then each of its aliases, as phrases. */
    private static List<String> phrases(String name, List<String> aliases) {
        List<String> phrases = new ArrayList<>(List.of(phrase(name)));
        aliases.stream().limit(MOST_ALIASES).map(BacklinksViewModel::phrase).filter(p -> !phrases.contains(p))
                .forEach(phrases::add);
        return phrases;
    }

    private static String phrase(String words) {
        return "\"" + words.replace("\"", "") + "\"";
    }

    /** What made asks for once, when first wanted (off the FX thread), and the same answer after. */
    private static <T> Supplier<T> once(Supplier<T> made) {
        AtomicReference<T> known = new AtomicReference<>();
        return () -> known.updateAndGet(before -> before != null ? before : made.get());
    }

    /** The articles linking to the one shown last, in the list's order (newest first). */
    public ObservableList<Article> linking() {
        return FXCollections.unmodifiableObservableList(linking);
    }

    /** Whether the articles are being looked for (or wait for the search index). */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** The articles with the target's file name, which a wiki link naming it may lead to (the nearest one). */
    private static WikiNames sameName(ArticleId target, Collection<Article> all) {
        String file = target.path().substring(target.path().lastIndexOf('/') + 1);
        return WikiNames.of(all.stream().map(a -> a.id().path())
                .filter(p -> p.regionMatches(true, p.length() - file.length(), file, 0, file.length())).toList());
    }

    /**
     * Whether one of the body's wiki links ({@code [[Note]]}, as in a vault of notes) leads to the target, as the page's
     * link opens ({@code render.WikiLinks}): one holding its name, to the nearest article of that name (sameName); one
     * naming one of its aliases ({@code [[JCIP]]}), when no note of the vault is named so (vaultNames).
     */
    static boolean wikiLinksTo(String body, ArticleId from, ArticleId target, String name, List<String> aliases,
                               Supplier<WikiNames> sameName, Supplier<WikiNames> vaultNames) {
        return wikiLinkAt(body, from, target, name, aliases, sameName, vaultNames) >= 0;
    }

    /** Where the first of those wiki links starts in the body; -1 when none leads to the target. */
    private static int wikiLinkAt(String body, ArticleId from, ArticleId target, String name, List<String> aliases,
                                  Supplier<WikiNames> sameName, Supplier<WikiNames> vaultNames) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        Set<String> lowerAliases = new HashSet<>();
        aliases.forEach(alias -> lowerAliases.add(alias.toLowerCase(Locale.ROOT)));
        Set<String> tried = new HashSet<>();
        Matcher m = WIKI_LINK.matcher(body);
        while (m.find() && tried.size() < MOST_TRIED) {
            String linked = m.group(1);
            // in a table a link's bar is escaped ([[Note\|words]]): the backslash is not part of the note's name
            linked = (linked.endsWith("\\") ? linked.substring(0, linked.length() - 1) : linked).strip();
            String lower = linked.toLowerCase(Locale.ROOT);
            Supplier<WikiNames> names = lower.contains(lowerName) ? sameName
                    : lowerAliases.contains(lower) ? vaultNames : null;
            if (names != null && tried.add(linked)
                    && names.get().note(linked, from.path()).filter(target.path()::equals).isPresent()) {
                return m.start();
            }
        }
        return -1;
    }

    /** The file a relative link's path names by the names given (a vault's: by its name, the one nearest first). */
    private static Optional<String> byName(String href, ArticleId from, Supplier<WikiNames> names) {
        String path = SiteLinks.decoded(href.replaceFirst("[#?].*", ""));
        WikiNames known = names.get();
        return path.startsWith("/") || !known.vault() ? Optional.empty() : known.file(path, from.path());
    }

    /** Whether one of the body's links, holding the target's name, leads to the target as a click in it would. */
    static boolean linksTo(String body, ArticleId from, ArticleId target, String name, Collection<Article> all) {
        return linksTo(body, from, target, name, all, () -> WikiNames.of(List.of()));
    }

    /**
     * The same, where a relative {@code .md} link that does not lead to the target by its path may by its name, as a
     * vault's page finds it (Obsidian's shortest-path links: {@code [Plan](Plan.md)} for {@code projects/Plan.md}).
     */
    static boolean linksTo(String body, ArticleId from, ArticleId target, String name, Collection<Article> all,
                           Supplier<WikiNames> names) {
        return linkAt(body, from, target, name, all, names) >= 0;
    }

    /** Where the first of those links' addresses stands in the body; -1 when none leads to the target. */
    private static int linkAt(String body, ArticleId from, ArticleId target, String name, Collection<Article> all,
                              Supplier<WikiNames> names) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        Set<String> tried = new HashSet<>();
        Matcher m = LINK.matcher(body);
        while (m.find() && tried.size() < MOST_TRIED) {
            String href = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!SiteLinks.decoded(href).toLowerCase(Locale.ROOT).contains(lowerName) || !tried.add(href)) {
                continue;
            }
            LinkTarget to = LinkTarget.of(href, from.path());
            boolean hit = to instanceof LinkTarget.Article article ? article.id().equals(target)
                    || byName(href, from, names).filter(target.path()::equals).isPresent()
                    : to.siteHref() != null && target.equals(SiteLinks.resolve(to.siteHref(), from, all).orElse(null));
            if (hit) {
                return m.start();
            }
        }
        return -1;
    }
}
