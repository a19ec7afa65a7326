package de.kokreation.proposal;

import de.kokreation.account.CurrentUser;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Casting, changing and withdrawing votes. One vote per person per proposal is guaranteed by a
 * unique constraint; when two requests of the same person race, the loser's transaction is rolled
 * back and retried, and then finds the winner's vote. The statements are in {@link VoteLedger}.
 */
@Service
public class VoteService {

    private static final int ATTEMPTS = 3;

    private final VoteLedger ledger;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    VoteService(VoteLedger ledger, ConsultationService consultations, CurrentUser currentUser,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.ledger = ledger;
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

    /** The vote row first, the counters last: the counter row is locked only for the tally and the commit. */
    private VoteTally castOnce(long proposalId, long voterId, VoteDirection direction) {
        requireVotingOpen(proposalId);
        Instant now = clock.instant();
        if (ledger.insertIfAbsent(proposalId, voterId, direction, now)) {
            ledger.adjustCounters(proposalId, direction == VoteDirection.FOR ? 1 : 0,
                    direction == VoteDirection.AGAINST ? 1 : 0);
        } else if (ledger.turn(proposalId, voterId, direction, now)) {
            int towardsFor = direction == VoteDirection.FOR ? 1 : -1;
            ledger.adjustCounters(proposalId, towardsFor, -towardsFor);
        }
        return ledger.tally(proposalId, direction);
    }

    private VoteTally withdrawOnce(long proposalId, long voterId) {
        requireVotingOpen(proposalId);
        if (ledger.delete(proposalId, voterId, VoteDirection.FOR)) {
            ledger.adjustCounters(proposalId, -1, 0);
        } else if (ledger.delete(proposalId, voterId, VoteDirection.AGAINST)) {
            ledger.adjustCounters(proposalId, 0, -1);
        }
        return ledger.tally(proposalId, null);
    }

    private void requireVotingOpen(long proposalId) {
        long themeGroupId = ledger.themeGroupOf(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal.error.notFound", proposalId));
        if (!consultations.currentPhaseOfThemeGroup(themeGroupId).allowsProposalVotes()) {
            throw new DomainException("vote.error.closed");
        }
    }

    private VoteTally withRetry(Supplier<VoteTally> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                VoteTally result = transaction.execute(status -> work.get());
                if (result == null) {
                    throw new IllegalStateException("vote transaction returned nothing");
                }
                return result;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException race) {
                if (attempt >= ATTEMPTS) {
                    throw race;
                }
            }
        }
    }
}
