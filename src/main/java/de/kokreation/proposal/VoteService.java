package de.kokreation.proposal;

import de.kokreation.account.CurrentUser;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Casting, changing and withdrawing votes. One vote per person per proposal is guaranteed by a
 * unique constraint; when two requests of the same person race, the loser's transaction is rolled
 * back and retried, and then finds the winner's vote.
 */
@Service
public class VoteService {

    private static final int ATTEMPTS = 3;

    private final ProposalRepository proposals;
    private final VoteRepository votes;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    VoteService(ProposalRepository proposals, VoteRepository votes, ConsultationService consultations,
            CurrentUser currentUser, PlatformTransactionManager transactionManager, Clock clock) {
        this.proposals = proposals;
        this.votes = votes;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Casts or changes the current user's vote. */
    @PreAuthorize("isAuthenticated()")
    public VoteTally cast(long proposalId, VoteDirection direction) {
        long voterId = currentUser.require().accountId();
        return withRetry(() -> castOnce(proposalId, voterId, direction));
    }

    /** Withdraws the current user's vote; withdrawing when there is none changes nothing. */
    @PreAuthorize("isAuthenticated()")
    public VoteTally withdraw(long proposalId) {
        long voterId = currentUser.require().accountId();
        return withRetry(() -> withdrawOnce(proposalId, voterId));
    }

    private VoteTally castOnce(long proposalId, long voterId, VoteDirection direction) {
        requireVotingOpen(proposalId);
        Optional<Vote> existing = votes.findForUpdate(proposalId, voterId);
        if (existing.isEmpty()) {
            votes.saveAndFlush(new Vote(proposalId, voterId, direction, clock.instant()));
            adjust(proposalId, direction, +1);
        } else if (existing.get().direction() != direction) {
            VoteDirection previous = existing.get().direction();
            existing.get().change(direction, clock.instant());
            adjust(proposalId, previous, -1);
            adjust(proposalId, direction, +1);
        }
        return tally(proposalId, direction);
    }

    private VoteTally withdrawOnce(long proposalId, long voterId) {
        requireVotingOpen(proposalId);
        Optional<Vote> existing = votes.findForUpdate(proposalId, voterId);
        existing.ifPresent(vote -> {
            votes.delete(vote);
            votes.flush();
            adjust(proposalId, vote.direction(), -1);
        });
        return tally(proposalId, null);
    }

    private void requireVotingOpen(long proposalId) {
        Proposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal.error.notFound", proposalId));
        if (!consultations.getThemeGroup(proposal.themeGroupId()).currentPhase().allowsProposalVotes()) {
            throw new DomainException("vote.error.closed");
        }
    }

    private void adjust(long proposalId, VoteDirection direction, int delta) {
        if (direction == VoteDirection.FOR) {
            proposals.adjustVotes(proposalId, delta, 0);
        } else {
            proposals.adjustVotes(proposalId, 0, delta);
        }
    }

    private VoteTally tally(long proposalId, @Nullable VoteDirection myVote) {
        List<Object[]> counts = proposals.readVoteCounts(proposalId);
        Object[] row = counts.getFirst();
        return new VoteTally(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), myVote);
    }

    private VoteTally withRetry(java.util.function.Supplier<VoteTally> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                VoteTally result = transaction.execute(status -> work.get());
                if (result == null) {
                    throw new IllegalStateException("vote transaction returned nothing");
                }
                return result;
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException race) {
                if (attempt >= ATTEMPTS) {
                    throw race;
                }
            }
        }
    }
}
