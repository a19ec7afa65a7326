package de.kokreation.proposal;

import org.springframework.data.domain.Sort;

/** The orders a theme group's proposal list offers; each is backed by an index. */
public enum ProposalSort {
    MOST_SUPPORTED(Sort.by(Sort.Order.desc("votesFor"), Sort.Order.desc("id")), "p.votes_for desc, p.id desc"),
    NEWEST(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")), "p.created_at desc, p.id desc"),
    MOST_DISCUSSED(Sort.by(Sort.Order.desc("commentCount"), Sort.Order.desc("id")), "p.comment_count desc, p.id desc");

    private final Sort sort;
    private final String sqlOrder;

    ProposalSort(Sort sort, String sqlOrder) {
        this.sort = sort;
        this.sqlOrder = sqlOrder;
    }

    /** The same order in SQL over {@code proposal p}. */
    String sqlOrder() {
        return sqlOrder;
    }

    Sort sort() {
        return sort;
    }

    public String messageKey() {
        return "proposal.sort." + name();
    }
}
