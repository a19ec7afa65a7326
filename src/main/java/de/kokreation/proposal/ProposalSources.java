package de.kokreation.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Meetings as sources of proposals and the votes of their rooms. Implemented by the module that
 * owns meetings, which depends on this one.
 */
public interface ProposalSources {

    /** The meetings by id, in one query. */
    Map<Long, ProposalSource> meetings(Collection<Long> meetingIds);

    /** The votes the rooms of meetings gave the proposal, kept apart from the online votes. */
    List<RoomVotes> roomVotesOf(long proposalId);

    /**
     * One room's votes on a proposal: dots stuck on the card ({@code dots}, {@code null} when none
     * were counted) and the live vote on phones ({@code liveFor}, {@code liveAgainst}).
     */
    record RoomVotes(ProposalSource meeting, @Nullable Integer dots, int liveFor, int liveAgainst) {}
}
