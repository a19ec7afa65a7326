package de.kokreation.proposal;

import org.jspecify.annotations.Nullable;

/** Proposals by what became of them: any, one outcome of the reasoned response, or none yet. */
public enum OutcomeFilter {
    ALL(null, ""),
    ADOPTED(ResponseOutcome.ADOPTED, "uebernommen"),
    PARTLY_ADOPTED(ResponseOutcome.PARTLY_ADOPTED, "teilweise"),
    NOT_ADOPTED(ResponseOutcome.NOT_ADOPTED, "nicht-uebernommen"),
    DUPLICATE(ResponseOutcome.DUPLICATE, "duplikat"),
    UNANSWERED(null, "unbeantwortet");

    private final @Nullable ResponseOutcome outcome;
    private final String parameter;

    OutcomeFilter(@Nullable ResponseOutcome outcome, String parameter) {
        this.outcome = outcome;
        this.parameter = parameter;
    }

    /** How the filter is written in a page's address ({@code ?ergebnis=...}); empty for all. */
    public String parameter() {
        return parameter;
    }

    /** The filter an address names; all outcomes for anything else. */
    public static OutcomeFilter fromParameter(String value) {
        for (OutcomeFilter filter : values()) {
            if (!filter.parameter.isEmpty() && filter.parameter.equals(value)) {
                return filter;
            }
        }
        return ALL;
    }

    @Nullable
    ResponseOutcome outcome() {
        return outcome;
    }

    public String messageKey() {
        return "proposals.outcomeFilter." + name();
    }
}
