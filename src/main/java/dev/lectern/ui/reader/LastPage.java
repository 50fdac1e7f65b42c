package dev.lectern.ui.reader;

import dev.lectern.render.PageSnapshot;
import dev.lectern.render.RenderedPage;
import dev.lectern.store.AtomicFiles;
import dev.lectern.store.CappedRead;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A copy of the page on screen when the window closed, so that the next start can show the article read last without
 * waiting for the renderer (whose first render in a new process takes a third of a second of a core). It is a cache:
 * it is used only under the same key (the same file, reading choices, interface language and build of Lectern), it is
 * checked by rendering the article again once the window is up, and a missing, foreign or damaged copy only means
 * the page is rendered as before.
 */
public final class LastPage {

    /** A copy that is never kept nor found. */
    public static final LastPage NONE = new LastPage(null, () -> "");

    /** No page of an article is larger in use; a larger file is not read and a larger page not kept. */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(LastPage.class.getName());

    private final Path file;
    private final Supplier<String> build;
    private volatile String buildKey;

    /**
     * @param file  where the copy is kept (in the cache folder), or null to keep none
     * @param build what tells this build of Lectern from others (a page of another build is not used); asked once,
     *              on the first use (off the FX thread at a start)
     */
    public LastPage(Path file, Supplier<String> build) {
        this.file = file;
        this.build = build;
    }

    /** The kept page when it was kept under this key, else null. Any thread. */
    RenderedPage find(String key, boolean remoteImagesAllowed) {
        if (file == null) {
            return null;
        }
        try {
            return PageSnapshot.decode(CappedRead.bytes(file, MAX_BYTES), fullKey(key), remoteImagesAllowed);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "The copy of the last page at " + file + " is not used: " + e.getMessage());
            return null;
        }
    }

    /** Keeps the page under the key, replacing the copy kept before (written whole or not at all). Any thread. */
    void keep(String key, RenderedPage page) {
        if (file == null) {
            return;
        }
        byte[] bytes = PageSnapshot.encode(fullKey(key), page);
        if (bytes.length > MAX_BYTES) {
            return;
        }
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "Could not keep a copy of the last page at " + file + ": " + e.getMessage());
        }
    }

    private String fullKey(String key) {
        if (buildKey == null) {
            buildKey = build.get();
        }
        return buildKey + "\n" + Locale.getDefault().toLanguageTag() + "\n" + key;
    }
}
