package de.kokreation.actionplan;

import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.proposal.ImplementationLinks;
import de.kokreation.proposal.ImplementationRef;
import de.kokreation.shared.Permalinks;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Closes the loop on the proposal page: the plan commitments a proposal went into, with their level. */
@Component
class ProposalImplementations implements ImplementationLinks {

    private final DraftRows drafts;
    private final PlanQueries queries;

    ProposalImplementations(DraftRows drafts, PlanQueries queries) {
        this.drafts = drafts;
        this.queries = queries;
    }

    /** Only commitments of published plans, which are public whatever the drafts' phases. */
    @Override
    @Transactional(readOnly = true)
    public List<ImplementationRef> implementationsOf(long proposalId) {
        return queries.publishedCommitmentsOf(drafts.draftIdsOf(proposalId)).stream()
                .map(adopted -> new ImplementationRef(
                        Permalinks.planCommitment(adopted.planSlug(), adopted.number()),
                        adopted.planTitle(),
                        adopted.number(),
                        adopted.title(),
                        adopted.level().messageKey()))
                .toList();
    }
}
