package dev.lectern.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** No thread of Lectern dies silently: the periodic check and the executors' threads report what stops them. */
class LecternThreadsTest {

    private final List<String> reported = new CopyOnWriteArrayList<>();
    private final LecternThreads threads = new LecternThreads((what, e) -> reported.add(what));

    @Test
    void aPeriodicTaskReportsAnErrorAndRunsAgain() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(threads.named("test-periodic"));
        try {
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch thirdRun = new CountDownLatch(4); // the plain run, then three wrapped ones
            Runnable check = () -> {
                thirdRun.countDown();
                if (runs.incrementAndGet() == 1) {
                    throw new StackOverflowError("hostile external edit");
                }
            };
            ScheduledFuture<?> plain = scheduler.schedule(check, 0, TimeUnit.MILLISECONDS);
            assertThatThrownBy(plain::get).as("without the wrapper the Error only sits in a future nobody reads")
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(StackOverflowError.class);
            runs.set(0);

            scheduler.scheduleWithFixedDelay(threads.keepGoing("Checking the file", check), 0, 5, TimeUnit.MILLISECONDS);

            assertThat(thirdRun.await(30, TimeUnit.SECONDS)).as("the schedule went on after the Error").isTrue();
            assertThat(reported).hasSize(1).first().asString().startsWith("Checking the file failed")
                    .contains("StackOverflowError");
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void aThreadOfTheExecutorsReportsWhatKilledIt() throws Exception {
        CountDownLatch reportedOnce = new CountDownLatch(1);
        LecternThreads counting = new LecternThreads((what, e) -> {
            reported.add(what);
            reportedOnce.countDown();
        });
        var pool = Executors.newSingleThreadExecutor(counting.named("lectern-index"));
        try {
            pool.execute(() -> {
                throw new OutOfMemoryError("Java heap space");
            });
            assertThat(reportedOnce.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(reported).singleElement().asString().contains("lectern-index", "OutOfMemoryError");
        } finally {
            pool.shutdownNow();
        }
    }
}
