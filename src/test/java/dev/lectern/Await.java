package dev.lectern;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for a condition (through TestFX's polling wait); the assertion that follows says what was missing. */
public final class Await {

    private Await() {
    }

    /** Returns once the condition holds, or when the limit has passed. */
    public static void until(Callable<Boolean> condition, Duration limit) {
        try {
            WaitForAsyncUtils.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS, condition);
        } catch (TimeoutException e) {
            // not met in time: the caller's assertion fails with what it expected
        }
    }
}
