package dev.lectern.ui.window;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Holds back work that would compete with the first article for the CPU (the search index, the folder watcher)
 * until that article is painted, or until there is nothing to paint; runs it at once from then on. Once its window
 * has closed it runs nothing more: work started then (a folder watcher, an index build) would outlive the window.
 * FX thread only.
 */
final class FirstPaintGate implements Executor {

    private final List<Runnable> waiting = new ArrayList<>();
    private boolean open;
    private boolean discarded;

    @Override
    public void execute(Runnable task) {
        if (discarded) {
            return;
        }
        if (open) {
            task.run();
        } else {
            waiting.add(task);
        }
    }

    /** Runs what waited, in order; later tasks run at once. */
    void open() {
        if (open || discarded) {
            return;
        }
        open = true;
        List<Runnable> tasks = new ArrayList<>(waiting);
        waiting.clear();
        tasks.forEach(Runnable::run);
    }

    /** The window closed: what waits is dropped, and nothing handed over later runs. */
    void discard() {
        discarded = true;
        waiting.clear();
    }

    boolean isOpen() {
        return open;
    }
}
