package de.kokreation.proposal;

import de.kokreation.account.CurrentUser;
import de.kokreation.voting.VoteDirection;
import de.kokreation.voting.VoteTally;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Casting, changing and withdrawing votes. One vote per person per proposal is guaranteed by a
 * unique constraint; the votes are written by the voting module's writer, in batches when many people vote
 * at once, and each call returns only after its vote has been committed.
 */
@Service
public class VoteService {

    private final ProposalVotes writer;
    private final CurrentUser currentUser;

    VoteService(ProposalVotes writer, CurrentUser currentUser) {
        this.writer = writer;
        this.currentUser = currentUser;
    }

    /** Casts or changes the current user's vote; votes are taken only while proposals are collected. */
    @PreAuthorize("isAuthenticated()")
    public VoteTally cast(long proposalId, VoteDirection direction) {
        return writer.write(proposalId, currentUser.require().accountId(), direction);
    }

    /** Withdraws the current user's vote; withdrawing when there is none changes nothing. */
    @PreAuthorize("isAuthenticated()")
    public VoteTally withdraw(long proposalId) {
        return writer.write(proposalId, currentUser.require().accountId(), null);
    }
}
