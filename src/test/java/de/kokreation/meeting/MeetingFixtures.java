package de.kokreation.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Plans of meetings for tests: a workshop at a place, starting at a given time, lasting three hours. */
public final class MeetingFixtures {

    private MeetingFixtures() {}

    public static MeetingPlan workshop(String title, Instant startsAt, @Nullable Integer capacity, Set<Long> groups) {
        return new MeetingPlan(
                MeetingKind.WORKSHOP,
                title,
                startsAt,
                startsAt.plus(Duration.ofHours(3)),
                "Rathaus, Marktplatz 1, 40213 Düsseldorf",
                "Stufenloser Zugang, Induktionsschleife",
                "",
                "1. Begrüßung\n2. Arbeit in Themengruppen\n3. Punkte kleben",
                capacity,
                groups);
    }
}
