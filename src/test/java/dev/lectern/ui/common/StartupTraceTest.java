package dev.lectern.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The start-up timeline prints each point once, in milliseconds since the JVM started, and nothing when off. */
class StartupTraceTest {

    @Test
    void eachPointIsPrintedOnceWithItsTime() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong(120);
        StartupTrace trace = new StartupTrace(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock::get);

        trace.mark("main entered");
        clock.set(2400);
        trace.mark("first paint");
        clock.set(3000);
        trace.mark("first paint");

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("startup main entered=120", "startup first paint=2400");
    }

    @Test
    void offByDefault() {
        assertThat(StartupTrace.fromSystemProperty(System.out).isOn()).isFalse();
        StartupTrace.OFF.mark("anything");
        assertThat(StartupTrace.OFF.isOn()).isFalse();
    }
}
