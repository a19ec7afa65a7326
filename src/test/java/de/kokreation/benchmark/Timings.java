package de.kokreation.benchmark;

import java.util.Arrays;

/** Nanosecond timings of repeated calls: p50, p95 and max after a warm-up. */
record Timings(long[] nanos) {

    interface Call {
        void run() throws Exception;
    }

    static Timings measure(int warmUp, int iterations, Call call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Timings(nanos);
    }

    double p50() {
        return percentile(0.50);
    }

    double p95() {
        return percentile(0.95);
    }

    double max() {
        return nanos[nanos.length - 1] / 1e6;
    }

    /** Milliseconds at the given quantile (nearest rank). */
    double percentile(double quantile) {
        int index = (int) Math.ceil(quantile * nanos.length) - 1;
        return nanos[Math.clamp(index, 0, nanos.length - 1)] / 1e6;
    }

    String summary() {
        return "p50 %s / p95 %s / max %s ms".formatted(Results.ms(p50()), Results.ms(p95()), Results.ms(max()));
    }
}
