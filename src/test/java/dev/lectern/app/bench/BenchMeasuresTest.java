package dev.lectern.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchMeasuresTest {

    @Test
    void aFreshJvmStartsWithTheLaunchersStartOptionsAndNothingElseOfThisOne() {
        List<String> packaged = List.of("-XX:SharedArchiveFile=/opt/lectern/lib/app/lectern.jsa", "-Xlog:cds=off",
                "-Xlog:aot=off", "-XX:+VerifySharedSpaces", "-Djpackage.app-version=0.1.0", "-XX:Tier4InvocationThreshold=50000",
                "-XX:Tier4BackEdgeThreshold=200000", "--enable-native-access=javafx.graphics,javafx.web,ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow");
        List<String> others = List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-XX:AOTCacheOutput=/tmp/app.aot", "-XX:StartFlightRecording:filename=r.jfr", "-Xlog:class+load=info",
                "-Dlectern.startupTrace=true", "-Xmx512m");

        List<String> kept = BenchMeasures.startOptions(
                java.util.stream.Stream.concat(others.stream(), packaged.stream()).toList());

        assertThat(kept).containsExactlyElementsOf(packaged.stream().filter(o -> !o.startsWith("-D")).toList());
    }
}
