package dev.lectern.store;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs a save once changes have paused for a short delay (debounce); each new request restarts the delay. */
final class AutoSaver {

    private final ScheduledExecutorService executor;
    private final Duration delay;
    private final Runnable save;
    private ScheduledFuture<?> pending;

    AutoSaver(ScheduledExecutorService executor, Duration delay, Runnable save) {
        this.executor = executor;
        this.delay = delay;
        this.save = save;
    }

    synchronized void schedule() {
        if (executor == null) {
            return;
        }
        cancel();
        pending = executor.schedule(save, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
