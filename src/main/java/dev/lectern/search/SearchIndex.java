package dev.lectern.search;

import dev.lectern.library.ArticleSource;
import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The full-text index of one library, kept in a folder of its own (for example a per-library folder under
 * the user's cache folder). Finds any Chinese, Japanese or Korean substring and Latin words by prefix; see
 * {@link #search} for the query syntax. Safe to use from several threads: index from a background pool,
 * search from another thread. Changes become visible to searches and durable after {@link #commit()}.
 */
public final class SearchIndex implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SearchIndex.class.getName());

    /** The fields and analysis of the documents; an index written with another schema is rebuilt. */
    private static final String SCHEMA = "2";
    private static final String SCHEMA_KEY = "lectern.schema";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryFactory queries = new QueryFactory();
    /** Notes per article, kept so that re-indexing an article keeps them; loaded from the index on open. */
    private final Map<ArticleId, List<String>> notes = new ConcurrentHashMap<>();

    private SearchIndex(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
        this.directory = directory;
        writer = new IndexWriter(directory, new IndexWriterConfig(new SearchAnalyzer(true))
                .setOpenMode(mode).setRAMBufferSizeMB(64));
        try {
            if (!SCHEMA.equals(schemaOf(writer))) {
                writer.deleteAll(); // written by an older Lectern with other fields: rebuilt from the library
            }
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            searchers = new SearcherManager(writer, null);
            loadNotes();
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /**
     * Opens the index in a folder that holds nothing else, creating it (and the folder) when missing. An index
     * that cannot be read (damaged, or written by an incompatible Lucene) is replaced by an empty one: it is
     * only a cache, rebuilt from the library by {@link IndexBuilder}.
     *
     * @throws IOException when the folder cannot be used, for example while another process has the index open
     */
    public static SearchIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            try {
                return new SearchIndex(directory, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
                LOG.log(System.Logger.Level.WARNING, "Search index in " + folder + " cannot be read; starting afresh", e);
                for (String file : directory.listAll()) {
                    if (!IndexWriter.WRITE_LOCK_NAME.equals(file)) {
                        directory.deleteFile(file);
                    }
                }
                return new SearchIndex(directory, IndexWriterConfig.OpenMode.CREATE);
            }
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            directory.close();
            throw new IOException("another Lectern window is using the search index in " + folder, e);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The index folder of a library under a cache folder, named from a hash of the library's absolute path. */
    public static Path folderFor(Path cacheFolder, Path library) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(
                    library.toAbsolutePath().normalize().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cacheFolder.resolve("search-" + java.util.HexFormat.of().formatHex(hash, 0, 12));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Adds an article or replaces its earlier version; its notes are kept. The body is the markdown without front matter. */
    public void index(Article article, String markdownBody) throws IOException {
        index(article, new ArticleSource("", markdownBody));
    }

    /** Adds an article with its front matter (its values are searchable too, as grep would find them) and body. */
    public void index(Article article, ArticleSource source) throws IOException {
        writer.updateDocument(idTerm(article.id()), ArticleDocument.of(article, source, notes.getOrDefault(article.id(), List.of())));
    }

    /**
     * Replaces the searchable highlight quotes and notes of an article. They stay with the article when it is
     * indexed again; for an article not indexed yet they are used when it is.
     */
    public void setAnnotations(ArticleId id, List<String> quotesAndNotes) throws IOException {
        List<String> texts = quotesAndNotes.stream().filter(text -> text != null && !text.isBlank()).toList();
        if (texts.isEmpty()) {
            notes.remove(id);
        } else {
            notes.put(id, texts);
        }
        Document stored = storedDocument(id);
        if (stored != null) {
            writer.updateDocument(idTerm(id), ArticleDocument.withNotes(stored, texts));
        }
    }

    /** Removes an article (and its notes) from the index. */
    public void remove(ArticleId id) throws IOException {
        notes.remove(id);
        writer.deleteDocuments(idTerm(id));
    }

    /** Makes every change durable on disk and visible to searches. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Finds articles for a search text, best first. Syntax: words (all must match; a Latin word also matches
     * as a prefix, a CJK word as a substring), {@code "quoted phrases"}, {@code tag:name} and
     * {@code author:name}. Case and full-/half-width forms do not matter.
     *
     * @param allowed only these articles may be returned (for example those the tag filter lets through); null for all
     * @return at most limit hits; empty for a blank query
     */
    public List<SearchHit> search(String query, int limit, Set<ArticleId> allowed) throws IOException {
        List<QueryClause> clauses = QuerySyntax.parse(query);
        Query built = queries.build(clauses);
        if (built == null || limit <= 0 || (allowed != null && allowed.isEmpty())) {
            return List.of();
        }
        if (allowed != null) {
            built = QueryFactory.onlyIn(built, allowed);
        }
        Snippets snippets = new Snippets(clauses);
        IndexSearcher searcher = searchers.acquire();
        try {
            return HitReader.read(searcher, searcher.search(built, limit), snippets);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The articles in the index as of the last commit. */
    public Set<ArticleId> indexedIds() throws IOException {
        return versions().keySet();
    }

    /** The version ({@link ArticleDocument#version}) of every article in the index as of the last commit. */
    Map<ArticleId, String> versions() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<ArticleId, String> versions = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            IndexReader reader = searcher.getIndexReader();
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document fields = stored.document(doc, Set.of(IndexFields.ID, IndexFields.VERSION));
                    versions.put(new ArticleId(fields.get(IndexFields.ID)), fields.get(IndexFields.VERSION));
                }
            }
            return versions;
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
        writer.close();
        directory.close();
    }

    private Document storedDocument(ArticleId id) throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(idTerm(id)), 1);
            return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
        } finally {
            searchers.release(searcher);
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

    private static String schemaOf(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (SCHEMA_KEY.equals(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    private static Term idTerm(ArticleId id) {
        return new Term(IndexFields.ID, id.path());
    }
}
