package de.kokreation.proposal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the vote write path, the hottest one of the site: every statement is set-based and
 * goes straight to JDBC (inside the caller's transaction), so a vote costs four short statements
 * and no entity loading, dirty checking or flushing. One vote per person per proposal is kept by
 * the unique constraint {@code uk_vote_once}; the counters on {@code proposal} move by atomic
 * increments in the same transaction as the vote rows, so they always equal the rows.
 */
@Component
class VoteLedger {

    private final JdbcClient jdbc;

    VoteLedger(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    Optional<Long> themeGroupOf(long proposalId) {
        return jdbc.sql("select theme_group_id from proposal where id = ?").param(proposalId).query(Long.class)
                .optional();
    }

    /**
     * Inserts the vote unless the person has one on the proposal already; true when inserted. Two
     * concurrent first votes of the same person both pass the check, and the unique constraint
     * rejects the second, whose transaction is then retried and finds the first.
     */
    boolean insertIfAbsent(long proposalId, long voterId, VoteDirection direction, Instant now) {
        return jdbc.sql("""
                insert into proposal_vote (proposal_id, voter_id, direction, cast_at)
                select ?, ?, ?, ? from (values (1)) one
                 where not exists (select 1 from proposal_vote where proposal_id = ? and voter_id = ?)""")
                .params(proposalId, voterId, direction.name(), utc(now), proposalId, voterId).update() == 1;
    }

    /** Turns an existing vote of the other direction round; true when it did. */
    boolean turn(long proposalId, long voterId, VoteDirection direction, Instant now) {
        return jdbc.sql("""
                update proposal_vote set direction = ?, cast_at = ?
                 where proposal_id = ? and voter_id = ? and direction <> ?""")
                .params(direction.name(), utc(now), proposalId, voterId, direction.name()).update() == 1;
    }

    /** Deletes the person's vote of this direction; true when there was one. */
    boolean delete(long proposalId, long voterId, VoteDirection direction) {
        return jdbc.sql("delete from proposal_vote where proposal_id = ? and voter_id = ? and direction = ?")
                .params(proposalId, voterId, direction.name()).update() == 1;
    }

    /**
     * Moves the counters by the given amounts. The row lock this takes on a popular proposal is where
     * concurrent voters queue, so callers make it their last write before the commit.
     */
    void adjustCounters(long proposalId, int forDelta, int againstDelta) {
        jdbc.sql("update proposal set votes_for = votes_for + ?, votes_against = votes_against + ? where id = ?")
                .params(forDelta, againstDelta, proposalId).update();
    }

    VoteTally tally(long proposalId, @Nullable VoteDirection myVote) {
        return jdbc.sql("select votes_for, votes_against from proposal where id = ?").param(proposalId)
                .query((row, n) -> new VoteTally(row.getInt(1), row.getInt(2), myVote)).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
