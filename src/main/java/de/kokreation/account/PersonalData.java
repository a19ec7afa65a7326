package de.kokreation.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Everything the account module holds about a person, for their data export. */
public record PersonalData(
        long accountId,
        String displayName,
        String email,
        AccountStatus status,
        String language,
        Instant createdAt,
        Set<Role> roles,
        List<LoginRecord> loginHistory,
        List<ActiveSession> sessions,
        List<ProviderLink> identityProviders,
        List<SecurityEvent> securityHistory) {

    /** A change of the account's security: second factor set up, removed, reset by an admin (with the reason). */
    public record SecurityEvent(
            Instant at, String kind, @Nullable String reason) {}

    /** A provider's person this account signs in as. */
    public record ProviderLink(String provider, String issuer, String subject, Instant linkedAt, Instant lastLoginAt) {}

    /** One login attempt. */
    public record LoginRecord(
            Instant at, boolean succeeded, @Nullable String client) {}
}
