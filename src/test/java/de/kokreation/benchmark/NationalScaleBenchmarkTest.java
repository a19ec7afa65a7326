package de.kokreation.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link BenchmarkMain} under Maven: {@code mvn -Pbenchmark verify -Dbenchmark.scale=small}.
 * Tagged {@code benchmark}, which the default build excludes.
 */
@Tag("benchmark")
class NationalScaleBenchmarkTest {

    @Test
    void benchmark() throws Exception {
        BenchmarkMain.main(new String[0]);
    }
}
