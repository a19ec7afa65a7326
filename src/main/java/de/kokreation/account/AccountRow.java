package de.kokreation.account;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An account as the admin list shows it. */
public record AccountRow(
        long id,
        String displayName,
        String email,
        AccountStatus status,
        @Nullable String blockReason,
        Set<Role> roles,
        Instant createdAt,
        boolean secondFactor) {}
