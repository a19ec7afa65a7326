package de.kokreation.meeting;

import java.time.Instant;

/** One of the caller's registrations, for their personal data export. */
public record MyRegistration(
        long meetingId,
        String meetingTitle,
        Instant startsAt,
        RegistrationStatus status,
        String needs,
        Instant registeredAt) {}
