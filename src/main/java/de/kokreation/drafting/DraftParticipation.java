package de.kokreation.drafting;

import de.kokreation.account.AccountEvents;
import de.kokreation.account.CurrentUser;
import de.kokreation.account.reads.AccountNames;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.ContentModerated;
import de.kokreation.proposal.VoteDirection;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import java.sql.Timestamp;
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

    /** The counts after a vote, and the caller's vote. */
    public record Tally(
            int votesFor, int votesAgainst, @Nullable VoteDirection myVote) {}

    private final JdbcTemplate jdbc;
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

    /** Casts or changes the caller's vote; {@code null} withdraws it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Tally vote(long draftId, @Nullable VoteDirection direction) {
        requireOpen(draftId);
        long me = currentUser.require().accountId();
        // Locking the draft row serializes the votes on one draft: no vote is lost or doubled.
        jdbc.queryForList("select id from draft_commitment where id = ? for update", Long.class, draftId);
        String previous = jdbc
                .queryForList(
                        "select direction from draft_vote where draft_id = ? and voter_id = ?",
                        String.class,
                        draftId,
                        me)
                .stream()
                .findFirst()
                .orElse(null);
        int forDelta = 0;
        int againstDelta = 0;
        if (previous != null) {
            jdbc.update("delete from draft_vote where draft_id = ? and voter_id = ?", draftId, me);
            forDelta -= "FOR".equals(previous) ? 1 : 0;
            againstDelta -= "AGAINST".equals(previous) ? 1 : 0;
        }
        if (direction != null) {
            jdbc.update(
                    "insert into draft_vote (draft_id, voter_id, direction, cast_at) values (?, ?, ?, ?)",
                    draftId,
                    me,
                    direction.name(),
                    Timestamp.from(clock.instant()));
            forDelta += direction == VoteDirection.FOR ? 1 : 0;
            againstDelta += direction == VoteDirection.AGAINST ? 1 : 0;
        }
        repository.adjustVotes(draftId, forDelta, againstDelta);
        return jdbc.queryForObject(
                "select votes_for, votes_against from draft_commitment where id = ?",
                (row, n) -> new Tally(row.getInt(1), row.getInt(2), direction),
                draftId);
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
