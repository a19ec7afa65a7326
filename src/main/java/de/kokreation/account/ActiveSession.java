package de.kokreation.account;

import java.time.Instant;

/** One of the person's logged-in sessions, as the profile page lists it. */
public record ActiveSession(
        long id, String device, String addressRange, Instant startedAt, Instant lastSeenAt, boolean current) {}
