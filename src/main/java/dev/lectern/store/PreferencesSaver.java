package dev.lectern.store;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;

/**
 * Keeps the current preferences and saves them about a second after the last change, so dragging a divider or
 * resizing the window writes the file once, not on every pixel. Call {@link #flush()} when the window closes.
 * Thread-safe: changes may come from the FX thread while a save runs on the executor.
 */
public final class PreferencesSaver {

    /** How long after the last change the file is written. */
    public static final Duration DELAY = Duration.ofSeconds(1);

    private static final System.Logger LOG = System.getLogger(PreferencesSaver.class.getName());

    private final PreferencesFile file;
    private final AutoSaver autoSaver;
    private final Object saving = new Object();
    private Preferences current;
    private boolean dirty;

    /**
     * @param initial  the preferences loaded at start ({@code PreferencesFile.load().preferences()})
     * @param executor runs the delayed saves (tests pass a manual one)
     */
    public PreferencesSaver(PreferencesFile file, Preferences initial, ScheduledExecutorService executor) {
        this(file, initial, executor, DELAY);
    }

    public PreferencesSaver(PreferencesFile file, Preferences initial, ScheduledExecutorService executor, Duration delay) {
        this.file = file;
        this.current = initial;
        this.autoSaver = new AutoSaver(executor, delay, this::saveQuietly);
    }

    /** The latest preferences given. */
    public synchronized Preferences current() {
        return current;
    }

    /** Replaces the preferences and schedules a save {@link #DELAY} after the last change; equal values are ignored. */
    public synchronized void update(Preferences next) {
        if (!next.equals(current)) {
            current = next;
            dirty = true;
            autoSaver.schedule();
        }
    }

    /** Changes the current preferences in one step, for example {@code saver.change(p -> p.withTheme("dark"))}. */
    public synchronized void change(UnaryOperator<Preferences> edit) {
        update(edit.apply(current));
    }

    /** Writes a pending change now (on exit); does nothing when everything is saved already. */
    public void flush() throws IOException {
        autoSaver.cancel();
        synchronized (saving) {
            Preferences toSave;
            synchronized (this) {
                if (!dirty) {
                    return;
                }
                toSave = current;
                dirty = false;
            }
            try {
                file.save(toSave);
            } catch (IOException | RuntimeException | Error e) {
                synchronized (this) {
                    dirty = true;
                }
                throw e;
            }
        }
    }

    private void saveQuietly() {
        try {
            flush();
        } catch (IOException | RuntimeException | Error e) {
            // run by a ScheduledExecutorService, whose future would keep any Throwable unseen
            LOG.log(System.Logger.Level.WARNING, "could not save the preferences to " + file.file(), e);
        }
    }
}
