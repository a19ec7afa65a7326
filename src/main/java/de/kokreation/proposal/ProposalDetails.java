package de.kokreation.proposal;

import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.voting.VoteDirection;
import de.kokreation.voting.VoteTally;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as its page shows it, with what the viewer may do: {@code myVote} is the viewer's
 * current vote (null when none or not logged in), {@code mayEdit} whether the viewer may revise it.
 * A proposal written at a meeting names the meeting as its {@code source}; the votes of rooms
 * ({@code roomVotes}) stand beside the online tally, never in it.
 */
public record ProposalDetails(
        long id,
        String title,
        String bodyHtml,
        String bodySource,
        long authorId,
        String authorName,
        Instant createdAt,
        Instant updatedAt,
        VoteTally tally,
        int commentCount,
        ThemeGroupSummary themeGroup,
        @Nullable VoteDirection myVote,
        boolean mayEdit,
        @Nullable String hiddenReason,
        @Nullable Long duplicateOfId,
        @Nullable String duplicateOfTitle,
        boolean mayModerate,
        @Nullable ProposalResponse response,
        List<Duplicate> duplicates,
        @Nullable ProposalSource source,
        List<ProposalSources.RoomVotes> roomVotes) {

    /** A visible proposal marked as duplicate of this one: the link kept the other way. */
    public record Duplicate(long id, String title) {}
}
