package de.kokreation.proposal;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who took part in theme groups (proposed, commented or voted), as account ids only: for news to
 * participants, sent by system jobs, never shown to anyone.
 */
@Component
public class Participants {

    private final JdbcTemplate jdbc;

    Participants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Long> of(Collection<Long> themeGroupIds) {
        if (themeGroupIds.isEmpty()) {
            return List.of();
        }
        String groups = String.join(
                ",", themeGroupIds.stream().map(id -> Long.toString(id)).toList());
        return jdbc.queryForList(
                "select author_id from proposal where theme_group_id in (" + groups + ")"
                        + " union select c.author_id from proposal_comment c join proposal p on p.id = c.proposal_id"
                        + " where p.theme_group_id in (" + groups + ")"
                        + " union select v.voter_id from proposal_vote v join proposal p on p.id = v.proposal_id"
                        + " where p.theme_group_id in (" + groups + ") and v.voter_id is not null",
                Long.class);
    }
}
