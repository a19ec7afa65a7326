package de.kokreation.proposal;

import de.kokreation.shared.search.TextQuery;
import de.kokreation.shared.search.Vocabulary;

/**
 * How a list of proposals is filtered and ordered. An empty search matches every proposal; a
 * search finds proposals by the words of their title and text (see {@link TextQuery}); the outcome
 * filter picks proposals by what became of them.
 */
public record ProposalQuery(String search, ProposalSort sort, OutcomeFilter outcome) {

    public ProposalQuery(String search, ProposalSort sort) {
        this(search, sort, OutcomeFilter.ALL);
    }

    public ProposalQuery {
        search = search.strip();
        if (search.length() > ProposalLimits.SEARCH_MAX) {
            search = search.substring(0, ProposalLimits.SEARCH_MAX);
        }
    }

    public static ProposalQuery all(ProposalSort sort) {
        return new ProposalQuery("", sort);
    }

    /** Whether anything narrows the list (a search or an outcome). */
    public boolean isFiltered() {
        return !search.isEmpty() || outcome != OutcomeFilter.ALL;
    }

    /** The search as parsed for the database, typos caught by the vocabulary; empty when there is none. */
    TextQuery textQuery(Vocabulary vocabulary) {
        return TextQuery.parse(search, vocabulary);
    }
}
