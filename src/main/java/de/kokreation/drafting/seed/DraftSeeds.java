package de.kokreation.drafting.seed;

import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftStatus;
import de.kokreation.drafting.Milestone;
import de.kokreation.shared.SeedTable;
import de.kokreation.voting.VoteDirection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Writes draft commitments with their versions (and the versions' milestones), their links to
 * proposals, and votes and comments on them. Batches go to the database at {@link #flush()} and at
 * the close, drafts before everything that refers to them.
 */
public final class DraftSeeds implements AutoCloseable {

    public record Draft(
            long themeGroupId,
            DraftStatus status,
            int currentVersion,
            String title,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Nullable OffsetDateTime publishedAt) {}

    private static final String[] DRAFT = {
        "theme_group_id", "status", "current_version", "title", "created_at", "updated_at", "published_at"
    };
    private static final String[] VERSION = {
        "draft_id",
        "version_number",
        "author_id",
        "saved_at",
        "title",
        "start_date",
        "end_date",
        "lead_agency",
        "problem",
        "commitment_text",
        "contribution",
        "ogp_relevance",
        "additional_info",
        "contact_name",
        "contact_role",
        "contact_email",
        "actors_state",
        "actors_civil_society",
        "actors_private"
    };

    private final Connection connection;
    private final SeedTable drafts;
    private final SeedTable draftsWithIds;
    private final SeedTable versions;
    private final SeedTable versionsWithIds;
    private final SeedTable milestones;
    private final SeedTable links;
    private final SeedTable votes;
    private final SeedTable comments;

    public DraftSeeds(Connection connection) {
        this.connection = connection;
        int never = Integer.MAX_VALUE;
        this.drafts = new SeedTable(connection, "draft_commitment", never, DRAFT);
        this.draftsWithIds = new SeedTable(connection, "draft_commitment", never, SeedTable.withId(DRAFT));
        this.versions = new SeedTable(connection, "draft_version", never, VERSION);
        this.versionsWithIds = new SeedTable(connection, "draft_version", never, SeedTable.withId(VERSION));
        this.milestones = new SeedTable(
                connection,
                "draft_milestone",
                never,
                "version_id",
                "position",
                "deliverable",
                "start_date",
                "end_date");
        this.links = new SeedTable(connection, "draft_proposal", never, "draft_id", "proposal_id", "linked_at");
        this.votes = new SeedTable(connection, "draft_vote", never, "draft_id", "voter_id", "direction", "cast_at");
        this.comments =
                new SeedTable(connection, "draft_comment", never, "draft_id", "author_id", "body", "created_at");
    }

    public void add(long id, Draft draft) throws SQLException {
        draftsWithIds.add(
                id,
                draft.themeGroupId(),
                draft.status().name(),
                draft.currentVersion(),
                draft.title(),
                draft.createdAt(),
                draft.updatedAt(),
                draft.publishedAt());
    }

    public long insert(Draft draft) throws SQLException {
        flush();
        return drafts.insert(
                draft.themeGroupId(),
                draft.status().name(),
                draft.currentVersion(),
                draft.title(),
                draft.createdAt(),
                draft.updatedAt(),
                draft.publishedAt());
    }

    /** Adds a version with the given id and its milestones. */
    public void addVersion(
            long id, long draftId, int number, long authorId, OffsetDateTime savedAt, DraftContent content)
            throws SQLException {
        versionsWithIds.add(SeedTable.withId(id, values(draftId, number, authorId, savedAt, content)));
        addMilestones(id, content);
    }

    /** Inserts a version at once, then batches its milestones; answers the version's id. */
    public long insertVersion(long draftId, int number, long authorId, OffsetDateTime savedAt, DraftContent content)
            throws SQLException {
        // The version refers to its draft, which may still be batched.
        flush();
        long id = versions.insert(values(draftId, number, authorId, savedAt, content));
        addMilestones(id, content);
        return id;
    }

    public void link(long draftId, long proposalId, OffsetDateTime linkedAt) throws SQLException {
        links.add(draftId, proposalId, linkedAt);
    }

    public void vote(long draftId, long voterId, VoteDirection direction, OffsetDateTime castAt) throws SQLException {
        votes.add(draftId, voterId, direction.name(), castAt);
    }

    public void comment(long draftId, long authorId, String body, OffsetDateTime createdAt) throws SQLException {
        comments.add(draftId, authorId, body, createdAt);
    }

    /** Counts a draft's votes and comments from the rows, as the services keep them. */
    public void recount(long draftId) throws SQLException {
        flush();
        try (PreparedStatement update = connection.prepareStatement("update draft_commitment set"
                + " votes_for = (select count(*) from draft_vote v where v.draft_id = draft_commitment.id and v.direction = 'FOR'),"
                + " votes_against = (select count(*) from draft_vote v where v.draft_id = draft_commitment.id and v.direction = 'AGAINST'),"
                + " comment_count = (select count(*) from draft_comment c where c.draft_id = draft_commitment.id)"
                + " where id = ?")) {
            update.setLong(1, draftId);
            update.executeUpdate();
        }
    }

    public void flush() throws SQLException {
        for (SeedTable table : new SeedTable[] {draftsWithIds, versionsWithIds, milestones, links, votes, comments}) {
            table.flush();
        }
    }

    /** Lets the application's own drafts and versions continue after the seeded ids. */
    public static void continueIdentities(Connection connection) throws SQLException {
        SeedTable.continueIdentity(connection, "draft_commitment");
        SeedTable.continueIdentity(connection, "draft_version");
    }

    @Override
    public void close() throws SQLException {
        flush();
        for (SeedTable table :
                new SeedTable[] {drafts, draftsWithIds, versions, versionsWithIds, milestones, links, votes, comments
                }) {
            table.close();
        }
    }

    private void addMilestones(long versionId, DraftContent content) throws SQLException {
        int position = 0;
        for (Milestone milestone : content.milestones()) {
            milestones.add(versionId, position++, milestone.deliverable(), milestone.start(), milestone.end());
        }
    }

    private static @Nullable Object[] values(
            long draftId, int number, long authorId, OffsetDateTime savedAt, DraftContent c) {
        return new Object[] {
            draftId,
            number,
            authorId,
            savedAt,
            c.title(),
            c.startDate(),
            c.endDate(),
            c.leadAgency(),
            c.problem(),
            c.commitment(),
            c.contribution(),
            c.ogpRelevance(),
            c.additionalInfo(),
            c.contactName(),
            c.contactRole(),
            c.contactEmail(),
            c.actorsState(),
            c.actorsCivilSociety(),
            c.actorsPrivate()
        };
    }
}
