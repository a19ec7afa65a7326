package de.kokreation.proposal.reads;

import static de.kokreation.proposal.reads.ProposalVisibility.commentState;
import static de.kokreation.proposal.reads.ProposalVisibility.visibleComment;
import static de.kokreation.proposal.reads.ProposalVisibility.visibleProposal;

import de.kokreation.shared.Cursors;
import de.kokreation.shared.RichText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The proposals and comments of theme groups as the public sees them, for bulk export: one query
 * per kind of row, each row handed to a consumer while the cursor moves on (fetch size
 * {@value #FETCH_SIZE}; PostgreSQL keeps a cursor only inside a transaction, so callers read
 * inside one). Hidden proposals and everything hanging off them are left out; hidden and deleted
 * comments keep their place in the thread but lose text and author.
 */
@Component
public class PublicProposals {

    static final int FETCH_SIZE = 5000;

    /** A visible proposal with its reasoned response; {@code duplicateOf} only when that one is visible. */
    public record Proposal(
            long id,
            long themeGroupId,
            String title,
            String bodySource,
            String bodyHtml,
            long authorId,
            Instant createdAt,
            Instant updatedAt,
            int votesFor,
            int votesAgainst,
            int commentCount,
            @Nullable Long duplicateOf,
            @Nullable Response response,
            @Nullable Long sourceMeetingId) {}

    /** A reasoned response: its outcome as the enum's name ({@code PARTLY_ADOPTED}). */
    public record Response(String outcome, @Nullable String reason, Instant respondedAt) {}

    /** A comment on a visible proposal; {@code state} is {@code visible}, {@code hidden} or {@code deleted}. */
    public record Comment(
            long id,
            long proposalId,
            @Nullable Long parentId,
            @Nullable Long authorId,
            @Nullable String body,
            Instant createdAt,
            @Nullable Instant editedAt,
            String state) {}

    private static final String PROPOSALS = """
            select p.id, p.theme_group_id, p.title, p.body_source, p.body_html, p.author_id,
                   p.created_at, p.updated_at, p.votes_for, p.votes_against, p.comment_count,
                   original.id as duplicate_of, r.outcome, r.reason, r.responded_at, p.source_meeting_id
              from proposal p
              left join proposal original on original.id = p.duplicate_of_id and %s
              left join proposal_response r on r.proposal_id = p.id
             where p.theme_group_id in (%%s) and %s
             order by p.id""".formatted(visibleProposal("original"), visibleProposal("p"));

    // Ordered by id: a reply always comes after the comment it answers, so a reader can build the
    // threads in one pass; and the primary key serves the order without sorting a million rows.
    // No join with the accounts: the caller learns deleted ones from the account module once.
    private static final String COMMENTS = """
            select c.id, c.proposal_id, c.parent_id, c.created_at, %s as state,
                   case when %s then c.body end as body,
                   case when %s then c.edited_at end as edited_at,
                   case when %s then c.author_id end as author_id
              from proposal_comment c
              join proposal p on p.id = c.proposal_id
             where p.theme_group_id in (%%s) and %s
             order by c.id""".formatted(
            commentState("c"), visibleComment("c"), visibleComment("c"), visibleComment("c"), visibleProposal("p"));

    private final JdbcTemplate jdbc;

    PublicProposals(DataSource dataSource) {
        this.jdbc = Cursors.fetching(dataSource, FETCH_SIZE);
    }

    /** The visible proposals of the theme groups, by id. */
    public void proposals(Collection<Long> themeGroupIds, Consumer<Proposal> sink) {
        stream(PROPOSALS, themeGroupIds, row -> {
            String outcome = row.getString("outcome");
            Response response = outcome == null
                    ? null
                    : new Response(outcome, row.getString("reason"), instant(row, "responded_at"));
            sink.accept(new Proposal(
                    row.getLong("id"),
                    row.getLong("theme_group_id"),
                    row.getString("title"),
                    row.getString("body_source"),
                    row.getString("body_html"),
                    row.getLong("author_id"),
                    instant(row, "created_at"),
                    instant(row, "updated_at"),
                    row.getInt("votes_for"),
                    row.getInt("votes_against"),
                    row.getInt("comment_count"),
                    nullableLong(row, "duplicate_of"),
                    response,
                    nullableLong(row, "source_meeting_id")));
        });
    }

    /** The comments of the visible proposals of the theme groups, by id; by column position for speed. */
    public void comments(Collection<Long> themeGroupIds, Consumer<Comment> sink) {
        stream(
                COMMENTS,
                themeGroupIds,
                row -> sink.accept(new Comment(
                        row.getLong(1),
                        row.getLong(2),
                        nullableLong(row, 3),
                        nullableLong(row, 8),
                        row.getString(6),
                        instantAt(row, 4),
                        nullableInstant(row, 7),
                        row.getString(5))));
    }

    /**
     * A digest of everything about the theme groups' proposals that their open data shows: counts,
     * sums and latest times that move whenever a proposal, a vote, a comment, a hiding, a duplicate
     * mark or a response changes. Aggregates over the indexed rows, no row leaves the database:
     * what an ETag is made of, far cheaper than the file it stands for.
     */
    public String fingerprint(Collection<Long> themeGroupIds) {
        if (themeGroupIds.isEmpty()) {
            return "";
        }
        StringBuilder digest = new StringBuilder();
        for (String sql : List.of(
                // sums weighted by id: a vote withdrawn here and cast there still moves them
                "select count(*), max(p.id), max(p.updated_at), sum(p.votes_for * p.id), sum(p.votes_against * p.id),"
                        + " sum(p.comment_count * p.id), count(p.hidden_at), max(p.hidden_at), max(p.reviewed_at),"
                        + " sum(coalesce(p.duplicate_of_id, 0) * p.id), sum(p.theme_group_id * p.id)"
                        + " from proposal p where p.theme_group_id = any(?)",
                "select count(*), max(c.id), max(c.edited_at), count(c.hidden_at), max(c.hidden_at),"
                        + " count(c.deleted_at), max(c.deleted_at), sum(case when c.hidden_at is null then 0 else c.id end)"
                        + " from proposal_comment c"
                        + " join proposal p on p.id = c.proposal_id where p.theme_group_id = any(?)",
                "select count(*), max(r.responded_at), sum(length(r.outcome) * r.proposal_id),"
                        + " sum(length(coalesce(r.reason, '')) * r.proposal_id)"
                        + " from proposal_response r join proposal p on p.id = r.proposal_id"
                        + " where p.theme_group_id = any(?)")) {
            jdbc.query(Cursors.withIds(sql, themeGroupIds), (ResultSet row) -> {
                Cursors.digest(row, digest);
            });
        }
        return digest.toString();
    }

    /** When each theme group's visible proposals last changed: the newest submission, revision or response. */
    public Map<Long, Instant> lastChanges(Collection<Long> themeGroupIds) {
        Map<Long, Instant> latest = new HashMap<>();
        if (themeGroupIds.isEmpty()) {
            return latest;
        }
        jdbc.query(
                Cursors.withIds(
                        "select p.theme_group_id, max(p.updated_at), max(r.responded_at) from proposal p"
                                + " left join proposal_response r on r.proposal_id = p.id"
                                + " where p.theme_group_id = any(?) and " + visibleProposal("p")
                                + " group by p.theme_group_id",
                        themeGroupIds),
                (ResultSet row) -> {
                    for (int column = 2; column <= 3; column++) {
                        Instant value = nullableInstant(row, column);
                        if (value != null) {
                            latest.merge(row.getLong(1), value, (a, b) -> a.isAfter(b) ? a : b);
                        }
                    }
                });
        return latest;
    }

    /** A proposal as its page's first HTML describes it; title and text only when it is visible. */
    public record Preview(long id, long themeGroupId, boolean visible, String title, String bodyHtml) {}

    /** The proposal with this id for its page's preview, by primary key; empty when there is none. */
    public Optional<Preview> preview(long proposalId) {
        return jdbc
                .query(
                        "select p.id, p.theme_group_id, case when " + visibleProposal("p")
                                + " then 1 else 0 end, p.title, p.body_html from proposal p where p.id = ?",
                        (row, number) -> {
                            boolean visible = row.getInt(3) == 1;
                            return new Preview(
                                    row.getLong(1),
                                    row.getLong(2),
                                    visible,
                                    visible ? row.getString(4) : "",
                                    visible ? row.getString(5) : "");
                        },
                        proposalId)
                .stream()
                .findFirst();
    }

    /** A public page and when it last changed, for a sitemap. */
    public record Dated(long id, Instant changedAt) {}

    /** The highest id any proposal has (0 when there is none): where a sitemap's pages of ids end. */
    public long highestId() {
        Long highest = jdbc.queryForObject("select max(id) from proposal", Long.class);
        return highest == null ? 0 : highest;
    }

    /** The visible proposals with ids in {@code [from, to)}, by id, read by the primary key's index. */
    public void visibleBetween(long from, long to, Consumer<Dated> sink) {
        jdbc.query(
                "select p.id, p.updated_at from proposal p where p.id >= ? and p.id < ? and " + visibleProposal("p")
                        + " order by p.id",
                row -> {
                    sink.accept(new Dated(row.getLong(1), instantAt(row, 2)));
                },
                from,
                to);
    }

    /** Something that happened to a visible proposal, for a feed: submitted, or answered. */
    public record Happening(
            long proposalId,
            long themeGroupId,
            String title,
            String text,
            Instant at,
            @Nullable String outcome) {}

    /** The newest visible proposals of the theme groups, newest first, at most {@code limit}. */
    public List<Happening> newest(Collection<Long> themeGroupIds, int limit) {
        List<Happening> happenings = new ArrayList<>();
        if (themeGroupIds.isEmpty()) {
            return happenings;
        }
        jdbc.query(
                Cursors.withIds(
                        "select p.id, p.theme_group_id, p.title, p.body_html, p.created_at from proposal p"
                                + " where p.theme_group_id = any(?) and " + visibleProposal("p")
                                + " order by p.created_at desc, p.id desc fetch first " + limit + " rows only",
                        themeGroupIds),
                row -> {
                    happenings.add(new Happening(
                            row.getLong(1),
                            row.getLong(2),
                            row.getString(3),
                            RichText.plainText(row.getString(4)),
                            instantAt(row, 5),
                            null));
                });
        return happenings;
    }

    /** The latest reasoned responses to visible proposals of the theme groups, newest first. */
    public List<Happening> latestResponses(Collection<Long> themeGroupIds, int limit) {
        List<Happening> happenings = new ArrayList<>();
        if (themeGroupIds.isEmpty()) {
            return happenings;
        }
        jdbc.query(
                Cursors.withIds(
                        "select p.id, p.theme_group_id, p.title, r.reason, r.responded_at, r.outcome from proposal p"
                                + " join proposal_response r on r.proposal_id = p.id where p.theme_group_id = any(?) and "
                                + visibleProposal("p")
                                + " order by r.responded_at desc, p.id desc fetch first " + limit + " rows only",
                        themeGroupIds),
                row -> {
                    String reason = row.getString(4);
                    happenings.add(new Happening(
                            row.getLong(1),
                            row.getLong(2),
                            row.getString(3),
                            reason == null ? "" : reason,
                            instantAt(row, 5),
                            row.getString(6)));
                });
        return happenings;
    }

    /**
     * A text the public sees, as plain text, that a summary may cite: a proposal (its title, then
     * its text) or a comment on it.
     */
    public record SourceText(boolean comment, long id, long proposalId, String text) {}

    /**
     * The visible proposals among the given ones and, for each, its first {@code commentsEach}
     * visible comments; by proposal, then comment. Hidden and deleted content never comes back.
     */
    public List<SourceText> sourceTexts(Collection<Long> proposalIds, int commentsEach) {
        List<SourceText> texts = new ArrayList<>();
        if (proposalIds.isEmpty()) {
            return texts;
        }
        jdbc.query(
                Cursors.withIds(
                        "select p.id, p.title, p.body_html from proposal p where p.id = any(?) and "
                                + visibleProposal("p") + " order by p.id",
                        proposalIds),
                row -> {
                    texts.add(new SourceText(
                            false,
                            row.getLong(1),
                            row.getLong(1),
                            row.getString(2) + "\n" + RichText.plainText(row.getString(3))));
                });
        Map<Long, Integer> taken = new HashMap<>();
        jdbc.query(
                Cursors.withIds(
                        "select c.id, c.proposal_id, c.body from proposal_comment c join proposal p on p.id ="
                                + " c.proposal_id where c.proposal_id = any(?) and " + visibleProposal("p") + " and "
                                + visibleComment("c") + " order by c.proposal_id, c.id",
                        proposalIds),
                row -> {
                    long proposalId = row.getLong(2);
                    if (taken.merge(proposalId, 1, Integer::sum) <= commentsEach) {
                        texts.add(new SourceText(true, row.getLong(1), proposalId, row.getString(3)));
                    }
                });
        return texts;
    }

    /**
     * The authors of the visible proposals among the given ones, each once: the people to tell
     * when what their proposals went into moves on.
     */
    public Set<Long> authorsOf(Collection<Long> proposalIds) {
        Set<Long> authors = new HashSet<>();
        if (!proposalIds.isEmpty()) {
            jdbc.query(
                    Cursors.withIds(
                            "select distinct p.author_id from proposal p where p.id = any(?) and "
                                    + visibleProposal("p") + " and p.author_id is not null",
                            proposalIds),
                    row -> {
                        authors.add(row.getLong(1));
                    });
        }
        return authors;
    }

    /** The hidden proposals among the given ones. */
    public Set<Long> hiddenAmong(Collection<Long> proposalIds) {
        Set<Long> hidden = new HashSet<>();
        if (!proposalIds.isEmpty()) {
            jdbc.query(
                    Cursors.withIds(
                            "select p.id from proposal p where p.id = any(?) and not (" + visibleProposal("p") + ")",
                            proposalIds),
                    row -> {
                        hidden.add(row.getLong(1));
                    });
        }
        return hidden;
    }

    /** The comments among the given ones the public sees: neither hidden nor deleted, on a visible proposal. */
    public Set<Long> visibleCommentsAmong(Collection<Long> commentIds) {
        Set<Long> visible = new HashSet<>();
        if (!commentIds.isEmpty()) {
            jdbc.query(
                    Cursors.withIds(
                            "select c.id from proposal_comment c join proposal p on p.id = c.proposal_id"
                                    + " where c.id = any(?) and " + visibleComment("c") + " and "
                                    + visibleProposal("p"),
                            commentIds),
                    row -> {
                        visible.add(row.getLong(1));
                    });
        }
        return visible;
    }

    private void stream(String sql, Collection<Long> themeGroupIds, RowCallbackHandler handler) {
        if (!themeGroupIds.isEmpty()) {
            jdbc.query(
                    Cursors.binary(sql.formatted(Cursors.placeholders(themeGroupIds.size())), themeGroupIds.toArray()),
                    handler);
        }
    }

    private static @Nullable Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static @Nullable Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static @Nullable Instant nullableInstant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instantAt(ResultSet row, int column) throws SQLException {
        Instant value = nullableInstant(row, column);
        if (value == null) {
            throw new IllegalStateException("column " + column + " is null");
        }
        return value;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value.toInstant();
    }
}
