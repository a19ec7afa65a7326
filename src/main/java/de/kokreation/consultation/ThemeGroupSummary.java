package de.kokreation.consultation;

import java.util.Set;

/**
 * A theme group with enough of its consultation to render breadcrumbs and to decide what the
 * current phase allows.
 */
public record ThemeGroupSummary(
        long id,
        String slug,
        String name,
        String description,
        long consultationId,
        String consultationSlug,
        String consultationTitle,
        Phase currentPhase,
        Set<Long> leadAccountIds) {}
