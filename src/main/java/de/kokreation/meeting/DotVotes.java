package de.kokreation.meeting;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dots a room stuck on proposals at a meeting, counted by the organisers: one count per
 * meeting and proposal, replaced when counted again, removed when cleared. Never added to the
 * online votes.
 */
@Component
class DotVotes {

    static final int DOTS_MAX = 10_000;

    private final JdbcTemplate jdbc;

    DotVotes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void set(long meetingId, long proposalId, @Nullable Integer dots, long recorderId, Instant now) {
        jdbc.update("delete from meeting_dot_vote where meeting_id = ? and proposal_id = ?", meetingId, proposalId);
        if (dots != null) {
            jdbc.update(
                    "insert into meeting_dot_vote (meeting_id, proposal_id, dots, recorded_by, recorded_at)"
                            + " values (?, ?, ?, ?, ?)",
                    meetingId,
                    proposalId,
                    dots,
                    recorderId,
                    java.sql.Timestamp.from(now));
        }
    }

    /** The dots of a meeting by proposal. */
    Map<Long, Integer> ofMeeting(long meetingId) {
        Map<Long, Integer> dots = new HashMap<>();
        jdbc.query(
                "select proposal_id, dots from meeting_dot_vote where meeting_id = ?",
                row -> {
                    dots.put(row.getLong(1), row.getInt(2));
                },
                meetingId);
        return dots;
    }

    /** The dots a proposal got, by meeting. */
    Map<Long, Integer> ofProposal(long proposalId) {
        Map<Long, Integer> dots = new HashMap<>();
        jdbc.query(
                "select meeting_id, dots from meeting_dot_vote where proposal_id = ?",
                row -> {
                    dots.put(row.getLong(1), row.getInt(2));
                },
                proposalId);
        return dots;
    }
}
