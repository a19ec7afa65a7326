package de.kokreation.meeting;

import java.time.Instant;

/** A line of the organisers' attendance list. */
public record RegistrationRow(
        long accountId,
        String displayName,
        String email,
        RegistrationStatus status,
        String needs,
        Instant registeredAt) {}
