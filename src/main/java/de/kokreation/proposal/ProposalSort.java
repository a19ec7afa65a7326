package de.kokreation.proposal;

import org.springframework.data.domain.Sort;

/** The orders a theme group's proposal list offers; each is backed by an index. */
public enum ProposalSort {
    MOST_SUPPORTED(Sort.by(Sort.Order.desc("votesFor"), Sort.Order.desc("id"))),
    NEWEST(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))),
    MOST_DISCUSSED(Sort.by(Sort.Order.desc("commentCount"), Sort.Order.desc("id")));

    private final Sort sort;

    ProposalSort(Sort sort) {
        this.sort = sort;
    }

    Sort sort() {
        return sort;
    }

    public String messageKey() {
        return "proposal.sort." + name();
    }
}
