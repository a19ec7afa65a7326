package de.kokreation.proposal;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/**
 * The orders a theme group's proposal list offers; each is backed by an index. {@link #RELEVANCE}
 * ranks the hits of a search (title words first, then support); without a search it is
 * {@link #MOST_SUPPORTED}.
 */
public enum ProposalSort {
    RELEVANCE("votesFor"),
    MOST_SUPPORTED("votesFor"),
    NEWEST("createdAt"),
    MOST_DISCUSSED("commentCount");

    private final Sort sort;

    ProposalSort(String property) {
        this.sort = Sort.by(Sort.Order.desc(property), Sort.Order.desc("id"));
    }

    Sort sort() {
        return sort;
    }

    /** The same order in SQL over {@code proposal p}: the entity's properties as their columns. */
    String sqlOrder() {
        return sort.stream()
                .map(order ->
                        "p." + order.getProperty().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT)
                                + (order.isDescending() ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
    }

    public String messageKey() {
        return "proposal.sort." + name();
    }
}
