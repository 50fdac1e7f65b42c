package dev.lectern.app;

import java.util.concurrent.ThreadFactory;
import java.util.function.BiConsumer;

/**
 * The threads of the app never die silently: each is named, a daemon, and reports an uncaught Throwable; a periodic
 * task reports its failure and runs again next time (a ScheduledExecutorService would otherwise cancel it unseen).
 */
final class LecternThreads {

    private static final System.Logger LOG = System.getLogger(LecternThreads.class.getName());

    /** Logs at ERROR level with the stack trace. */
    static final BiConsumer<String, Throwable> LOGGED = (what, e) -> LOG.log(System.Logger.Level.ERROR, what, e);

    private final BiConsumer<String, Throwable> report;

    LecternThreads(BiConsumer<String, Throwable> report) {
        this.report = report;
    }

    /** Reports what kills any thread without its own handler (the watcher, the scan and cache threads...). */
    void reportUncaughtEverywhere() {
        Thread.setDefaultUncaughtExceptionHandler(this::uncaught);
    }

    /** Makes named daemon threads that report an uncaught Throwable. */
    ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler(this::uncaught);
            return thread;
        };
    }

    /** The task, reporting any Throwable instead of letting it end a periodic schedule. */
    Runnable keepGoing(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (Throwable e) { // NOPMD: reported, and the next run may succeed
                report.accept(what + " failed (it runs again at its next time): " + e, e);
            }
        };
    }

    private void uncaught(Thread thread, Throwable e) {
        report.accept("Lectern's thread " + thread.getName() + " stopped on an uncaught " + e, e);
    }
}
