package dev.lectern.render;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;

/**
 * The last walk of each of a few library folders ({@link WikiNames}' names, {@link LogseqBlockIds}' blocks), made
 * again when older than a while, from the one before it (which tells what need not be read again). Shared by the
 * threads that render pages: the walks themselves run outside its lock, so two threads may walk at once, and the
 * later one is kept.
 */
final class RecentWalks<T> {

    private final int mostRoots;
    private final long freshNanos;
    private final ToLongFunction<T> madeAt;
    private final Map<Path, T> walks = new LinkedHashMap<>();

    /** @param madeAt when a walk was made ({@link System#nanoTime}) */
    RecentWalks(int mostRoots, long freshNanos, ToLongFunction<T> madeAt) {
        this.mostRoots = mostRoots;
        this.freshNanos = freshNanos;
        this.madeAt = madeAt;
    }

    /**
     * The walk of root: the last one when it is fresh, else a new one, walk(the last or null, now), kept as the
     * newest of the folders kept.
     */
    T walk(Path root, BiFunction<T, Long, T> walk) {
        long now = System.nanoTime();
        T before;
        synchronized (this) {
            before = walks.get(root);
            if (before != null && now - madeAt.applyAsLong(before) < freshNanos) {
                return before;
            }
        }
        T made = walk.apply(before, now);
        synchronized (this) {
            walks.remove(root);
            walks.put(root, made);
            if (walks.size() > mostRoots) {
                walks.remove(walks.keySet().iterator().next());
            }
        }
        return made;
    }

    /** The last walk of root, however old; null when there is none. */
    synchronized T last(Path root) {
        return walks.get(root);
    }

    /** Forgets root's walk: the next one reads the folder anew. */
    synchronized void forget(Path root) {
        walks.remove(root);
    }
}
