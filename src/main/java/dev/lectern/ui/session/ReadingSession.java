package dev.lectern.ui.session;

import static dev.lectern.ui.common.Messages.t;

import dev.lectern.library.Facet;
import dev.lectern.library.LibraryChanges;
import dev.lectern.library.SiteLinks;
import dev.lectern.library.SiteRefs;
import dev.lectern.library.TagRef;
import dev.lectern.model.Annotation;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.render.RenderedPage;
import dev.lectern.render.WikiNames;
import dev.lectern.ui.annotations.AnnotationStores;
import dev.lectern.ui.annotations.AnnotationsViewModel;
import dev.lectern.ui.common.LinkOpener;
import dev.lectern.ui.library.LibraryViewModel;
import dev.lectern.ui.reader.LinkTarget;
import dev.lectern.ui.reader.ReaderViewModel;
import dev.lectern.ui.search.SearchViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;

/**
 * The rules between the features, without any view: what follows a library load (annotations follow renamed
 * articles, search indexes the library, an article is chosen), a watcher change (search and the open article follow),
 * a root change (annotations reopen, the reader empties), an annotation change (search sees the notes) and a link.
 * The window only tells it what the reader picked and selects what it asks for.
 */
public final class ReadingSession {

    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final AnnotationsViewModel annotations;
    private final SearchViewModel search;
    private final LinkOpener browser;
    private final History history = new History();
    private final BooleanExpression canGoBack;
    private final BooleanExpression canGoForward;
    private Consumer<Article> select = article -> { };
    private Executor afterLoad = Runnable::run;
    private Path preferredLibrary;
    private ArticleId preferredArticle;

    public ReadingSession(LibraryViewModel library, ReaderViewModel reader, AnnotationsViewModel annotations,
                          AnnotationStores stores, SearchViewModel search, LinkOpener browser) {
        this.library = library;
        this.reader = reader;
        this.annotations = annotations;
        this.search = search;
        this.browser = browser;
        this.canGoBack = history.canGoBackProperty().or(reader.canGoBackWithinPageProperty());
        this.canGoForward = history.canGoForwardProperty().or(reader.canGoForwardWithinPageProperty());
        library.rootProperty().addListener((obs, was, now) -> {
            if (now != null) {
                annotations.open(stores, now);
            }
            reader.show(now, null);
            history.clear();
            Article kept = reader.articleProperty().get(); // the last article, shown before its library is read
            if (kept != null) {
                history.visited(kept.id());
            }
        });
        library.loadingProperty().addListener((obs, was, now) -> {
            if (!now) {
                loaded();
            }
        });
        library.setOnLibraryChanged(this::changedOnDisk);
        reader.articleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                history.visited(now.id());
            }
        });
        annotations.all().addListener((ListChangeListener<Annotation>) change -> search.setAnnotations(annotations.all()));
    }

    /** Where the session asks the window to select an article in its list (after a load, a link, a jump). */
    public void onSelect(Consumer<Article> selector) {
        select = selector;
    }

    /** The article the reader had open last time, chosen first when that library loads. */
    public void preferArticle(Path libraryRoot, ArticleId id) {
        preferredLibrary = libraryRoot;
        preferredArticle = id;
    }

    /** The reader picked an article in a list: it opens, unless it is open already (the same record). */
    public void picked(Article article) {
        if (article != null && !article.equals(reader.articleProperty().get())) {
            reader.show(library.getRoot(), article);
        }
    }

    /** Opens the article with this id (selected in the list too); false when the library has no such article. */
    public boolean open(ArticleId id) {
        return open(id, null);
    }

    /** Opens the article at the element with this id (null: where the reader left it); false when there is no article. */
    private boolean open(ArticleId id, String anchor) {
        Article article = library.filter().find(id);
        if (article == null) {
            return false;
        }
        select.accept(article);
        picked(article);
        reader.goTo(id, anchor);
        return true;
    }

    /**
     * A link in the page was followed: another article, a tag or category, the system browser, or a document's own
     * application (a PDF's viewer). A link to the site
     * the article came from opens the library's copy of that page when it has one (a post's dated permalink, on any
     * host; a path such as {@code /blog/x/}), the browser only when it has none.
     */
    public void follow(LinkTarget target) {
        if (target.siteHref() != null) {
            boolean opened = onSite(target.siteHref()).map(id -> open(id, SiteLinks.anchorOf(target.siteHref())))
                    .orElse(false);
            if (!opened && target instanceof LinkTarget.External external) {
                browser.open(external.uri());
            }
        } else if (target instanceof LinkTarget.Tag tag) {
            library.showOnlyTag(new TagRef(Facet.TAG, tag.path()));
        } else if (target instanceof LinkTarget.Category category) {
            library.showOnlyTag(new TagRef(Facet.CATEGORY, category.path()));
        } else if (target instanceof LinkTarget.Article link) {
            Article article = articleOf(link);
            open(article == null ? link.id() : article.id(), link.anchor());
        } else if (target instanceof LinkTarget.Attachment attachment) {
            Path file = fileOf(attachment);
            if (file != null) {
                browser.openFile(file);
            }
        }
    }

    /** The library's file a link to an attachment names; null when there is none (or it lies outside the library). */
    private Path fileOf(LinkTarget.Attachment attachment) {
        Path root = library.getRoot();
        if (root == null) {
            return null;
        }
        try {
            Path file = root.resolve(attachment.path()).toRealPath();
            return file.startsWith(root.toRealPath()) && Files.isRegularFile(file) ? file : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The library's article that a link to the open article's site leads to, if it has it. */
    private Optional<ArticleId> onSite(String href) {
        Article from = reader.articleProperty().get();
        return SiteLinks.resolve(href, from == null ? null : from.id(), library.filter().articles());
    }

    /**
     * What following the link does, in a few words, as a browser's status line says where a link goes: the title of
     * the article it opens, the tag it shows, the address the browser opens; null for a link that does nothing.
     */
    public String describe(LinkTarget target) {
        Article article = articleOf(target);
        if (article != null) {
            return t("link.article", article.title());
        } else if (target.siteHref() != null) {
            return target instanceof LinkTarget.External ? t("link.web", target.siteHref())
                    : t("link.notInLibrary", target.siteHref());
        } else if (target instanceof LinkTarget.Article link) {
            return t("link.notInLibrary", link.id().path());
        } else if (target instanceof LinkTarget.Attachment attachment) {
            Path file = fileOf(attachment);
            return file != null ? t("link.file", file.getFileName().toString()) : t("link.notInLibrary", attachment.path());
        } else if (target instanceof LinkTarget.Tag tag) {
            return t("link.tag", tag.path().toString());
        } else if (target instanceof LinkTarget.Category category) {
            return t("link.category", category.path().toString());
        }
        return null;
    }

    /** The article of the library the link opens (a post of the open article's site, a file of the library), else null. */
    public Article articleOf(LinkTarget target) {
        if (target.siteHref() != null) {
            return onSite(target.siteHref()).map(library.filter()::find).orElse(null);
        }
        return target instanceof LinkTarget.Article link ? articleOf(link) : null;
    }

    /**
     * The article a link to a file of the library opens: that file's, else the post a site's link names
     * ({@link SiteRefs}: Hugo's {@code ref "trip-kyoto"}, Hexo's {@code post_link hello-world} from another folder).
     */
    private Article articleOf(LinkTarget.Article link) {
        Article article = library.filter().find(link.id());
        if (article != null) {
            return article;
        }
        Article from = reader.articleProperty().get();
        return SiteRefs.resolve(link.id(), from == null ? null : from.id(), library.filter().articles())
                .map(library.filter()::find).orElse(null);
    }

    /**
     * The other article a link opens, for the card shown over it: as {@link #articleOf}, but null for a link to the
     * article open now (its own file, with or without a heading).
     */
    public Article otherArticleOf(LinkTarget target) {
        Article article = articleOf(target);
        Article open = reader.articleProperty().get();
        return article == null || open != null && open.id().equals(article.id()) ? null : article;
    }

    /**
     * Returns to where the last link within the page jumped from, else opens the article read before this one, as a
     * browser's Back does (skipping any since deleted).
     */
    public void back() {
        if (!reader.backWithinPage()) {
            step(history::back);
        }
    }

    /** Makes again the jump within the page that Back undid, else opens the article Back left, as a browser does. */
    public void forward() {
        if (!reader.forwardWithinPage()) {
            step(history::forward);
        }
    }

    private void step(java.util.function.Supplier<ArticleId> next) {
        for (ArticleId id = next.get(); id != null; id = next.get()) {
            if (open(id)) {
                return;
            }
        }
    }

    /** Whether there is a place or an article to go back to. */
    public BooleanExpression canGoBackProperty() {
        return canGoBack;
    }

    /** Whether there is a place or an article to go forward to. */
    public BooleanExpression canGoForwardProperty() {
        return canGoForward;
    }

    /**
     * The article to open once a library is listed: the remembered one (else the one read last in that library), also
     * when the list's filter hides it, else the first shown. While
     * the list is the cache's (the folder still being read), a remembered article it lacks gives null and stays
     * remembered: it may be a file written since (one just opened from a file manager), which the checked list holds.
     */
    public Article firstToShow(List<Article> shown) {
        Path root = library.getRoot();
        boolean remembered = preferredArticle != null && preferredLibrary.equals(root);
        // else the article read last in this library, as a reader reopens each book where it was left: the one open
        // at the last close belongs to the library read last, and another library opened its newest article
        ArticleId last = remembered ? preferredArticle : root == null ? null : reader.memory().lastOpenedIn(root);
        Article wanted = last == null ? null : library.filter().find(last);
        if (wanted == null && last != null && library.loadingProperty().get()) {
            return null;
        }
        preferredArticle = null;
        if (wanted != null) {
            return wanted; // also when not shown: the Unread filter kept from last time hides the article being read
        }
        return shown.isEmpty() ? null : shown.get(0);
    }

    /** Runs what follows a load (renamed-article matching, the search index) through this executor. */
    public void deferAfterLoad(Executor when) {
        afterLoad = when;
    }

    private void loaded() {
        Path root = library.getRoot();
        List<Article> articles = library.filter().articles();
        afterLoad.execute(() -> {
            if (root == null || !root.equals(library.getRoot())) {
                return;
            }
            annotations.followRenamedArticles(root, articles);
            if (library.errorProperty().get() == null) {
                search.libraryLoaded(root, articles);
            }
        });
    }

    /**
     * Files changed outside the app: the index follows, and annotations follow an article renamed or moved; a vault's
     * names are walked anew on the next page that needs them when a note went (deleted, renamed) or one the open page
     * names (dimmed as missing) came; the open article is
     * rendered again when it changed or names a note that came. (A note edited does not make the names stale: a walk
     * for every save of a note open in its editor would cost a vault of 200,000 files seconds each time.)
     */
    private void changedOnDisk(LibraryChanges changes) {
        search.apply(library.getRoot(), changes);
        annotations.describeChanged(library.getRoot(), changes.addedOrChanged());
        if (!changes.removed().isEmpty() && !changes.addedOrChanged().isEmpty()) {
            // an article renamed or moved while the window is open: its highlights and bookmarks follow it
            annotations.followRenamedArticles(library.getRoot(), library.filter().articles());
        }
        Article open = reader.articleProperty().get();
        RenderedPage page = reader.pageProperty().get();
        boolean named = page != null && !page.missingNotes().isEmpty() && changes.addedOrChanged().stream()
                .anyMatch(a -> page.missingNotes().contains(a.id().fileName().toLowerCase(Locale.ROOT)));
        if (named || !changes.removed().isEmpty()) {
            WikiNames.forget(library.getRoot());
        }
        Article changed = open == null ? null
                : changes.addedOrChanged().stream().filter(a -> a.id().equals(open.id())).findFirst().orElse(null);
        Article renamed = RenamedArticle.of(open, changes).orElse(null);
        if (renamed != null) {
            history.renamed(open.id(), renamed.id());
            annotations.followRename(open.id(), renamed.id());
            reader.renamed(library.getRoot(), open.id(), renamed);
            select.accept(renamed);
        } else if (changed != null) {
            reader.show(library.getRoot(), changed);
        } else if (open != null && changes.removed().contains(open.id())) {
            reader.gone(open.id());
        } else if (named && open != null) {
            reader.reload();
        }
    }
}
