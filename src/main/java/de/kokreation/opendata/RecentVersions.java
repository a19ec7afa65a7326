package de.kokreation.opendata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A consultation's version, kept for a few seconds on this node: computing it reads aggregates over
 * all its proposals and comments (about half a second at 100,000 proposals and 1,000,000 comments,
 * benchmark figure 12), and anonymous clients may ask as often as they like. Within
 * that time ({@code kokreation.open-data.version-kept}, 5 s) a changed file may still be answered
 * 304: less than the minute public caches keep it anyway. Each node keeps its own; the versions are equal on every node, so are the ETags.
 */
final class RecentVersions {

    private static final int MOST = 1000;

    private record Known(String version, Instant until) {}

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration kept;

    RecentVersions(Clock clock, Duration kept) {
        this.clock = clock;
        this.kept = kept;
    }

    String of(String key, Supplier<String> compute) {
        Instant now = clock.instant();
        Known found = known.get(key);
        if (found != null && now.isBefore(found.until())) {
            return found.version();
        }
        String version = compute.get();
        if (known.size() >= MOST) {
            known.clear();
        }
        known.put(key, new Known(version, now.plus(kept)));
        return version;
    }
}
