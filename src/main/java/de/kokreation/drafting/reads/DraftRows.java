package de.kokreation.drafting.reads;

import static de.kokreation.drafting.reads.DraftVisibility.notWithdrawn;
import static de.kokreation.drafting.reads.DraftVisibility.publicDraft;

import de.kokreation.shared.Cursors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Draft commitments as they stand (their current version), for bulk reads: one query each for
 * drafts, milestones, links and comments, whatever the number of drafts. Rows come in the order
 * of their ids; callers that order by theme group do so with the consultation's order of groups.
 */
@Component
public class DraftRows {

    private static final int FETCH_SIZE = 5000;

    /** A draft with the content of its current version; {@code status} is the enum's name. */
    public record Draft(
            long id,
            long themeGroupId,
            String status,
            @Nullable String statusReason,
            int version,
            Instant savedAt,
            @Nullable Instant publishedAt,
            Instant updatedAt,
            String title,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            String leadAgency,
            String problem,
            String commitment,
            String contribution,
            String ogpRelevance,
            String additionalInfo,
            String contactName,
            String contactRole,
            String contactEmail,
            String actorsState,
            String actorsCivilSociety,
            String actorsPrivate,
            int votesFor,
            int votesAgainst,
            int commentCount) {}

    /** A draft as a list of drafts names it. */
    public record DraftTitle(long id, long themeGroupId, String title, String status) {}

    public record Milestone(String deliverable, LocalDate start, LocalDate end) {}

    /** A comment on a public draft; {@code state} is {@code hidden} or {@code visible}. */
    public record Comment(
            long id,
            long draftId,
            @Nullable Long authorId,
            @Nullable String body,
            Instant createdAt,
            String state) {}

    private static final String DRAFT_COLUMNS = """
            d.id, d.theme_group_id, d.status, d.status_reason, d.current_version, v.saved_at, d.published_at,
            d.updated_at, v.title, v.start_date, v.end_date, v.lead_agency, v.problem, v.commitment_text,
            v.contribution, v.ogp_relevance, v.additional_info, v.contact_name, v.contact_role, v.contact_email,
            v.actors_state, v.actors_civil_society, v.actors_private, d.votes_for, d.votes_against, d.comment_count
            from draft_commitment d
            join draft_version v on v.draft_id = d.id and v.version_number = d.current_version""";

    /** The same columns, of a chosen version of each draft (see {@link #versions}). */
    private static final String VERSION_COLUMNS = DRAFT_COLUMNS
            .replace("d.current_version, v.saved_at", "v.version_number, v.saved_at")
            .replace("v.version_number = d.current_version", "v.version_number = p.version_number");

    private final JdbcTemplate jdbc;

    DraftRows(DataSource dataSource) {
        this.jdbc = Cursors.fetching(dataSource, FETCH_SIZE);
    }

    /** The drafts of the theme groups, every status, by id. */
    public List<DraftTitle> titles(Collection<Long> themeGroupIds) {
        return query(
                "select d.id, d.theme_group_id, d.title, d.status from draft_commitment d"
                        + " where d.theme_group_id in (%s) order by d.id",
                themeGroupIds,
                (row, n) -> new DraftTitle(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4)));
    }

    /** The drafts of the theme groups that were not withdrawn, by id. */
    public List<DraftTitle> titlesNotWithdrawn(Collection<Long> themeGroupIds) {
        return query(
                "select d.id, d.theme_group_id, d.title, d.status from draft_commitment d"
                        + " where d.theme_group_id in (%s) and " + notWithdrawn("d") + " order by d.id",
                themeGroupIds,
                (row, n) -> new DraftTitle(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4)));
    }

    /** The drafts with the given ids as they stand, by id. */
    public List<Draft> drafts(Collection<Long> draftIds) {
        return query("select " + DRAFT_COLUMNS + " where d.id in (%s) order by d.id", draftIds, (row, n) -> draft(row));
    }

    /** The public drafts of the theme groups as they stand, by id. */
    public List<Draft> publicDrafts(Collection<Long> themeGroupIds) {
        return query(
                "select " + DRAFT_COLUMNS + " where d.theme_group_id in (%s) and " + publicDraft("d")
                        + " order by d.id",
                themeGroupIds,
                (row, n) -> draft(row));
    }

    /**
     * The drafts at the chosen versions (draft id to version number), as an action plan adopted
     * them; versions never change, so neither does what this answers. By draft id.
     */
    public Map<Long, Draft> versions(Map<Long, Integer> versionByDraft) {
        Map<Long, Draft> found = new LinkedHashMap<>();
        if (versionByDraft.isEmpty()) {
            return found;
        }
        jdbc.query(
                "select "
                        + VERSION_COLUMNS.replace(
                                "from draft_commitment d",
                                "from (" + pins(versionByDraft.size())
                                        + ") p join draft_commitment d on d.id = p.draft_id")
                        + " order by d.id",
                (RowCallbackHandler) row -> {
                    Draft draft = draft(row);
                    found.put(draft.id(), draft);
                },
                pinArguments(versionByDraft));
        return found;
    }

    /** The milestones of the drafts at the chosen versions (draft id to version number), in their order. */
    public Map<Long, List<Milestone>> versionMilestones(Map<Long, Integer> versionByDraft) {
        Map<Long, List<Milestone>> milestones = new LinkedHashMap<>();
        if (versionByDraft.isEmpty()) {
            return milestones;
        }
        jdbc.query(
                "select p.draft_id, m.deliverable, m.start_date, m.end_date from (" + pins(versionByDraft.size())
                        + ") p join draft_version v on v.draft_id = p.draft_id and v.version_number = p.version_number"
                        + " join draft_milestone m on m.version_id = v.id order by p.draft_id, m.position",
                (RowCallbackHandler) row -> milestones
                        .computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(new Milestone(
                                row.getString(2),
                                row.getObject(3, LocalDate.class),
                                row.getObject(4, LocalDate.class))),
                pinArguments(versionByDraft));
        return milestones;
    }

    /** The drafts a proposal went into, every status (the caller decides what it shows). */
    public List<Long> draftIdsOf(long proposalId) {
        return jdbc.queryForList(
                "select l.draft_id from draft_proposal l where l.proposal_id = ? order by l.draft_id",
                Long.class,
                proposalId);
    }

    /** A derived table of (draft_id, version_number) pairs, one row per pair, portable to H2 and PostgreSQL. */
    private static String pins(int count) {
        return String.join(
                " union all ",
                Collections.nCopies(
                        count, "select cast(? as bigint) as draft_id, cast(? as integer) as version_number"));
    }

    private static Object[] pinArguments(Map<Long, Integer> versionByDraft) {
        List<Object> arguments = new ArrayList<>();
        versionByDraft.forEach((draft, version) -> {
            arguments.add(draft);
            arguments.add(version);
        });
        return arguments.toArray();
    }

    /** The milestones of the drafts' current versions, in their order. */
    public Map<Long, List<Milestone>> milestones(Collection<Long> draftIds) {
        Map<Long, List<Milestone>> milestones = new LinkedHashMap<>();
        each(
                """
                select d.id, m.deliverable, m.start_date, m.end_date from draft_commitment d
                join draft_version v on v.draft_id = d.id and v.version_number = d.current_version
                join draft_milestone m on m.version_id = v.id
                where d.id in (%s) order by d.id, m.position""",
                draftIds,
                row -> milestones
                        .computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(new Milestone(
                                row.getString(2),
                                row.getObject(3, LocalDate.class),
                                row.getObject(4, LocalDate.class))));
        return milestones;
    }

    /** The proposals each draft grew from, by proposal id; hidden proposals included (the caller leaves them out). */
    public Map<Long, List<Long>> proposalsOf(Collection<Long> draftIds) {
        Map<Long, List<Long>> links = new HashMap<>();
        each(
                "select l.draft_id, l.proposal_id from draft_proposal l where l.draft_id in (%s)"
                        + " order by l.draft_id, l.proposal_id",
                draftIds,
                row -> links.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(row.getLong(2)));
        return links;
    }

    /** The comments of the public drafts of the theme groups, by id; hidden ones without text and author. */
    public void publicComments(Collection<Long> themeGroupIds, Consumer<Comment> sink) {
        each("""
                select c.id, c.draft_id, c.created_at,
                       case when c.hidden_at is not null then 'hidden' else 'visible' end as state,
                       case when c.hidden_at is null then c.body end as body,
                       case when c.hidden_at is null then c.author_id end as author_id
                  from draft_comment c
                  join draft_commitment d on d.id = c.draft_id
                 where d.theme_group_id in (%s) and """ + publicDraft("d") + " order by c.id", themeGroupIds, row -> {
            long authorId = row.getLong("author_id");
            sink.accept(new Comment(
                    row.getLong("id"),
                    row.getLong("draft_id"),
                    row.wasNull() ? null : authorId,
                    row.getString("body"),
                    instant(row, "created_at"),
                    row.getString("state")));
        });
    }

    private static Draft draft(ResultSet row) throws SQLException {
        String status = row.getString(3);
        // The reason of a status is published only for a withdrawal.
        String reason = "WITHDRAWN".equals(status) ? row.getString(4) : null;
        return new Draft(
                row.getLong(1),
                row.getLong(2),
                status,
                reason,
                row.getInt(5),
                instant(row, "saved_at"),
                nullableInstant(row, "published_at"),
                instant(row, "updated_at"),
                row.getString(9),
                row.getObject(10, LocalDate.class),
                row.getObject(11, LocalDate.class),
                row.getString(12),
                row.getString(13),
                row.getString(14),
                row.getString(15),
                row.getString(16),
                row.getString(17),
                row.getString(18),
                row.getString(19),
                row.getString(20),
                row.getString(21),
                row.getString(22),
                row.getString(23),
                row.getInt(24),
                row.getInt(25),
                row.getInt(26));
    }

    /**
     * A digest of everything about the theme groups' drafts that their open data shows: counts,
     * sums and latest times that move with every saved version, status change, vote, comment,
     * hiding and link to a proposal. Aggregates only: what an ETag is made of.
     */
    public String fingerprint(Collection<Long> themeGroupIds) {
        StringBuilder digest = new StringBuilder();
        for (String sql : List.of(
                // public drafts only: a lead's work on a draft in preparation is nobody's business;
                // sums weighted by id, so that a vote moved from one draft to another still counts
                "select count(*), max(d.updated_at), sum(d.current_version * d.id), sum(d.votes_for * d.id),"
                        + " sum(d.votes_against * d.id), sum(d.comment_count * d.id), max(d.published_at),"
                        + " sum(length(d.status) * d.id) from draft_commitment d where d.theme_group_id in (%s) and "
                        + publicDraft("d"),
                "select count(*), max(c.id), count(c.hidden_at), max(c.hidden_at) from draft_comment c"
                        + " join draft_commitment d on d.id = c.draft_id where d.theme_group_id in (%s) and "
                        + publicDraft("d"),
                "select count(*), sum(l.proposal_id * l.draft_id) from draft_proposal l"
                        + " join draft_commitment d on d.id = l.draft_id where d.theme_group_id in (%s) and "
                        + publicDraft("d"))) {
            each(sql, themeGroupIds, row -> {
                Cursors.digest(row, digest);
            });
        }
        return digest.toString();
    }

    private <T> List<T> query(String sql, Collection<Long> ids, RowMapper<T> mapper) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(sql.formatted(Cursors.placeholders(ids.size())), mapper, ids.toArray());
    }

    private void each(String sql, Collection<Long> ids, RowCallbackHandler handler) {
        if (!ids.isEmpty()) {
            jdbc.query(Cursors.binary(sql.formatted(Cursors.placeholders(ids.size())), ids.toArray()), handler);
        }
    }

    private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Instant value = nullableInstant(row, column);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value;
    }
}
