package de.kokreation.opendata;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * What the public sees of a consultation, read straight from the tables: one query per kind of
 * row, rows handed one by one to a consumer while the cursor moves on (fetch size
 * {@value #FETCH_SIZE}; on PostgreSQL a cursor only inside a transaction, see
 * {@link OpenDataExport}). Only the drafts, their milestones and the links between drafts and
 * proposals are collected in memory: a consultation has a few dozen drafts at most.
 *
 * <p>The visibility rules are those of the site, repeated here in SQL so that hidden content and
 * personal data never leave the database: hidden proposals and everything hanging off them are
 * left out; hidden and deleted comments keep their place in the thread but lose text and author;
 * accounts appear only as pseudonyms, and deleted accounts not at all; drafts only when public.
 */
@Component
class PublicContent {

    static final int FETCH_SIZE = 5000;

    /** The rule of {@code DraftCommitment.isPublic}: published, final, or withdrawn after publication. */
    private static final String PUBLIC_DRAFT =
            "(d.status in ('PUBLISHED', 'FINAL') or (d.status = 'WITHDRAWN' and d.published_at is not null))";

    private static final String PROPOSALS = """
            select p.id, g.slug as theme_group, p.title, p.body_source, p.body_html, p.author_id,
                   p.created_at, p.updated_at, p.votes_for, p.votes_against, p.comment_count,
                   original.id as duplicate_of, r.outcome, r.reason, r.responded_at
              from proposal p
              join theme_group g on g.id = p.theme_group_id
              left join proposal original on original.id = p.duplicate_of_id and original.hidden_at is null
              left join proposal_response r on r.proposal_id = p.id
             where g.consultation_id = ? and p.hidden_at is null
             order by p.id""";

    // Ordered by id: a reply always comes after the comment it answers, so a reader can build the
    // threads in one pass; and the primary key serves the order without sorting a million rows.
    // No join with the accounts: deleted ones come from deletedAccounts(), which halves the
    // database's work for a million comments.
    private static final String COMMENTS = """
            select c.id, c.proposal_id, c.parent_id, c.created_at,
                   case when c.deleted_at is not null then 'deleted'
                        when c.hidden_at is not null then 'hidden' else 'visible' end as state,
                   case when c.deleted_at is null and c.hidden_at is null then c.body end as body,
                   case when c.deleted_at is null and c.hidden_at is null then c.edited_at end as edited_at,
                   case when c.deleted_at is null and c.hidden_at is null then c.author_id end as author_id
              from proposal_comment c
              join proposal p on p.id = c.proposal_id
             where p.theme_group_id in (select g.id from theme_group g where g.consultation_id = ?)
               and p.hidden_at is null
             order by c.id""";

    private static final String DELETED_ACCOUNTS = "select id from user_account where deleted_at is not null";

    // The content of each draft's current version; the contact e-mail is left out on purpose.
    private static final String DRAFTS = """
            select d.id, g.slug as theme_group, d.status,
                   case when d.status = 'WITHDRAWN' then d.status_reason end as status_reason,
                   v.title, d.current_version, d.published_at, d.updated_at, d.votes_for, d.votes_against,
                   d.comment_count, v.start_date, v.end_date, v.lead_agency, v.problem, v.commitment_text,
                   v.contribution, v.ogp_relevance, v.additional_info, v.contact_name, v.contact_role,
                   v.actors_state, v.actors_civil_society, v.actors_private
              from draft_commitment d
              join theme_group g on g.id = d.theme_group_id
              join draft_version v on v.draft_id = d.id and v.version_number = d.current_version
             where g.consultation_id = ? and %s
             order by d.id""".formatted(PUBLIC_DRAFT);

    private static final String MILESTONES = """
            select d.id as draft_id, m.deliverable, m.start_date, m.end_date
              from draft_milestone m
              join draft_version v on v.id = m.version_id
              join draft_commitment d on d.id = v.draft_id and d.current_version = v.version_number
              join theme_group g on g.id = d.theme_group_id
             where g.consultation_id = ? and %s
             order by d.id, m.position""".formatted(PUBLIC_DRAFT);

    private static final String DRAFT_LINKS = """
            select dp.draft_id, dp.proposal_id
              from draft_proposal dp
              join draft_commitment d on d.id = dp.draft_id
              join theme_group g on g.id = d.theme_group_id
              join proposal p on p.id = dp.proposal_id
             where g.consultation_id = ? and p.hidden_at is null and %s
             order by dp.proposal_id, dp.draft_id""".formatted(PUBLIC_DRAFT);

    private static final String DRAFT_COMMENTS = """
            select c.id, c.draft_id, c.created_at,
                   case when c.hidden_at is not null then 'hidden' else 'visible' end as state,
                   case when c.hidden_at is null then c.body end as body,
                   case when c.hidden_at is null then c.author_id end as author_id
              from draft_comment c
              join draft_commitment d on d.id = c.draft_id
              join theme_group g on g.id = d.theme_group_id
             where g.consultation_id = ? and %s
             order by c.id""".formatted(PUBLIC_DRAFT);

    record Response(String outcome, @Nullable String reason, Instant respondedAt) {
    }

    record Proposal(long id, String themeGroup, String title, String bodySource, String bodyHtml,
            @Nullable String author, Instant createdAt, Instant updatedAt, int votesFor, int votesAgainst,
            int commentCount, @Nullable Long duplicateOf, @Nullable Response response, List<Long> draftIds) {
    }

    record Comment(long id, long proposalId, @Nullable Long parentId, @Nullable String author, @Nullable String body,
            Instant createdAt, @Nullable Instant editedAt, String state) {
    }

    record Milestone(String deliverable, LocalDate startDate, LocalDate endDate) {
    }

    record Draft(long id, String themeGroup, String status, @Nullable String statusReason, String title, int version,
            @Nullable Instant publishedAt, Instant updatedAt, @Nullable LocalDate startDate,
            @Nullable LocalDate endDate, String leadAgency, String problem, String commitment, String contribution,
            String ogpRelevance, String additionalInfo, String contactName, String contactRole, String actorsState,
            String actorsCivilSociety, String actorsPrivate, List<Milestone> milestones, int votesFor,
            int votesAgainst, int commentCount, List<Long> proposalIds) {
    }

    record DraftComment(long id, long draftId, @Nullable String author, @Nullable String body, Instant createdAt,
            String state) {
    }

    /** Which public drafts each proposal went into, and which proposals each draft grew from. */
    record DraftLinks(Map<Long, List<Long>> draftsByProposal, Map<Long, List<Long>> proposalsByDraft) {

        static final DraftLinks NONE = new DraftLinks(Map.of(), Map.of());

        List<Long> draftsOf(long proposalId) {
            return draftsByProposal.getOrDefault(proposalId, List.of());
        }

        List<Long> proposalsOf(long draftId) {
            return proposalsByDraft.getOrDefault(draftId, List.of());
        }
    }

    private final JdbcTemplate jdbc;

    PublicContent(DataSource dataSource) {
        // A template of its own: the fetch size lets PostgreSQL hand out rows in batches instead of
        // loading the whole result first.
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    void proposals(long consultationId, AuthorPseudonyms.Scope authors, DraftLinks links, Consumer<Proposal> sink) {
        stream(PROPOSALS, consultationId, row -> {
            long id = row.getLong("id");
            String outcome = row.getString("outcome");
            Response response = outcome == null ? null
                    : new Response(lower(outcome), row.getString("reason"), instant(row, "responded_at"));
            sink.accept(new Proposal(id, row.getString("theme_group"), row.getString("title"),
                    row.getString("body_source"), row.getString("body_html"), authors.of(nullableLong(row, "author_id")),
                    instant(row, "created_at"), instant(row, "updated_at"), row.getInt("votes_for"),
                    row.getInt("votes_against"), row.getInt("comment_count"), nullableLong(row, "duplicate_of"),
                    response, links.draftsOf(id)));
        });
    }

    /** By column position, in the order of {@link #COMMENTS}: a million rows make the name lookups count. */
    void comments(long consultationId, AuthorPseudonyms.Scope authors, Consumer<Comment> sink) {
        stream(COMMENTS, consultationId, row -> sink.accept(new Comment(row.getLong(1), row.getLong(2),
                nullableLong(row, 3), authors.of(nullableLong(row, 8)), row.getString(6),
                Objects.requireNonNull(nullableInstant(row, 4)), nullableInstant(row, 7), row.getString(5))));
    }

    DraftLinks draftLinks(long consultationId) {
        Map<Long, List<Long>> draftsByProposal = new HashMap<>();
        Map<Long, List<Long>> proposalsByDraft = new HashMap<>();
        stream(DRAFT_LINKS, consultationId, row -> {
            long draftId = row.getLong("draft_id");
            long proposalId = row.getLong("proposal_id");
            draftsByProposal.computeIfAbsent(proposalId, ignored -> new ArrayList<>()).add(draftId);
            proposalsByDraft.computeIfAbsent(draftId, ignored -> new ArrayList<>()).add(proposalId);
        });
        // Drafts list their proposals by id, as proposals list their drafts.
        proposalsByDraft.values().forEach(ids -> ids.sort(null));
        return new DraftLinks(draftsByProposal, proposalsByDraft);
    }

    /** The public drafts, few enough to hold: each with its milestones and proposals. */
    List<Draft> drafts(long consultationId, DraftLinks links) {
        Map<Long, List<Milestone>> milestones = new HashMap<>();
        stream(MILESTONES, consultationId, row -> milestones.computeIfAbsent(row.getLong("draft_id"),
                ignored -> new ArrayList<>()).add(new Milestone(row.getString("deliverable"), date(row, "start_date"),
                        date(row, "end_date"))));
        return jdbc.query(DRAFTS, (row, n) -> {
            long id = row.getLong("id");
            return new Draft(id, row.getString("theme_group"), lower(row.getString("status")),
                    row.getString("status_reason"), row.getString("title"), row.getInt("current_version"),
                    nullableInstant(row, "published_at"), instant(row, "updated_at"),
                    row.getObject("start_date", LocalDate.class), row.getObject("end_date", LocalDate.class),
                    row.getString("lead_agency"), row.getString("problem"), row.getString("commitment_text"),
                    row.getString("contribution"), row.getString("ogp_relevance"), row.getString("additional_info"),
                    row.getString("contact_name"), row.getString("contact_role"), row.getString("actors_state"),
                    row.getString("actors_civil_society"), row.getString("actors_private"),
                    List.copyOf(milestones.getOrDefault(id, List.of())), row.getInt("votes_for"),
                    row.getInt("votes_against"), row.getInt("comment_count"), links.proposalsOf(id));
        }, consultationId);
    }

    void draftComments(long consultationId, AuthorPseudonyms.Scope authors, Consumer<DraftComment> sink) {
        stream(DRAFT_COMMENTS, consultationId, row -> sink.accept(new DraftComment(row.getLong("id"),
                row.getLong("draft_id"), authors.of(nullableLong(row, "author_id")), row.getString("body"),
                instant(row, "created_at"), row.getString("state"))));
    }

    /** The accounts deleted so far (their content stays, without author). */
    java.util.Set<Long> deletedAccounts() {
        return new java.util.HashSet<>(jdbc.queryForList(DELETED_ACCOUNTS, Long.class));
    }

    /** Runs a query of one consultation and hands each row to {@code handler} as the cursor reaches it. */
    private void stream(String sql, long consultationId, RowCallbackHandler handler) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            binaryResults(statement);
            statement.setLong(1, consultationId);
            return statement;
        }, handler);
    }

    /**
     * PostgreSQL's driver receives results as text until a statement has run five times; an export
     * runs each statement once. Prepared on the server at once, its numbers and timestamps come in
     * binary, cheaper to decode for a million rows. Other databases are left as they are.
     */
    private static void binaryResults(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
    }

    /** Enum names as the open data spells every code: lower case ({@code PARTLY_ADOPTED} → {@code partly_adopted}). */
    static String lower(String code) {
        return code.toLowerCase(java.util.Locale.ROOT);
    }

    private static @Nullable Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static @Nullable Instant nullableInstant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Instant value = nullableInstant(row, column);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value;
    }

    private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }
}
