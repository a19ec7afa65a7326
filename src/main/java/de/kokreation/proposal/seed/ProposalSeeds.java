package de.kokreation.proposal.seed;

import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.shared.RichText;
import de.kokreation.shared.SeedTable;
import de.kokreation.shared.search.SearchTerms;
import de.kokreation.voting.VoteDirection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Writes proposals, comments, votes and reasoned responses. Rows with explicit ids go in
 * batches ({@code add}); rows whose id the database generates go in at once ({@code insert}) or,
 * where nobody needs the id, in batches too. Batches go to the database when full, at
 * {@link #flush()} and at the close, always proposals before the rows that refer to them.
 */
public final class ProposalSeeds implements AutoCloseable {

    /** A moderation decision to hide: the reason is public, the moderator may be unknown (deleted). */
    public record Hidden(
            String reason, OffsetDateTime at, @Nullable Long by) {}

    public record Proposal(
            long themeGroupId,
            long authorId,
            String title,
            String bodySource,
            String bodyHtml,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            int votesFor,
            int votesAgainst,
            int commentCount,
            @Nullable Hidden hidden,
            @Nullable Long duplicateOf,
            @Nullable OffsetDateTime reviewedAt) {}

    public record Comment(
            long proposalId,
            @Nullable Long parentId,
            long authorId,
            String body,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime editedAt,
            @Nullable OffsetDateTime deletedAt,
            @Nullable Hidden hidden) {}

    public record Vote(long proposalId, long voterId, VoteDirection direction, OffsetDateTime castAt) {}

    public record Response(
            long proposalId,
            ResponseOutcome outcome,
            @Nullable String reason,
            long respondedBy,
            OffsetDateTime respondedAt) {}

    private static final String[] PROPOSAL = {
        "theme_group_id",
        "author_id",
        "title",
        "body_source",
        "body_html",
        "created_at",
        "updated_at",
        "votes_for",
        "votes_against",
        "comment_count",
        "hidden_reason",
        "hidden_at",
        "hidden_by",
        "hidden",
        "duplicate_of_id",
        "reviewed_at",
        "search_terms",
        "search_version"
    };
    private static final String[] COMMENT = {
        "proposal_id",
        "parent_id",
        "author_id",
        "body",
        "created_at",
        "edited_at",
        "deleted_at",
        "hidden_reason",
        "hidden_at",
        "hidden_by",
        "search_terms",
        "search_version"
    };
    private static final String[] VOTE = {"proposal_id", "voter_id", "direction", "cast_at"};

    private final Connection connection;
    private final SeedTable proposals;
    private final SeedTable proposalsWithIds;
    private final SeedTable comments;
    private final SeedTable commentsWithIds;
    private final SeedTable votes;
    private final SeedTable votesWithIds;
    private final SeedTable responses;
    private final int batchSize;
    private int pending;

    public ProposalSeeds(Connection connection, int batchSize) {
        this.connection = connection;
        this.batchSize = batchSize;
        int never = Integer.MAX_VALUE;
        this.proposals = new SeedTable(connection, "proposal", never, PROPOSAL);
        this.proposalsWithIds = new SeedTable(connection, "proposal", never, SeedTable.withId(PROPOSAL));
        this.comments = new SeedTable(connection, "proposal_comment", never, COMMENT);
        this.commentsWithIds = new SeedTable(connection, "proposal_comment", never, SeedTable.withId(COMMENT));
        this.votes = new SeedTable(connection, "proposal_vote", never, VOTE);
        this.votesWithIds = new SeedTable(connection, "proposal_vote", never, SeedTable.withId(VOTE));
        this.responses = new SeedTable(
                connection,
                "proposal_response",
                never,
                "proposal_id",
                "outcome",
                "reason",
                "responded_by",
                "responded_at");
    }

    public void add(long id, Proposal proposal) throws SQLException {
        proposalsWithIds.add(SeedTable.withId(id, values(proposal)));
        counted();
    }

    public long insert(Proposal proposal) throws SQLException {
        flush();
        return proposals.insert(values(proposal));
    }

    public void add(long id, Comment comment) throws SQLException {
        commentsWithIds.add(SeedTable.withId(id, values(comment)));
        counted();
    }

    public long insert(Comment comment) throws SQLException {
        // What is batched goes first: the comment may refer to a proposal or comment in it.
        flush();
        return comments.insert(values(comment));
    }

    public void add(long id, Vote vote) throws SQLException {
        votesWithIds.add(SeedTable.withId(id, values(vote)));
        counted();
    }

    /** Adds a vote whose id the database generates. */
    public void add(Vote vote) throws SQLException {
        votes.add(values(vote));
        counted();
    }

    public void add(Response response) throws SQLException {
        responses.add(
                response.proposalId(),
                response.outcome().name(),
                response.reason(),
                response.respondedBy(),
                response.respondedAt());
        counted();
    }

    /** Sets the comment counters of proposals (batched): {@code counts[i]} for proposal {@code ids[i]}. */
    public void setCommentCounts(long[] ids, int[] counts) throws SQLException {
        flush();
        try (PreparedStatement update =
                connection.prepareStatement("update proposal set comment_count = ? where id = ?")) {
            for (int i = 0; i < ids.length; i++) {
                update.setInt(1, counts[i]);
                update.setLong(2, ids[i]);
                update.addBatch();
                if ((i + 1) % batchSize == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    /** Counts every proposal's votes and (not deleted) comments from the rows, as the services keep them. */
    public void recountAll() throws SQLException {
        flush();
        try (PreparedStatement update = connection.prepareStatement("""
                update proposal set
                  votes_for = (select count(*) from proposal_vote v where v.proposal_id = proposal.id and v.direction = 'FOR'),
                  votes_against = (select count(*) from proposal_vote v where v.proposal_id = proposal.id and v.direction = 'AGAINST'),
                  comment_count = (select count(*) from proposal_comment c where c.proposal_id = proposal.id and c.deleted_at is null)
                """)) {
            update.executeUpdate();
        }
    }

    /** Marks proposals as seen by the moderators when they were submitted (batched). */
    public void markReviewed(Collection<Long> proposalIds) throws SQLException {
        flush();
        try (PreparedStatement update =
                connection.prepareStatement("update proposal set reviewed_at = created_at where id = ?")) {
            int n = 0;
            for (long id : proposalIds) {
                update.setLong(1, id);
                update.addBatch();
                if (++n % batchSize == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    /** Marks proposals as written on the cards of a meeting (their author is who typed them in). */
    public void markFromMeeting(Collection<Long> proposalIds, long meetingId) throws SQLException {
        flush();
        try (PreparedStatement update =
                connection.prepareStatement("update proposal set source_meeting_id = ? where id = ?")) {
            for (long id : proposalIds) {
                update.setLong(1, meetingId);
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Hides a comment already written, as a moderator did. */
    public void hideComment(long commentId, Hidden hidden) throws SQLException {
        flush();
        try (PreparedStatement update = connection.prepareStatement(
                "update proposal_comment set hidden_reason = ?, hidden_at = ?, hidden_by = ? where id = ?")) {
            update.setString(1, hidden.reason());
            update.setObject(2, hidden.at());
            update.setObject(3, hidden.by());
            update.setLong(4, commentId);
            update.executeUpdate();
        }
    }

    public void flush() throws SQLException {
        for (SeedTable table : new SeedTable[] {proposalsWithIds, commentsWithIds, votes, votesWithIds, responses}) {
            table.flush();
        }
        pending = 0;
    }

    /** Lets the application's own rows continue after the seeded ids. */
    public static void continueIdentities(Connection connection) throws SQLException {
        for (String table : new String[] {"proposal", "proposal_comment", "proposal_vote"}) {
            SeedTable.continueIdentity(connection, table);
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        for (SeedTable table :
                new SeedTable[] {proposals, proposalsWithIds, comments, commentsWithIds, votes, votesWithIds, responses
                }) {
            table.close();
        }
    }

    private void counted() throws SQLException {
        if (++pending >= batchSize) {
            flush();
        }
    }

    // The column "hidden" leads the list indexes; it is written in step with the reason, as the entity does.
    private static @Nullable Object[] values(Proposal p) {
        Hidden hidden = p.hidden();
        return new Object[] {
            p.themeGroupId(),
            p.authorId(),
            p.title(),
            p.bodySource(),
            p.bodyHtml(),
            p.createdAt(),
            p.updatedAt(),
            p.votesFor(),
            p.votesAgainst(),
            p.commentCount(),
            hidden == null ? null : hidden.reason(),
            hidden == null ? null : hidden.at(),
            hidden == null ? null : hidden.by(),
            hidden != null,
            p.duplicateOf(),
            p.reviewedAt(),
            SearchTerms.of(p.title(), RichText.plainText(p.bodyHtml())),
            SearchTerms.ANALYSIS_VERSION
        };
    }

    private static @Nullable Object[] values(Comment c) {
        Hidden hidden = c.hidden();
        return new Object[] {
            c.proposalId(),
            c.parentId(),
            c.authorId(),
            c.body(),
            c.createdAt(),
            c.editedAt(),
            c.deletedAt(),
            hidden == null ? null : hidden.reason(),
            hidden == null ? null : hidden.at(),
            hidden == null ? null : hidden.by(),
            c.deletedAt() != null || c.body().isEmpty() ? "" : SearchTerms.of("", c.body()),
            SearchTerms.ANALYSIS_VERSION
        };
    }

    private static Object[] values(Vote v) {
        return new Object[] {v.proposalId(), v.voterId(), v.direction().name(), v.castAt()};
    }
}
