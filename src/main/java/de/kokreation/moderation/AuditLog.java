package de.kokreation.moderation;

import de.kokreation.account.AccountEvents;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.proposal.ContentModerated;
import de.kokreation.shared.NotPermittedException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what, when and why. Written by a synchronous listener inside the moderating
 * transaction, so no action happens without its entry; read by the consultation's coordinators.
 */
@Service
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final ModerationRights rights;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, ModerationRights rights, Clock clock) {
        this.jdbc = jdbc;
        this.rights = rights;
        this.clock = clock;
    }

    /** One entry; the actor's name is empty when the account was deleted. */
    public record Entry(Instant at, String actorName, ContentModerated.Action action,
            ContentModerated.TargetType targetType, long targetId, String themeGroupName, @Nullable String reason) {
    }

    @EventListener
    void on(ContentModerated event) {
        jdbc.update("insert into moderation_action (consultation_id, theme_group_id, actor_id, action, target_type,"
                + " target_id, reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", event.consultationId(),
                event.themeGroupId(), event.actorId(), event.action().name(), event.targetType().name(),
                event.targetId(), event.reason(), Timestamp.from(clock.instant()));
    }

    /** Deleted accounts stay out of the log and the flags: the entries remain, the person goes. */
    @EventListener
    void on(AccountEvents.AccountDeleted event) {
        jdbc.update("update moderation_action set actor_id = null where actor_id = ?", event.accountId());
        jdbc.update("update content_flag set flagger_id = null where flagger_id = ?", event.accountId());
        jdbc.update("update proposal set hidden_by = null where hidden_by = ?", event.accountId());
        jdbc.update("update proposal_comment set hidden_by = null where hidden_by = ?", event.accountId());
    }

    /** The consultation's entries, newest first, optionally of one action; for its coordinators. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Entry> entries(long consultationId, ContentModerated.@Nullable Action action, int offset, int limit) {
        if (!rights.mayCoordinate(consultationId)) {
            throw new NotPermittedException("consultation.error.notCoordinator");
        }
        List<Object> arguments = new ArrayList<>(List.of(consultationId));
        String filter = "";
        if (action != null) {
            filter = " and m.action = ?";
            arguments.add(action.name());
        }
        arguments.add(Math.max(0, offset));
        arguments.add(Math.clamp(limit, 1, 200));
        return jdbc.query("select m.created_at, coalesce(a.display_name, '') as actor, m.action, m.target_type,"
                + " m.target_id, t.name as group_name, m.reason from moderation_action m"
                + " left join user_account a on a.id = m.actor_id join theme_group t on t.id = m.theme_group_id"
                + " where m.consultation_id = ?" + filter + " order by m.created_at desc, m.id desc"
                + " offset ? rows fetch next ? rows only",
                (row, n) -> new Entry(row.getTimestamp("created_at").toInstant(), row.getString("actor"),
                        ContentModerated.Action.valueOf(row.getString("action")),
                        ContentModerated.TargetType.valueOf(row.getString("target_type")), row.getLong("target_id"),
                        row.getString("group_name"), row.getString("reason")), arguments.toArray());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count(long consultationId, ContentModerated.@Nullable Action action) {
        if (!rights.mayCoordinate(consultationId)) {
            throw new NotPermittedException("consultation.error.notCoordinator");
        }
        Long count = action == null
                ? jdbc.queryForObject("select count(*) from moderation_action where consultation_id = ?", Long.class,
                        consultationId)
                : jdbc.queryForObject("select count(*) from moderation_action where consultation_id = ? and action = ?",
                        Long.class, consultationId, action.name());
        return count == null ? 0 : count;
    }
}
