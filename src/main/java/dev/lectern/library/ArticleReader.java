package dev.lectern.library;

import dev.lectern.model.Article;
import dev.lectern.model.ArticleId;
import dev.lectern.model.NoteProperty;
import dev.lectern.model.NoteVault;
import dev.lectern.model.Problem;
import dev.lectern.model.SyncConflictNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads one article file: decodes it, cuts its front matter and turns that into metadata. Safe to share between threads; open for counting in tests. */
public class ArticleReader {

    private static final System.Logger LOG = System.getLogger(ArticleReader.class.getName());
    /** Front matter and title nearly always sit in the first 2 KB (99.95% of corpus B): larger files are decoded whole only when needed. */
    private static final int HEAD_BYTES = 2048;
    /** Metadata never needs more of a file than this: front matter and the first heading sit far above it. */
    static final int METADATA_BYTES = 256 * 1024;
    /** A file this short is decoded once more to tell whether it is blank; a longer one is never blank. */
    private static final int BLANK_BYTES = 4096;
    /** The most of one article the reading pane and the search index take (a larger one is shown cut, with a banner). */
    public static final int BODY_BYTES = 2 * 1024 * 1024;

    private final TextDecoder decoder = new TextDecoder();
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final YamlFrontMatter yaml = new YamlFrontMatter();
    private final TomlFrontMatter toml = new TomlFrontMatter();
    private final MetadataReader metadata = new MetadataReader();

    /** Whether a file's name is that of an article Lectern lists: .md, .markdown, .mdown, .mkd or .mdx, any case. */
    public static boolean isArticleFile(Path file) {
        Path name = file.getFileName();
        return name != null && ArticleFileWalker.isArticle(name.toString());
    }

    public ArticleReader() {
        // all parts are created here and reused for every file
    }

    /**
     * Reads the metadata of a file under root (never keeps the body).
     *
     * @throws NotTextException when the file holds binary data
     * @throws IOException      when the file cannot be read at all
     */
    public Article read(Path root, Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        NoteVault.recheck(root.toAbsolutePath()); // one file: whether its library is a vault is asked again
        return read(file, idOf(root, file), attributes.size(), attributes.lastModifiedTime().toMillis());
    }

    /**
     * The same, for a file whose id, size and modification time a folder walk has just worked out: a scan does not ask
     * the file system for them a second time, nor whether its library is a vault for each of its files.
     */
    public Article read(Path file, ArticleId id, long size, long modified) throws IOException {
        HeadBytes bytes = HeadBytes.read(file, METADATA_BYTES);
        try {
            boolean blank = !bytes.cut() && bytes.bytes().length <= BLANK_BYTES && decoder.decode(bytes.bytes()).isBlank();
            boolean vault = NoteVault.remembered(rootOf(file, id));
            Site site = vault ? Site.VAULT : HexoSites.holds(file.toAbsolutePath()) ? Site.HEXO : Site.OTHER;
            String head = vault ? null : decoder.decodeHead(bytes.bytes(), HEAD_BYTES);
            Article article = head == null ? null : parse(id, head, size, modified, true, site);
            return marked(article != null ? article : parse(id, decoder.decode(bytes.bytes()), size, modified, false,
                    site), blank);
        } catch (NotTextException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // whatever one file does to a parser (a stack overflow, a bug) stays that file's problem
            LOG.log(System.Logger.Level.WARNING, "Could not read " + id, e);
            return fallback(id, Problem.of(Problem.Kind.FILE_READ_FAILED, e), size, modified);
        }
    }

    /**
     * The article from a text; from only the head of a file (headOnly) the answer is null unless the
     * head holds the whole front matter with a title, since then the rest of the body cannot matter.
     */
    private Article parse(ArticleId id, String text, long size, long modified, boolean headOnly, Site site) {
        List<Problem> warnings = new ArrayList<>();
        try {
            FrontMatterBlock block = splitter.split(text, site == Site.VAULT);
            if (headOnly && block.kind() == FrontMatterBlock.Kind.NONE) {
                return null;
            }
            if (block.unclosed() != null) {
                warnings.add(Problem.of(Problem.Kind.FRONT_MATTER_UNCLOSED, block.unclosed()));
            }
            if (block.linesRead() > 0) {
                warnings.add(Problem.of(Problem.Kind.FRONT_MATTER_TOO_LONG, block.linesRead()));
            }
            Map<String, Object> fields = fields(block, warnings);
            if (headOnly && !MetadataReader.hasTitle(fields)) {
                return null;
            }
            return metadata.toArticle(id, fields, block.body(), warnings, size, modified, site);
        } catch (RuntimeException | StackOverflowError e) {
            if (headOnly) {
                return null;
            }
            LOG.log(System.Logger.Level.WARNING, "Could not read the front matter of " + id, e);
            return fallback(id, Problem.of(Problem.Kind.FRONT_MATTER_FAILED, e), size, modified);
        }
    }

    private Map<String, Object> fields(FrontMatterBlock block, List<Problem> warnings) {
        return switch (block.kind()) {
            case NONE -> Map.of();
            case TOML -> toml.parse(block, warnings);
            case JSON -> JsonFrontMatter.parse(block, warnings);
            case YAML, HEXO -> yaml.parse(block, warnings);
            case PROPERTIES -> PageProperties.parse(block.text());
        };
    }

    /** The decoded markdown body without the front matter, with '\n' line endings (at most {@link #BODY_BYTES} of the file). */
    public String readBody(Path root, ArticleId id) throws IOException {
        return readBody(root, id, BODY_BYTES).text();
    }

    /** The body from at most limit bytes of the file; {@link Body#cut()} tells whether the file went on. */
    public Body readBody(Path root, ArticleId id, long limit) throws IOException {
        HeadBytes bytes = HeadBytes.read(root.resolve(id.path()), limit);
        boolean vault = NoteVault.remembered(root);
        FrontMatterBlock block = splitter.split(decoder.decode(bytes.bytes()), vault);
        return new Body(block.body(), bytes.cut(), bytes.bytes().length, bytes.size(),
                vault ? properties(block) : List.of());
    }

    /** A vault note's properties; none when its front matter cannot be read (the list says why). */
    private List<NoteProperty> properties(FrontMatterBlock block) {
        try {
            return NoteProperties.of(fields(block, new ArrayList<>()), block.text());
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }

    /** The decoded front matter (without its fences; "" for none) and body of an article (its first {@link #BODY_BYTES}), for the search index. */
    public ArticleSource readSource(Path root, ArticleId id) throws IOException {
        return readSource(root, id, BODY_BYTES);
    }

    /** The same from the file's first {@code bytes} only: its opening, for a preview of it. */
    public ArticleSource readSource(Path root, ArticleId id, int bytes) throws IOException {
        boolean vault = NoteVault.remembered(root);
        FrontMatterBlock block = splitter.split(decoder.decode(HeadBytes.read(root.resolve(id.path()), bytes).bytes()),
                vault);
        return new ArticleSource(block.text(), block.body(), vault);
    }

    /**
     * An article's body as read: the text, whether the file was longer than what was read, how many of its bytes were
     * read, and the file's size.
     */
    public record Body(String text, boolean cut, long bytesRead, long fileSize, List<NoteProperty> properties) {

        public Body {
            properties = List.copyOf(properties);
        }

        /** A body without properties (not a vault's note, or its front matter gives none beyond the header's). */
        public Body(String text, boolean cut, long bytesRead, long fileSize) {
            this(text, cut, bytesRead, fileSize, List.of());
        }
    }

    /**
     * An empty file (a note just made, one an editor is rewriting) stays listed, titled after its name, with a warning
     * saying it is empty: it looked like an article with words. A copy a sync tool kept when two machines changed an
     * article ({@code post (conflicted copy 2026-12-01).md}) is listed with a warning naming the article it copies: it
     * was a second row just like the first.
     */
    private static Article marked(Article article, boolean blank) {
        String original = SyncConflictNames.originalOf(article.id().fileName());
        if (original == null && !blank) {
            return article;
        }
        List<Problem> warnings = new ArrayList<>(article.warnings());
        if (blank) {
            warnings.add(Problem.of(Problem.Kind.FILE_EMPTY));
        }
        if (original != null) {
            warnings.add(Problem.of(Problem.Kind.SYNC_CONFLICT_COPY, original));
        }
        return new Article(article.id(), article.title(), article.subtitle(), article.date(), article.authors(),
                article.tags(), article.categories(), article.description(), article.draft(), article.lang(), warnings,
                article.size(), article.modified());
    }

    /** The article listed when nothing but the file name can be read: titled after the file, with the reason as warning. */
    static Article fallback(ArticleId id, Problem warning, long size, long modified) {
        return new Article(id, TitleFinder.fromFileName(id), null, new DateParser().fromFileName(id.fileName()),
                List.of(), List.of(), List.of(), null, false, null, List.of(warning), size, modified);
    }

    /** The library folder a file with this id lies in: as many folders up as the id has parts. */
    private static Path rootOf(Path file, ArticleId id) {
        Path root = file.toAbsolutePath().getParent();
        String path = id.path();
        for (int i = path.indexOf('/'); i >= 0 && root != null; i = path.indexOf('/', i + 1)) {
            root = root.getParent();
        }
        return root == null ? file.toAbsolutePath().getRoot() : root;
    }

    static ArticleId idOf(Path root, Path file) {
        Path relative = root.relativize(file);
        StringBuilder path = new StringBuilder();
        for (Path part : relative) {
            path.append(path.length() == 0 ? "" : "/").append(part);
        }
        return new ArticleId(path.toString());
    }
}
