package de.kokreation.proposal;

import de.kokreation.shared.LikePatterns;

/**
 * How a list of proposals is filtered and ordered. An empty search matches every proposal; the
 * outcome filter picks proposals by what became of them.
 */
public record ProposalQuery(String titleSearch, ProposalSort sort, OutcomeFilter outcome) {

    public ProposalQuery(String titleSearch, ProposalSort sort) {
        this(titleSearch, sort, OutcomeFilter.ALL);
    }

    public ProposalQuery {
        titleSearch = titleSearch.strip();
        if (titleSearch.length() > ProposalLimits.SEARCH_MAX) {
            titleSearch = titleSearch.substring(0, ProposalLimits.SEARCH_MAX);
        }
    }

    public static ProposalQuery all(ProposalSort sort) {
        return new ProposalQuery("", sort);
    }

    /** Whether anything narrows the list (a search or an outcome). */
    public boolean isFiltered() {
        return !titleSearch.isEmpty() || outcome != OutcomeFilter.ALL;
    }

    /** A case-insensitive LIKE pattern in which the user's own % and _ match only themselves. */
    String likePattern() {
        return LikePatterns.containing(titleSearch);
    }
}
