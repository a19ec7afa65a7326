package de.kokreation.meeting;

import de.kokreation.proposal.ProposalSource;
import de.kokreation.proposal.ProposalSources;
import de.kokreation.shared.Permalinks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Meetings as the sources of the proposals written there, and the votes of their rooms. */
@Component
class MeetingSources implements ProposalSources {

    private final MeetingRepository meetings;
    private final DotVotes dotVotes;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    MeetingSources(MeetingRepository meetings, DotVotes dotVotes, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.meetings = meetings;
        this.dotVotes = dotVotes;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, ProposalSource> meetings(Collection<Long> meetingIds) {
        Map<Long, ProposalSource> sources = new HashMap<>();
        for (Meeting meeting : meetings.findAllById(meetingIds)) {
            sources.put(meeting.id(), source(meeting));
        }
        return sources;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoomVotes> roomVotesOf(long proposalId) {
        Map<Long, Integer> dots = dotVotes.ofProposal(proposalId);
        Map<Long, int[]> live = new HashMap<>();
        jdbc.query(
                "select meeting_id, votes_for, votes_against from meeting_live_poll where proposal_id = ?",
                row -> {
                    live.put(row.getLong(1), new int[] {row.getInt(2), row.getInt(3)});
                },
                proposalId);
        java.util.Set<Long> meetingIds = new java.util.TreeSet<>(dots.keySet());
        meetingIds.addAll(live.keySet());
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        List<RoomVotes> votes = new ArrayList<>();
        for (Meeting meeting : meetings.findAllById(meetingIds)) {
            int[] forAndAgainst = live.getOrDefault(meeting.id(), new int[2]);
            votes.add(new RoomVotes(source(meeting), dots.get(meeting.id()), forAndAgainst[0], forAndAgainst[1]));
        }
        votes.sort(java.util.Comparator.comparing(room -> room.meeting().meetingId()));
        return votes;
    }

    static ProposalSource source(Meeting meeting) {
        return new ProposalSource(
                meeting.id(),
                meeting.title(),
                meeting.kind().messageKey(),
                meeting.attendance(),
                Permalinks.meeting(meeting.id()));
    }
}
