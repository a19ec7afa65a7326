package de.kokreation.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A proposal put up for the live vote in a meeting's room. The moderator opens and closes it; the
 * counters are written by {@link LiveBallots} in the same row, so that closing and a last vote
 * take turns and a closed poll takes no more votes.
 */
@Entity
@Table(name = "meeting_live_poll")
class LivePoll {

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(nullable = false, length = 10)
    private String state;

    @Column(name = "votes_for", nullable = false, insertable = false, updatable = false)
    private int votesFor;

    @Column(name = "votes_against", nullable = false, insertable = false, updatable = false)
    private int votesAgainst;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected LivePoll() {
        this.state = CLOSED;
        this.openedAt = Instant.EPOCH;
    }

    LivePoll(long meetingId, long proposalId, Instant now) {
        this.meetingId = meetingId;
        this.proposalId = proposalId;
        this.state = OPEN;
        this.openedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("poll not saved yet");
        }
        return id;
    }

    long meetingId() {
        return meetingId;
    }

    long proposalId() {
        return proposalId;
    }
}
