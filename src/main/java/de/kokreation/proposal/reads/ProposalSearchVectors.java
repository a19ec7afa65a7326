package de.kokreation.proposal.reads;

import de.kokreation.shared.search.TextQuery;

/**
 * Where a proposal's search vector lives on PostgreSQL: in {@code proposal_search_vector}, one row
 * per proposal, beside the proposal rather than in it. Every vote updates the proposal's counter,
 * and an update that moves a row writes every index of the table again: with the vector and its
 * GIN index in the proposal's row, each vote re-indexed all of the proposal's words (measured:
 * 3,957 votes/s fell to 1,658). H2 searches the terms' text in the proposal's row and needs no join.
 */
public final class ProposalSearchVectors {

    /** The vector column, under the alias the join gives it. */
    public static final String COLUMN = "v.search_vector";

    private ProposalSearchVectors() {}

    /** The join that brings the vector of the proposal under {@code alias}; nothing on H2. */
    public static String join(String alias, TextQuery.Dialect dialect) {
        return dialect == TextQuery.Dialect.POSTGRESQL
                ? " join proposal_search_vector v on v.proposal_id = " + alias + ".id"
                : "";
    }
}
