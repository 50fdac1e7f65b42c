package dev.lectern.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * Runs a load once per process on a thread of its own and lets any thread wait for it without being stopped by an
 * interrupt (which it keeps). For loads done in static initialisers that read through channels, such as Kuromoji's
 * dictionaries: a thread interrupted meanwhile (a scan or a sort cancelled, a window closed) closed the channel, the
 * initialiser failed, and the classes stayed unusable for the rest of the process — Japanese tags lost their order and
 * pages their furigana until a restart. A thread of its own is never interrupted.
 */
public final class LoadOnce {

    private static final ConcurrentMap<String, CompletableFuture<Void>> LOADS = new ConcurrentHashMap<>();

    private LoadOnce() {
    }

    /** Returns once the load of this name has run (started now if it never was), whether or not it threw. */
    public static void await(String name, Runnable load) {
        CompletableFuture<Void> done = start(name, load);
        boolean interrupted = false;
        while (!done.isDone()) {
            try {
                done.get();
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

    /** The load of this name, started now on its own thread if it never was; done once it has run. */
    public static CompletableFuture<Void> start(String name, Runnable load) {
        return LOADS.computeIfAbsent(name, key -> run(key, load));
    }

    private static CompletableFuture<Void> run(String name, Runnable load) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                load.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "lectern-load-" + name);
        loader.setDaemon(true);
        loader.start();
        return done;
    }
}
