package dev.lectern.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves one second forward each time it is read, so every change in a test has a later time. */
final class TickingClock extends Clock {

    private final AtomicLong seconds = new AtomicLong(Instant.parse("2024-05-01T10:00:00Z").getEpochSecond());

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochSecond(seconds.getAndIncrement());
    }
}
