package de.kokreation.meeting;

import org.jspecify.annotations.Nullable;

/**
 * What a meeting's room shows right now: whether phones can join (and with which code), and the
 * proposal on the projector with its live result. The same for everyone; a phone adds its own vote.
 */
public record RoomState(
        long meetingId,
        String meetingTitle,
        @Nullable String code,
        @Nullable Poll poll) {

    public boolean open() {
        return code != null;
    }

    /** The proposal on the projector: whether voting is open, and the votes so far. */
    public record Poll(
            long pollId,
            long proposalId,
            String title,
            String textHtml,
            boolean votingOpen,
            int votesFor,
            int votesAgainst) {

        public int total() {
            return votesFor + votesAgainst;
        }
    }
}
