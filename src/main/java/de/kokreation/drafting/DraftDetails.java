package de.kokreation.drafting;

import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.voting.VoteDirection;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A draft commitment as its page shows it, with what the viewer may do: {@code mayModerate} (hide
 * comments) for the group's moderators, {@code mayEdit} for them while the phase and status allow, {@code mayMakeFinal} for the consultation's coordinators,
 * {@code mayParticipate} while the public may comment and vote.
 */
public record DraftDetails(
        long id,
        ThemeGroupSummary themeGroup,
        DraftStatus status,
        int version,
        DraftContent content,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        @Nullable String statusReason,
        int votesFor,
        int votesAgainst,
        int commentCount,
        @Nullable VoteDirection myVote,
        boolean mayModerate,
        boolean mayEdit,
        boolean mayMakeFinal,
        boolean mayParticipate) {}
