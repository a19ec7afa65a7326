package de.kokreation.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One person's vote on one proposal; the database allows only one per pair. Casting and turning a
 * vote go through set-based statements in {@link VoteLedger} (the hottest write path of the
 * site); the entity serves reading.
 */
@Entity
@Table(name = "proposal_vote")
class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "voter_id", nullable = false, updatable = false)
    private long voterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private VoteDirection direction;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Vote() {
        this.direction = VoteDirection.FOR;
        this.castAt = Instant.EPOCH;
    }

    Vote(long proposalId, long voterId, VoteDirection direction, Instant castAt) {
        this.proposalId = proposalId;
        this.voterId = voterId;
        this.direction = direction;
        this.castAt = castAt;
    }

    VoteDirection direction() {
        return direction;
    }
}
