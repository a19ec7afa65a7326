package de.kokreation.proposal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The theme group's reasoned response to a proposal, as its page shows it. */
public record ProposalResponse(
        ResponseOutcome outcome, @Nullable String reason, Instant respondedAt) {

    public static final int REASON_MAX = 2000;
}
