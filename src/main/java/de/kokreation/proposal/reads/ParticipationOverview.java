package de.kokreation.proposal.reads;

import static de.kokreation.proposal.reads.ProposalVisibility.visibleComment;
import static de.kokreation.proposal.reads.ProposalVisibility.visibleProposal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of the coordinators' dashboard that the report does not have: input from workshops,
 * when people first took part, the most supported and most discussed proposals. One aggregate
 * query each, whatever the size of the consultation; hidden proposals and comments do not count.
 */
@Component
public class ParticipationOverview {

    private static final String VISIBLE_P = visibleProposal("p");

    private final NamedParameterJdbcTemplate jdbc;

    ParticipationOverview(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** A proposal at the top of a list, with the figures it is ranked by. */
    public record TopProposal(long id, long themeGroupId, String title, int votesFor, int votesAgainst, int comments) {}

    /** Visible proposals per group that were written down at a workshop (the rest came in online). */
    public Map<Long, Long> workshopProposals(Collection<Long> groupIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (groupIds.isEmpty()) {
            return counts;
        }
        jdbc.query("""
                select p.theme_group_id, count(*) from proposal p
                where p.theme_group_id in (:groups) and %s and p.source_meeting_id is not null
                group by p.theme_group_id""".formatted(VISIBLE_P), new MapSqlParameterSource("groups", groupIds), row -> {
            counts.put(row.getLong(1), row.getLong(2));
        });
        return counts;
    }

    /**
     * How many people took part for the first time on each day: wrote a proposal or a comment, or
     * voted, in any of the groups (a workshop's card counts nobody, as in {@link ProposalFigures}).
     * Their sum is the number of participants.
     */
    public TreeMap<LocalDate, Long> newParticipantsPerDay(Collection<Long> groupIds) {
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        if (groupIds.isEmpty()) {
            return days;
        }
        jdbc.query(
                """
                select first_day, count(*) from (
                  select account_id, min(active_on) as first_day from (
                    select p.author_id as account_id, cast(p.created_at as date) as active_on from proposal p
                    where p.theme_group_id in (:groups) and %1$s and p.source_meeting_id is null
                    union all
                    select c.author_id, cast(c.created_at as date) from proposal_comment c
                    join proposal p on p.id = c.proposal_id
                    where p.theme_group_id in (:groups) and %1$s and %2$s
                    union all
                    select v.voter_id, cast(v.cast_at as date) from proposal_vote v
                    join proposal p on p.id = v.proposal_id
                    where p.theme_group_id in (:groups) and %1$s and v.voter_id is not null
                  ) participation group by account_id
                ) firsts group by first_day""".formatted(VISIBLE_P, visibleComment("c")), new MapSqlParameterSource("groups", groupIds), row -> {
                    days.put(row.getObject(1, LocalDate.class), row.getLong(2));
                });
        return days;
    }

    /** The visible proposals with the most votes in favour (none without any). */
    public List<TopProposal> mostSupported(Collection<Long> groupIds, int limit) {
        return top(groupIds, "p.votes_for > 0", "p.votes_for desc, p.id", limit);
    }

    /** The visible proposals with the most comments (none without any). */
    public List<TopProposal> mostDiscussed(Collection<Long> groupIds, int limit) {
        return top(groupIds, "p.comment_count > 0", "p.comment_count desc, p.id", limit);
    }

    private List<TopProposal> top(Collection<Long> groupIds, String having, String order, int limit) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                """
                select p.id, p.theme_group_id, p.title, p.votes_for, p.votes_against, p.comment_count
                from proposal p where p.theme_group_id in (:groups) and %s and %s
                order by %s fetch first %d rows only""".formatted(VISIBLE_P, having, order, Math.clamp(limit, 1, 50)),
                new MapSqlParameterSource("groups", groupIds),
                (row, n) -> new TopProposal(
                        row.getLong(1), row.getLong(2), row.getString(3), row.getInt(4), row.getInt(5), row.getInt(6)));
    }
}
