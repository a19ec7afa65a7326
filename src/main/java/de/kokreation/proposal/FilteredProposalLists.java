package de.kokreation.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ids of one page of a theme group's visible proposals filtered by title and outcome, and
 * their number. The unfiltered list takes the faster path through the sort index alone
 * ({@link ProposalRepository#findPageIds}).
 */
@Component
class FilteredProposalLists {

    private final JdbcTemplate jdbc;

    FilteredProposalLists(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> pageIds(long themeGroupId, ProposalQuery query, long offset, int size) {
        List<Object> arguments = new ArrayList<>();
        String where = where(themeGroupId, query, arguments);
        arguments.add(offset);
        arguments.add(size);
        return jdbc.queryForList(
                "select p.id from proposal p" + where + " order by "
                        + query.sort().sqlOrder() + " offset ? rows fetch next ? rows only",
                Long.class,
                arguments.toArray());
    }

    long count(long themeGroupId, ProposalQuery query) {
        List<Object> arguments = new ArrayList<>();
        Long count = jdbc.queryForObject(
                "select count(*) from proposal p" + where(themeGroupId, query, arguments),
                Long.class,
                arguments.toArray());
        return count == null ? 0 : count;
    }

    private static String where(long themeGroupId, ProposalQuery query, List<Object> arguments) {
        StringBuilder where = new StringBuilder(" where p.theme_group_id = ? and p.hidden = false");
        arguments.add(themeGroupId);
        if (!query.titleSearch().isEmpty()) {
            where.append(" and lower(p.title) like ? escape '\\'");
            arguments.add(query.likePattern());
        }
        switch (query.outcome()) {
            case ALL -> {}
            case UNANSWERED ->
                where.append(" and not exists (select 1 from proposal_response r where r.proposal_id = p.id)");
            default -> {
                where.append(
                        " and exists (select 1 from proposal_response r where r.proposal_id = p.id and r.outcome = ?)");
                arguments.add(Objects.requireNonNull(query.outcome().outcome()).name());
            }
        }
        return where.toString();
    }
}
