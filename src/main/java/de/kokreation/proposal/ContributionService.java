package de.kokreation.proposal;

import de.kokreation.account.CurrentUser;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.voting.VoteDirection;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own proposals, comments and votes, for their data export. */
@Service
public class ContributionService {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    ContributionService(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The contributions of {@code accountId}; only that account itself may read them here. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Contributions contributionsOf(long accountId) {
        if (currentUser.require().accountId() != accountId) {
            throw new NotPermittedException("error.notPermitted");
        }
        List<ProposalRecord> proposals = jdbc.query(
                "select id, theme_group_id, title, body_source, created_at,"
                        + " updated_at from proposal where author_id = ? order by created_at",
                (row, n) -> new ProposalRecord(
                        row.getLong("id"),
                        row.getLong("theme_group_id"),
                        row.getString("title"),
                        row.getString("body_source"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("updated_at").toInstant()),
                accountId);
        // The titles of the proposals commented or voted on: those the public sees.
        String title = "case when p.hidden then null else p.title end as proposal_title";
        List<CommentRecord> comments = jdbc.query(
                "select c.id, c.proposal_id, " + title + ", c.parent_id, c.body,"
                        + " c.created_at, c.edited_at, c.deleted_at from proposal_comment c join proposal p on p.id = c.proposal_id"
                        + " where c.author_id = ? order by c.created_at",
                (row, n) -> new CommentRecord(
                        row.getLong("id"),
                        row.getLong("proposal_id"),
                        row.getString("proposal_title"),
                        (Long) row.getObject("parent_id", Long.class),
                        row.getString("body"),
                        row.getTimestamp("created_at").toInstant(),
                        instant(row.getTimestamp("edited_at")),
                        instant(row.getTimestamp("deleted_at"))),
                accountId);
        List<VoteRecord> votes = jdbc.query(
                "select v.proposal_id, " + title + ", v.direction, v.cast_at"
                        + " from proposal_vote v join proposal p on p.id = v.proposal_id where v.voter_id = ? order by v.cast_at",
                (row, n) -> new VoteRecord(
                        row.getLong("proposal_id"),
                        row.getString("proposal_title"),
                        VoteDirection.valueOf(row.getString("direction")),
                        row.getTimestamp("cast_at").toInstant()),
                accountId);
        return new Contributions(proposals, comments, votes);
    }

    private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** All of one person's contributions to proposals. */
    public record Contributions(List<ProposalRecord> proposals, List<CommentRecord> comments, List<VoteRecord> votes) {}

    public record ProposalRecord(
            long id, long themeGroupId, String title, String body, Instant createdAt, Instant updatedAt) {}

    public record CommentRecord(
            long id,
            long proposalId,
            @Nullable String proposalTitle,
            @Nullable Long parentId,
            String body,
            Instant createdAt,
            @Nullable Instant editedAt,
            @Nullable Instant deletedAt) {}

    public record VoteRecord(
            long proposalId, @Nullable String proposalTitle, VoteDirection direction, Instant castAt) {}
}
