package dev.lectern.ui.common;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * A start-up timeline: with {@code -Dlectern.startupTrace=true}, prints each named point once, in milliseconds since
 * the JVM started ({@code startup name=ms}); otherwise does nothing. Any thread.
 */
public final class StartupTrace {

    /** A trace that records nothing. */
    public static final StartupTrace OFF = new StartupTrace(null, () -> 0);

    private final PrintStream out;
    private final LongSupplier sinceStart;
    private final Set<String> seen = new HashSet<>();

    /**
     * @param out        where the points are printed; null records nothing
     * @param sinceStart milliseconds since the JVM started
     */
    public StartupTrace(PrintStream out, LongSupplier sinceStart) {
        this.out = out;
        this.sinceStart = sinceStart;
    }

    /** The trace the system property asks for, printing to the given stream. */
    public static StartupTrace fromSystemProperty(PrintStream out) {
        if (!Boolean.getBoolean("lectern.startupTrace")) {
            return OFF;
        }
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        return new StartupTrace(out, () -> System.currentTimeMillis() - jvmStart);
    }

    public boolean isOn() {
        return out != null;
    }

    /** Prints the point the first time it is reached; later calls with the same name do nothing. */
    public void mark(String point) {
        if (out == null) {
            return;
        }
        long ms = sinceStart.getAsLong();
        synchronized (seen) {
            if (!seen.add(point)) {
                return;
            }
        }
        out.println("startup " + point + "=" + ms);
    }
}
