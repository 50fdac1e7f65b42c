package dev.lectern.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/**
 * Loads Kuromoji's dictionaries (tag readings in gojūon order, furigana) once, on a thread of their own. They load in
 * static initialisers that read their resources through channels: a thread interrupted meanwhile (a scan or a sort
 * cancelled, a window closed) closed the channel, the initialiser failed, and Lucene's dictionary classes stayed
 * unusable for the rest of the process — Japanese tags lost their order and furigana their readings until a restart.
 * A thread of their own is never interrupted, and callers wait for it without being stopped by an interrupt (which
 * they keep).
 */
public final class JapaneseDictionary {

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CompletableFuture<Void> LOADED = new CompletableFuture<>();

    private JapaneseDictionary() {
    }

    /** Returns once the dictionaries are loaded (or failed to load, which their first use then reports). */
    public static void awaitLoaded() {
        if (LOADED.isDone()) {
            return;
        }
        if (STARTED.compareAndSet(false, true)) {
            Thread loader = new Thread(JapaneseDictionary::load, "lectern-japanese-dictionary");
            loader.setDaemon(true);
            loader.start();
        }
        boolean interrupted = false;
        while (!LOADED.isDone()) {
            try {
                LOADED.get();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void load() {
        try {
            new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL).close();
            LOADED.complete(null);
        } catch (Throwable e) {
            LOADED.completeExceptionally(e);
        }
    }
}
