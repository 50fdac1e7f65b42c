package dev.lectern.ui;

import dev.lectern.model.ArticleId;
import dev.lectern.store.ReadingStateFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the reader chose per article: reading position, forced line-break mode, remote images allowed.
 * Kept by the article's absolute path, and saved to a file (when given) so it survives a restart.
 */
public final class ReadingMemory {

    private static final System.Logger LOG = System.getLogger(ReadingMemory.class.getName());

    private final ReadingStateFile file;
    private final Map<String, ReadingStateFile.Entry> entries = new HashMap<>();
    private Path root = Path.of(".");

    /** Only in memory (tests). */
    public ReadingMemory() {
        this.file = null;
    }

    /** Loads the state kept in the file, and saves back to it. */
    public ReadingMemory(ReadingStateFile file) {
        this.file = file;
        entries.putAll(file.load());
    }

    /** The library the article ids are relative to. */
    public void setLibrary(Path libraryRoot) {
        root = libraryRoot.toAbsolutePath().normalize();
    }

    private String key(ArticleId id) {
        return root.resolve(id.path()).toString();
    }

    private ReadingStateFile.Entry entry(ArticleId id) {
        return entries.getOrDefault(key(id), new ReadingStateFile.Entry(0, null, false));
    }

    /** Scroll position from 0 (top) to 1 (end), or 0 when the article was never read. */
    public double position(ArticleId id) {
        return entry(id).position();
    }

    public void setPosition(ArticleId id, double fraction) {
        ReadingStateFile.Entry e = entry(id);
        entries.put(key(id), new ReadingStateFile.Entry(fraction, e.lineBreaks(), e.remoteImages()));
    }

    /** True or false when the reader forced line breaks on or off for this article; null for automatic. */
    public Boolean lineBreaks(ArticleId id) {
        return entry(id).lineBreaks();
    }

    public void setLineBreaks(ArticleId id, Boolean keep) {
        ReadingStateFile.Entry e = entry(id);
        entries.put(key(id), new ReadingStateFile.Entry(e.position(), keep, e.remoteImages()));
        save();
    }

    public boolean remoteImagesAllowed(ArticleId id) {
        return entry(id).remoteImages();
    }

    public void allowRemoteImages(ArticleId id) {
        ReadingStateFile.Entry e = entry(id);
        entries.put(key(id), new ReadingStateFile.Entry(e.position(), e.lineBreaks(), true));
        save();
    }

    /** Writes the state to its file (after a change of article and on exit); failures are logged, never shown. */
    public void save() {
        if (file != null) {
            try {
                file.save(entries);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not save the reading state", e);
            }
        }
    }
}
