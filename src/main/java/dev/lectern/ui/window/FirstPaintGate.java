package dev.lectern.ui.window;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Holds back work that would compete with the first article for the CPU (the search index, the folder watcher)
 * until that article is painted, or until there is nothing to paint; runs it at once from then on. FX thread only.
 */
final class FirstPaintGate implements Executor {

    private final List<Runnable> waiting = new ArrayList<>();
    private boolean open;

    @Override
    public void execute(Runnable task) {
        if (open) {
            task.run();
        } else {
            waiting.add(task);
        }
    }

    /** Runs what waited, in order; later tasks run at once. */
    void open() {
        if (open) {
            return;
        }
        open = true;
        List<Runnable> tasks = new ArrayList<>(waiting);
        waiting.clear();
        tasks.forEach(Runnable::run);
    }

    boolean isOpen() {
        return open;
    }
}
