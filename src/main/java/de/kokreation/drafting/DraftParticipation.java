package de.kokreation.drafting;

import de.kokreation.account.AccountEvents;
import de.kokreation.account.CurrentUser;
import de.kokreation.account.reads.AccountNames;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.voting.VoteDirection;
import de.kokreation.voting.VoteTally;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens comment on and vote for or against published drafts while the draft-commenting phase
 * runs: one vote per person per draft, changeable. Moderators hide comments with a public reason.
 */
@Service
public class DraftParticipation {

    private final JdbcTemplate jdbc;
    private final DraftVotes votes;
    private final DraftService drafts;
    private final DraftCommitmentRepository repository;
    private final CommentOnDraftRepository comments;
    private final ModerationRights rights;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AccountNames accountNames;
    private final Clock clock;

    DraftParticipation(
            JdbcTemplate jdbc,
            DraftVotes votes,
            DraftService drafts,
            DraftCommitmentRepository repository,
            CommentOnDraftRepository comments,
            ModerationRights rights,
            ConsultationService consultations,
            CurrentUser currentUser,
            AccountNames accountNames,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.votes = votes;
        this.accountNames = accountNames;
        this.drafts = drafts;
        this.repository = repository;
        this.comments = comments;
        this.rights = rights;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** What the caller wrote and voted on draft commitments, for the personal data download. */
    public record MyDraftContributions(List<MyDraftComment> comments, List<MyDraftVote> votes) {}

    public record MyDraftComment(
            long id,
            long draftId,
            String draftTitle,
            String body,
            Instant createdAt,
            @Nullable Instant hiddenAt) {}

    public record MyDraftVote(long draftId, String draftTitle, VoteDirection direction, Instant castAt) {}

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MyDraftContributions myContributions() {
        long me = currentUser.require().accountId();
        List<MyDraftComment> comments = jdbc.query(
                "select c.id, c.draft_id, d.title, c.body, c.created_at, c.hidden_at"
                        + " from draft_comment c join draft_commitment d on d.id = c.draft_id where c.author_id = ?"
                        + " order by c.created_at",
                (row, n) -> new MyDraftComment(
                        row.getLong("id"),
                        row.getLong("draft_id"),
                        row.getString("title"),
                        row.getString("body"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("hidden_at") == null
                                ? null
                                : row.getTimestamp("hidden_at").toInstant()),
                me);
        List<MyDraftVote> votes = jdbc.query(
                "select v.draft_id, d.title, v.direction, v.cast_at from draft_vote v"
                        + " join draft_commitment d on d.id = v.draft_id where v.voter_id = ? order by v.cast_at",
                (row, n) -> new MyDraftVote(
                        row.getLong("draft_id"),
                        row.getString("title"),
                        VoteDirection.valueOf(row.getString("direction")),
                        row.getTimestamp("cast_at").toInstant()),
                me);
        return new MyDraftContributions(comments, votes);
    }

    /**
     * Casts or changes the caller's vote; {@code null} withdraws it. Written by the voting module's
     * batching writer (as the votes on proposals are), so it commits before this returns and runs
     * outside any transaction of the caller. A draft the caller may not see is not found.
     */
    @PreAuthorize("isAuthenticated()")
    public VoteTally vote(long draftId, @Nullable VoteDirection direction) {
        drafts.visible(draftId);
        return votes.write(draftId, currentUser.require().accountId(), direction);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void comment(long draftId, String body) {
        requireOpen(draftId);
        comments.save(new CommentOnDraft(draftId, currentUser.require().accountId(), body, clock.instant()));
        repository.adjustComments(draftId, 1);
    }

    /** The draft's comments, oldest first; hidden ones without their text. */
    @Transactional(readOnly = true)
    public List<DraftComment> comments(long draftId) {
        drafts.visible(draftId);
        record Row(
                long id,
                long authorId,
                @Nullable String body,
                Instant createdAt,
                @Nullable String hiddenReason) {}
        List<Row> rows = jdbc.query(
                "select id, author_id, body, created_at, hidden_reason from draft_comment"
                        + " where draft_id = ? order by created_at, id",
                (row, n) -> new Row(
                        row.getLong("id"),
                        row.getLong("author_id"),
                        row.getString("body"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getString("hidden_reason")),
                draftId);
        Map<Long, String> names =
                accountNames.displayNames(rows.stream().map(Row::authorId).toList());
        // A hidden comment keeps its place without its text.
        return rows.stream()
                .map(row -> new DraftComment(
                        row.id(),
                        names.getOrDefault(row.authorId(), ""),
                        row.hiddenReason() == null ? row.body() : null,
                        row.createdAt(),
                        row.hiddenReason()))
                .toList();
    }

    /** Hides a comment with a public reason; for the moderators of the draft's theme group. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void hideComment(long commentId, String reason) {
        CommentOnDraft comment = comments.findById(commentId)
                .orElseThrow(() -> new NotFoundException("comment.error.notFound", commentId));
        DraftCommitment draft = drafts.find(comment.draftId());
        rights.requireModerator(draft.themeGroupId());
        long me = currentUser.require().accountId();
        comment.hide(reason, me, clock.instant());
        ThemeGroupSummary group = consultations.getThemeGroup(draft.themeGroupId());
        events.publishEvent(new ContentModerated(
                ContentModerated.Action.HIDE,
                ContentModerated.TargetType.DRAFT_COMMENT,
                commentId,
                group.id(),
                group.consultationId(),
                me,
                comment.hiddenReason()));
    }

    private void requireOpen(long draftId) {
        DraftDetails draft = drafts.get(draftId);
        if (!draft.mayParticipate()) {
            throw new DomainException("draft.error.notOpenForComments");
        }
    }

    /** A deleted person's votes stay counted, their versions and moderation stay, without them. */
    @EventListener
    void on(AccountEvents.AccountDeleted event) {
        jdbc.update("update draft_vote set voter_id = null where voter_id = ?", event.accountId());
        jdbc.update("update draft_version set author_id = null where author_id = ?", event.accountId());
        jdbc.update("update draft_comment set hidden_by = null where hidden_by = ?", event.accountId());
    }
}
