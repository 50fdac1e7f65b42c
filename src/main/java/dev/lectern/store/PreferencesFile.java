package dev.lectern.store;

import dev.lectern.model.Problem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The preferences file, {@code preferences.yaml} in the per-user {@link ConfigFolder}: loaded once at start, written
 * atomically on save. A value that cannot be used ({@code theme: purple}, {@code textSize: huge}) is replaced by its
 * default, the other keys keep theirs, and a line in the log says which: the file is read as YAML, so the next save
 * loses nothing but that value. A file that cannot be read at all (not YAML, not a mapping, not UTF-8) gives the
 * defaults plus a warning for the user, and is moved aside as {@code preferences.yaml.damaged-<time>} so the next save
 * does not lose the user's hand edits.
 */
public final class PreferencesFile {

    /** The file's name in the config folder. */
    public static final String NAME = "preferences.yaml";

    private static final System.Logger LOG = System.getLogger(PreferencesFile.class.getName());

    /**
     * What {@link #load()} found.
     *
     * @param preferences what to apply (the defaults for anything missing or unreadable)
     * @param warning     the problem to word for the user when the file could not be read at all; empty otherwise
     * @param replaced    the values that could not be used and were replaced by their defaults (logged, not shown)
     */
    public record Loaded(Preferences preferences, Optional<Problem> warning, java.util.List<Problem> replaced) {

        public Loaded {
            replaced = java.util.List.copyOf(replaced);
        }

        Loaded(Preferences preferences, Optional<Problem> warning) {
            this(preferences, warning, java.util.List.of());
        }
    }

    private final Path file;
    private final Clock clock;
    private final PreferencesFormat format = new PreferencesFormat();
    /** Set when a damaged file could not be moved aside: it must then not be overwritten. */
    private volatile boolean keepOut;

    public PreferencesFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The user's file: {@code preferences.yaml} in {@link ConfigFolder#forCurrentUser()}. */
    public static PreferencesFile forCurrentUser() {
        return new PreferencesFile(ConfigFolder.forCurrentUser().resolve(NAME), Clock.systemDefaultZone());
    }

    /** Older than any save takes: a temporary file this old beside the preferences was left by a crash. */
    private static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(10);

    public Path file() {
        return file;
    }

    /** Reads the file; never throws. A missing file gives the defaults without a warning. */
    public Loaded load() {
        FileGuard.removeLeftovers(file, LEFTOVER_AGE);
        PreferencesFormat.Read read;
        try {
            read = format.read(CappedRead.utf8(file, CappedRead.PREFERENCES));
        } catch (NoSuchFileException e) {
            return new Loaded(Preferences.defaults(), Optional.empty());
        } catch (CharacterCodingException e) {
            read = new PreferencesFormat.Read(Preferences.defaults(), java.util.List.of(Problem.of(Problem.Kind.NOT_UTF8)));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not read " + file, e);
            keepOut = true;
            return new Loaded(Preferences.defaults(), Optional.of(Problem.of(Problem.Kind.PREFERENCES_UNREADABLE, file,
                    e.getMessage())));
        }
        if (read.problems().isEmpty()) {
            if (!read.replaced().isEmpty()) {
                LOG.log(System.Logger.Level.INFO, file + ": not understood, so the default is used for "
                        + String.join(", ", read.replaced().stream().map(p -> p.value(0) + " (was \"" + p.value(1) + "\")")
                        .toList()));
            }
            return new Loaded(read.preferences(), Optional.empty(), read.replaced());
        }
        int what = read.problems().size();
        try {
            Path aside = new DamagedFiles(clock).keepAside(file);
            LOG.log(System.Logger.Level.WARNING, "damaged preferences kept as " + aside + ": " + read.problems());
            return new Loaded(read.preferences(), Optional.of(Problem.of(Problem.Kind.PREFERENCES_DAMAGED, what, aside)
                    .with(read.problems())));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not move the damaged " + file + " aside", e);
            keepOut = true;
            return new Loaded(read.preferences(), Optional.of(Problem.of(Problem.Kind.PREFERENCES_DAMAGED_LEFT, what, file)
                    .with(read.problems())));
        }
    }

    /**
     * Writes the preferences atomically (temporary file, then a move), creating the folder when needed. Does nothing
     * when {@link #load()} found a damaged file it could not move aside, so that file is never overwritten.
     */
    public void save(Preferences preferences) throws IOException {
        if (keepOut) {
            LOG.log(System.Logger.Level.INFO, "preferences not saved: " + file + " is kept as the user left it");
            return;
        }
        AtomicFiles.write(file, format.dump(preferences));
    }
}
