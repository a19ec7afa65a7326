package de.kokreation.proposal;

import org.jspecify.annotations.Nullable;

/** Proposals by what became of them: any, one outcome of the reasoned response, or none yet. */
public enum OutcomeFilter {
    ALL(null),
    ADOPTED(ResponseOutcome.ADOPTED),
    PARTLY_ADOPTED(ResponseOutcome.PARTLY_ADOPTED),
    NOT_ADOPTED(ResponseOutcome.NOT_ADOPTED),
    DUPLICATE(ResponseOutcome.DUPLICATE),
    UNANSWERED(null);

    private final @Nullable ResponseOutcome outcome;

    OutcomeFilter(@Nullable ResponseOutcome outcome) {
        this.outcome = outcome;
    }

    @Nullable
    ResponseOutcome outcome() {
        return outcome;
    }

    public String messageKey() {
        return "proposals.outcomeFilter." + name();
    }
}
