package de.kokreation.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads draft commitments as they stand (their current version) with milestones and linked
 * proposals: one query each for drafts, milestones and links, whatever the number of drafts.
 */
@Component
class DraftSheets {

    private final NamedParameterJdbcTemplate jdbc;

    DraftSheets(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Sheet(long id, long themeGroupId, String status, int version, Instant savedAt, String title,
            @Nullable LocalDate start, @Nullable LocalDate end, String leadAgency, String problem, String commitment,
            String contribution, String ogpRelevance, String additionalInfo, String contactName, String contactRole,
            String contactEmail, String actorsState, String actorsCivilSociety, String actorsPrivate, int votesFor,
            int votesAgainst, int commentCount, List<Milestone> milestones, List<LinkedProposal> proposals) {
    }

    record Milestone(String deliverable, LocalDate start, LocalDate end) {
    }

    record LinkedProposal(long id, String title, @Nullable String outcome) {
    }

    List<ExportableDraft> drafts(Map<Long, String> groupNames) {
        if (groupNames.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select d.id, d.theme_group_id, d.title, d.status from draft_commitment d
                join theme_group g on g.id = d.theme_group_id
                where d.theme_group_id in (:groups) order by g.position, d.id""",
                new MapSqlParameterSource("groups", groupNames.keySet()),
                (row, n) -> new ExportableDraft(row.getLong(1), row.getLong(2), groupNames.get(row.getLong(2)),
                        row.getString(3), row.getString(4)));
    }

    /** The drafts with the given ids, in the order of their theme groups and creation. */
    List<Sheet> sheets(Collection<Long> draftIds) {
        if (draftIds.isEmpty()) {
            return List.of();
        }
        var ids = new MapSqlParameterSource("ids", draftIds);
        Map<Long, List<Milestone>> milestones = new LinkedHashMap<>();
        jdbc.query("""
                select d.id, m.deliverable, m.start_date, m.end_date from draft_commitment d
                join draft_version v on v.draft_id = d.id and v.version_number = d.current_version
                join draft_milestone m on m.version_id = v.id
                where d.id in (:ids) order by d.id, m.position""", ids, row -> {
            milestones.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new Milestone(row.getString(2),
                    row.getObject(3, LocalDate.class), row.getObject(4, LocalDate.class)));
        });
        Map<Long, List<LinkedProposal>> proposals = new LinkedHashMap<>();
        jdbc.query("""
                select l.draft_id, p.id, p.title, r.outcome from draft_proposal l
                join proposal p on p.id = l.proposal_id
                left join proposal_response r on r.proposal_id = p.id
                where l.draft_id in (:ids) and p.hidden_at is null order by l.draft_id, p.votes_for desc, p.id""",
                ids, row -> {
                    proposals.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new LinkedProposal(row.getLong(2), row.getString(3), row.getString(4)));
                });
        return jdbc.query("""
                select d.id, d.theme_group_id, d.status, d.current_version, v.saved_at, v.title, v.start_date,
                       v.end_date, v.lead_agency, v.problem, v.commitment_text, v.contribution, v.ogp_relevance,
                       v.additional_info, v.contact_name, v.contact_role, v.contact_email, v.actors_state,
                       v.actors_civil_society, v.actors_private, d.votes_for, d.votes_against, d.comment_count
                from draft_commitment d
                join draft_version v on v.draft_id = d.id and v.version_number = d.current_version
                join theme_group g on g.id = d.theme_group_id
                where d.id in (:ids) order by g.position, d.id""", ids, (row, n) -> {
            long id = row.getLong(1);
            return new Sheet(id, row.getLong(2), row.getString(3), row.getInt(4),
                    row.getObject(5, OffsetDateTime.class).toInstant(), row.getString(6),
                    row.getObject(7, LocalDate.class), row.getObject(8, LocalDate.class), row.getString(9),
                    row.getString(10), row.getString(11), row.getString(12), row.getString(13), row.getString(14),
                    row.getString(15), row.getString(16), row.getString(17), row.getString(18), row.getString(19),
                    row.getString(20), row.getInt(21), row.getInt(22), row.getInt(23),
                    milestones.getOrDefault(id, List.of()), proposals.getOrDefault(id, List.of()));
        });
    }
}
