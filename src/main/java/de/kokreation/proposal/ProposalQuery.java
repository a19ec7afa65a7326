package de.kokreation.proposal;

/** How a list of proposals is filtered and ordered. An empty search matches every proposal. */
public record ProposalQuery(String titleSearch, ProposalSort sort) {

    public ProposalQuery {
        titleSearch = titleSearch.strip();
        if (titleSearch.length() > ProposalLimits.SEARCH_MAX) {
            titleSearch = titleSearch.substring(0, ProposalLimits.SEARCH_MAX);
        }
    }

    public static ProposalQuery all(ProposalSort sort) {
        return new ProposalQuery("", sort);
    }

    /** A case-insensitive LIKE pattern in which the user's own % and _ match only themselves. */
    String likePattern() {
        return de.kokreation.shared.LikePatterns.containing(titleSearch);
    }
}
