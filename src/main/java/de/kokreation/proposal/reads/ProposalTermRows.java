package de.kokreation.proposal.reads;

import static de.kokreation.proposal.reads.ProposalVisibility.visibleProposal;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The visible proposals of theme groups with their stored terms, streamed through a cursor: what
 * clustering compares. Callers hold a transaction (PostgreSQL streams only inside one).
 */
@Component
public class ProposalTermRows {

    private static final int FETCH_SIZE = 2_000;

    /** A proposal with its terms, support and whether it is answered. */
    public record Row(long id, long themeGroupId, String title, String terms, int support, boolean answered) {}

    private final JdbcTemplate jdbc;

    ProposalTermRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /** Every visible proposal of the theme groups with its terms, in the order of their ids. */
    public void forEach(Collection<Long> themeGroupIds, Consumer<Row> sink) {
        if (themeGroupIds.isEmpty()) {
            return;
        }
        jdbc.query(
                "select p.id, p.theme_group_id, p.title, p.search_terms, p.votes_for,"
                        + " case when r.proposal_id is null then false else true end as answered"
                        + " from proposal p left join proposal_response r on r.proposal_id = p.id"
                        + " where p.theme_group_id in ("
                        + themeGroupIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                        + ") and " + visibleProposal("p") + " and p.search_terms is not null order by p.id",
                row -> {
                    sink.accept(new Row(
                            row.getLong(1),
                            row.getLong(2),
                            row.getString(3),
                            row.getString(4),
                            row.getInt(5),
                            row.getBoolean(6)));
                });
    }
}
