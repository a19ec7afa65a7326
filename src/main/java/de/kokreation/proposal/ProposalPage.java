package de.kokreation.proposal;

import java.util.List;

/** One page of a proposal list; {@code pageIndex} counts from zero. */
public record ProposalPage(List<ProposalSummary> items, long totalItems, int pageIndex, int pageSize) {

    public int pageCount() {
        return (int) Math.max(1, (totalItems + pageSize - 1) / pageSize);
    }
}
