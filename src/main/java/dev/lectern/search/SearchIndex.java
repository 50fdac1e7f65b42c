package dev.lectern.search;

import dev.lectern.library.ArticleSource;
import dev.lectern.library.CacheFolder;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The full-text index of one library, kept in a folder of its own (for example a per-library folder under
 * the user's cache folder). Finds any substring of the articles' text, as grep -F -i would; see
 * {@link #search} for the query syntax. Safe to use from several threads: index from a background pool,
 * search from another thread. Changes become visible to searches and durable after {@link #commit()}.
 */
public final class SearchIndex implements AutoCloseable {

    /** Go-to matches ranked for each one shown: ties (pinyin scores the same) are ordered by title length. */
    private static final int TITLE_CANDIDATES = 5;

    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());
    /**
     * On a newer Java runtime (the packaged app's), Lucene notes at its first use that it maps files as memory
     * segments and that it was built for an older vector API: not for readers, so kept out of the terminal. Its
     * warnings about the index itself still show. Held here, as java.util.logging keeps levels only of loggers in use.
     */
    private static final List<Logger> QUIET_LOGGERS = List.of(
            quiet("org.apache.lucene.store.MemorySegmentIndexInputProvider", Level.WARNING),
            quiet("org.apache.lucene.internal.vectorization", Level.OFF));
    /**
     * Memory for documents not yet written to disk; only a build fills it. With it (and no compound files, which
     * copy each new segment once more) a first build of 100,000 articles wrote 10 segments and merged none, in 204 s
     * of CPU time against 241 s with 64 MB.
     */
    private static final int RAM_BUFFER_MB = 256;

    private final Directory directory;
    /** Null when the index is shared: another Lectern process holds its writer and keeps it up to date. */
    private final IndexWriter writer;
    /** When a shared index last looked for the other process's commits (System.nanoTime). */
    private volatile long lastRefresh = System.nanoTime();
    private final SearcherManager searchers;
    private final QueryFactory queries;
    private final SourceFiles files;
    private final Pinyin pinyin = new Pinyin();
    /** Notes per article, kept so that re-indexing an article keeps them; loaded from the index on open. */
    private final Map<ArticleId, List<String>> notes = new ConcurrentHashMap<>();
    /** The filter of the last search limited to some articles, kept as the tag filter seldom changes while the text does. */
    private volatile AllowedDocs lastFilter;

    /**
     * An index this process writes, or (writer null) a shared one: searched here, written by the Lectern process that
     * holds its writer. On a failure the writer is closed with what was opened here.
     */
    private SearchIndex(Directory directory, IndexWriter writer, SourceFiles files) throws IOException {
        this.directory = directory;
        this.files = files;
        this.writer = writer;
        queries = new QueryFactory(files);
        SearcherManager opened = null;
        try {
            opened = writer == null ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
            searchers = opened;
            loadNotes();
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(opened, writer);
            throw e;
        }
    }

    /** The index of a folder, written by this process (mode: whether to keep what the folder holds). */
    private static SearchIndex writing(Directory directory, IndexWriterConfig.OpenMode mode, SourceFiles files)
            throws IOException {
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new SearchAnalyzer(true))
                .setOpenMode(mode).setRAMBufferSizeMB(RAM_BUFFER_MB).setUseCompoundFile(false));
        writer.setLiveCommitData(IndexFormat.commitData());
        return new SearchIndex(directory, writer, files);
    }

    /**
     * Opens the index in a folder that holds nothing else, creating it (and the folder) when missing. An index
     * that cannot be read (damaged, or written by an incompatible Lucene or an older Lectern) is replaced by an
     * empty one: it is only a cache, rebuilt from the library by {@link IndexBuilder}.
     *
     * @param files reads the articles' files, for snippets and when notes change: the index keeps no copy of them
     * @throws IOException when the folder cannot be used, for example while another process has the index open
     */
    public static SearchIndex open(Path folder, SourceFiles files) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            try {
                if (IndexFormat.isCurrentOrAbsent(directory)) {
                    return writing(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND, files);
                }
                LOG.log(System.Logger.Level.INFO, "Search index in " + folder + " has an older layout; rebuilding it");
                return writing(directory, IndexWriterConfig.OpenMode.CREATE, files);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
                LOG.log(System.Logger.Level.WARNING, "Search index in " + folder + " cannot be read; starting afresh", e);
                for (String file : directory.listAll()) {
                    if (!IndexWriter.WRITE_LOCK_NAME.equals(file)) {
                        directory.deleteFile(file);
                    }
                }
                return writing(directory, IndexWriterConfig.OpenMode.CREATE, files);
            }
        } catch (LockObtainFailedException e) {
            return shared(directory, folder, files, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Another Lectern process holds the index's writer (a second window on the same library): this one searches the
     * index that process keeps, and sees its commits. Without an index to share yet, the first error stands.
     */
    private static SearchIndex shared(Directory directory, Path folder, SourceFiles files, LockObtainFailedException locked)
            throws IOException {
        try {
            if (DirectoryReader.indexExists(directory) && IndexFormat.isCurrentOrAbsent(directory)) {
                return new SearchIndex(directory, null, files);
            }
        } catch (IOException | RuntimeException e) {
            locked.addSuppressed(e);
        }
        directory.close();
        throw new IOException("another Lectern window is building the search index in " + folder, locked);
    }

    /** Whether another Lectern process keeps this index: searches work, changes are that process's to make. */
    public boolean isShared() {
        return writer == null;
    }

    /** The index folder of a library under a cache folder, named from a hash of the library's absolute path. */
    public static Path folderFor(Path cacheFolder, Path library) {
        return cacheFolder.resolve("search-" + CacheFolder.keyOf(library));
    }

    /** Adds an article with its front matter (its values are searchable too, as grep would find them) and body. */
    public void index(Article article, ArticleSource source) throws IOException {
        writer().updateDocument(idTerm(article.id()), ArticleDocument.of(article, source, notes.getOrDefault(article.id(), List.of()), pinyin));
    }

    /**
     * Replaces the searchable highlight quotes and notes of an article. They stay with the article when it is
     * indexed again; for an article not indexed yet they are used when it is. The article's file is read again (the
     * index keeps no copy of it); when it cannot be, the notes wait until the article is indexed next.
     */
    public void setAnnotations(ArticleId id, List<String> quotesAndNotes) throws IOException {
        List<String> texts = quotesAndNotes.stream().filter(text -> text != null && !text.isBlank()).toList();
        if (texts.isEmpty()) {
            notes.remove(id);
        } else {
            notes.put(id, texts);
        }
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(idTerm(id)), 1);
            if (top.scoreDocs.length > 0) {
                ArticleSource source = readOrNull(id);
                if (source != null) {
                    Document stored = searcher.storedFields().document(top.scoreDocs[0].doc);
                    writer().updateDocument(idTerm(id), ArticleDocument.withNotes(stored, source, texts, pinyin));
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    private ArticleSource readOrNull(ArticleId id) {
        try {
            return files.read(id);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Notes not indexed yet, cannot read " + id + ": " + e);
            return null;
        }
    }

    /**
     * Loads the Chinese dictionaries (variants and pinyin), which takes a second or more the first time in a process:
     * call it off the UI thread before the first search or build. Later calls cost nothing.
     */
    public void warmUp() {
        ChineseVariants.warmUp();
        pinyin.warmUp();
    }

    /** Removes an article (and its notes) from the index. */
    public void remove(ArticleId id) throws IOException {
        notes.remove(id);
        writer().deleteDocuments(idTerm(id));
    }

    /** Makes every change durable on disk and visible to searches. */
    public void commit() throws IOException {
        writer().commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Finds articles for a search text, best first. Syntax: words (all must match; a text without CJK matches
     * wherever it occurs, inside words too, as grep -F -i finds it, whole words and word starts ranking first; a CJK
     * word matches as a substring), {@code "quoted phrases"}, {@code tag:name} and {@code author:name}. Case and
     * full-/half-width forms do not matter.
     *
     * @param allowed only these articles may be returned (for example those the tag filter lets through); null for all
     * @return at most limit hits; empty for a blank query
     */
    public List<SearchHit> search(String query, int limit, Set<ArticleId> allowed) throws IOException {
        return search(query, 0, limit, allowed).hits();
    }

    /**
     * One page of the articles found, as {@link #search(String, int, Set)}, with how many were found in all.
     *
     * @param offset how many of the best hits to skip (the pages before this one)
     */
    public SearchResults search(String query, int offset, int limit, Set<ArticleId> allowed) throws IOException {
        long wanted = (long) Math.max(0, offset) + Math.max(0, limit);
        return ranked(query, wanted, allowed, SearchResults.none(), (reader, found, clauses) -> {
            ScoreDoc[] top = found.top();
            ScoreDoc[] page = top.length <= offset || limit <= 0 ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top, offset, (int) Math.min(top.length, wanted));
            return new SearchResults(HitReader.read(reader, page, files, new Snippets(clauses)), found.total(), found.exact());
        });
    }

    /**
     * The articles a search finds, best first, at most limit, without the snippets {@link #search} cuts from each
     * article's file: for a caller that reads the files itself.
     */
    public List<ArticleId> ids(String query, int limit) throws IOException {
        return ranked(query, Math.max(0, limit), null, List.of(), (reader, found, clauses) -> {
            int[] docs = Arrays.stream(found.top()).mapToInt(hit -> hit.doc).toArray();
            return Arrays.stream(IndexValues.strings(reader, docs, IndexFields.ID_VALUE)).map(ArticleId::new).toList();
        });
    }

    /** What is made of a search's best documents, while the searcher that found them is held. */
    @FunctionalInterface
    private interface Ranked<T> {
        T read(IndexReader reader, ScoredPage found, List<QueryClause> clauses) throws IOException;
    }

    /** Runs the query for its best {@code wanted} documents (of those allowed; null for all) and reads them. */
    private <T> T ranked(String query, long wanted, Set<ArticleId> allowed, T none, Ranked<T> read) throws IOException {
        followOtherWriter();
        List<QueryClause> clauses = QuerySyntax.parse(query);
        Query built = queries.build(clauses);
        if (built == null || (allowed != null && allowed.isEmpty())) {
            return none;
        }
        QueryFactory.Split split = queries.split(clauses);
        IndexSearcher searcher = searchers.acquire();
        try {
            int most = (int) Math.min(Math.max(1, searcher.getIndexReader().maxDoc()), wanted);
            ScoredPage found = split == null ? all(searcher, filtered(searcher, built, allowed), most)
                    : split(searcher, split, allowed, most);
            return read.read(searcher.getIndexReader(), found, clauses);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * How many articles a search finds, counted exactly: every article found only inside words is checked against its
     * file, which can take a while (call it off the UI thread). For the total of a page that is not {@link SearchResults#exact}.
     */
    public int count(String query, Set<ArticleId> allowed) throws IOException {
        return count(query, allowed, () -> false);
    }

    /** As {@link #count(String, Set)}, giving up (with -1) when cancelled turns true: asked before each file is read. */
    public int count(String query, Set<ArticleId> allowed, BooleanSupplier cancelled) throws IOException {
        followOtherWriter();
        List<QueryClause> clauses = QuerySyntax.parse(query);
        Query built = queries.build(clauses);
        if (built == null || (allowed != null && allowed.isEmpty())) {
            return 0;
        }
        QueryFactory.Split split = queries.split(clauses);
        IndexSearcher searcher = searchers.acquire();
        try {
            if (split == null) {
                return searcher.count(filtered(searcher, built, allowed));
            }
            int words = split.words() == null ? 0 : searcher.count(filtered(searcher, split.words(), allowed));
            PiecesScan.Found pieces = PiecesScan.scan(searcher, filtered(searcher, split.candidates(), allowed), split.checks(),
                    files, Integer.MAX_VALUE, cancelled);
            return pieces == null ? -1 : words + pieces.docs().size();
        } finally {
            searchers.release(searcher);
        }
    }

    private Query filtered(IndexSearcher searcher, Query query, Set<ArticleId> allowed) throws IOException {
        if (allowed == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(filterFor(searcher.getIndexReader(), allowed), BooleanClause.Occur.FILTER).build();
    }

    private static ScoredPage all(IndexSearcher searcher, Query query, int wanted) throws IOException {
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
        return new ScoredPage(top.scoreDocs, (int) top.totalHits.value, true);
    }

    /**
     * The best hits of a query found by words, then as many of those found only by the pieces of a word (in index
     * order, as equal scores rank) as the page needs: only those are checked against their files; the rest are estimated.
     */
    private ScoredPage split(IndexSearcher searcher, QueryFactory.Split split, Set<ArticleId> allowed, int wanted) throws IOException {
        ScoredPage words = split.words() == null ? new ScoredPage(new ScoreDoc[0], 0, true)
                : all(searcher, filtered(searcher, split.words(), allowed), wanted);
        PiecesScan.Found pieces = PiecesScan.scan(searcher, filtered(searcher, split.candidates(), allowed), split.checks(),
                files, wanted - words.top().length, () -> false);
        ScoreDoc[] top = Arrays.copyOf(words.top(), Math.min(wanted, words.top().length + pieces.docs().size()));
        for (int i = words.top().length; i < top.length; i++) {
            top[i] = new ScoreDoc(pieces.docs().get(i - words.top().length), 0f);
        }
        return new ScoredPage(top, words.total() + pieces.estimate(), pieces.complete());
    }

    /** The best hits up to a page's end, with how many were found in all, and whether that is counted or estimated. */
    private record ScoredPage(ScoreDoc[] top, int total, boolean exact) {
    }

    /** The article's file as it is now, read as the index reads it. */
    public ArticleSource source(ArticleId id) throws IOException {
        return files.read(id);
    }

    /**
     * Articles whose title starts words with the words typed (Korean words also inside a title's words, after those
     * starting one), or whose title, tags or authors the typed pinyin or
     * initials spell (xianchengchi, xcc → 线程池), best first: the "go to article" box.
     */
    public List<ArticleId> findTitles(String text, int limit) throws IOException {
        followOtherWriter();
        List<QueryClause> clauses = QuerySyntax.parse(text);
        Query built = queries.titles(clauses);
        if (built == null || limit <= 0) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            ScoreDoc[] top = TitleOrder.best(searcher.getIndexReader(),
                    searcher.search(built, limit * TITLE_CANDIDATES).scoreDocs, limit, Snippets.needles(clauses));
            int[] docs = new int[top.length];
            Arrays.setAll(docs, i -> top[i].doc);
            return Arrays.stream(IndexValues.strings(searcher.getIndexReader(), docs, IndexFields.ID_VALUE)).map(ArticleId::new).toList();
        } finally {
            searchers.release(searcher);
        }
    }

    private AllowedDocs filterFor(IndexReader reader, Set<ArticleId> allowed) throws IOException {
        AllowedDocs filter = lastFilter;
        if (filter == null || !filter.isFor(reader, allowed)) {
            filter = AllowedDocs.of(reader, allowed);
            lastFilter = filter;
        }
        return filter;
    }

    /** The articles in the index as of the last commit. */
    public Set<ArticleId> indexedIds() throws IOException {
        return versions().keySet();
    }

    /** The version ({@link ArticleDocument#version}) of every article in the index as of the last commit. */
    Map<ArticleId, String> versions() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return IndexValues.versions(searcher.getIndexReader());
        } finally {
            searchers.release(searcher);
        }
    }

    /** Articles in the index as of the last commit. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The bytes the index takes on disk. */
    public long sizeBytes() throws IOException {
        long total = 0;
        for (String file : directory.listAll()) {
            try {
                total += directory.fileLength(file);
            } catch (IOException e) {
                // a file merged away between listing and measuring
            }
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the search index is shared: another Lectern window writes it");
        }
        return writer;
    }

    /** A shared index looks for the other process's commits before a search, at most once a second. */
    private void followOtherWriter() throws IOException {
        if (writer == null && System.nanoTime() - lastRefresh > 1_000_000_000L) {
            lastRefresh = System.nanoTime();
            searchers.maybeRefresh();
        }
    }

    private void loadNotes() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TermQuery withNotes = new TermQuery(new Term(IndexFields.HAS_NOTES, "1"));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc scoreDoc : searcher.search(withNotes, Integer.MAX_VALUE).scoreDocs) {
                Document doc = stored.document(scoreDoc.doc, Set.of(IndexFields.ID, IndexFields.NOTES));
                notes.put(new ArticleId(doc.get(IndexFields.ID)), List.of(doc.getValues(IndexFields.NOTES)));
            }
        } finally {
            searchers.release(searcher);
        }
    }

    private static Term idTerm(ArticleId id) {
        return new Term(IndexFields.ID, id.path());
    }

    private static Logger quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }
}
