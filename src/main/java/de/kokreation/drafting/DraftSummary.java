package de.kokreation.drafting;

import java.time.Instant;

/** A draft commitment in a list. */
public record DraftSummary(
        long id,
        long themeGroupId,
        String title,
        DraftStatus status,
        int version,
        Instant updatedAt,
        int votesFor,
        int votesAgainst,
        int commentCount,
        int proposalCount) {}
