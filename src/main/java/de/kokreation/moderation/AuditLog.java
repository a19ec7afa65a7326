package de.kokreation.moderation;

import de.kokreation.account.reads.AccountNames;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.NotPermittedException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
    private final AccountNames accountNames;
    private final ConsultationService consultations;
    private final Clock clock;

    AuditLog(
            JdbcTemplate jdbc,
            ModerationRights rights,
            AccountNames accountNames,
            ConsultationService consultations,
            Clock clock) {
        this.jdbc = jdbc;
        this.accountNames = accountNames;
        this.consultations = consultations;
        this.rights = rights;
        this.clock = clock;
    }

    /** One entry; the actor's name is empty when the account was deleted. */
    public record Entry(
            Instant at,
            String actorName,
            ContentModerated.Action action,
            ContentModerated.TargetType targetType,
            long targetId,
            String themeGroupName,
            @Nullable String reason) {}

    @EventListener
    void on(ContentModerated event) {
        jdbc.update(
                "insert into moderation_action (consultation_id, theme_group_id, actor_id, action, target_type,"
                        + " target_id, reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                event.consultationId(),
                event.themeGroupId(),
                event.actorId(),
                event.action().name(),
                event.targetType().name(),
                event.targetId(),
                event.reason(),
                Timestamp.from(clock.instant()));
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
            filter = " and action = ?";
            arguments.add(action.name());
        }
        arguments.add(Math.max(0, offset));
        arguments.add(Math.clamp(limit, 1, 200));
        record Row(
                Instant at,
                @Nullable Long actorId,
                ContentModerated.Action action,
                ContentModerated.TargetType targetType,
                long targetId,
                long themeGroupId,
                @Nullable String reason) {}
        List<Row> rows = jdbc.query(
                "select created_at, actor_id, action, target_type, target_id, theme_group_id,"
                        + " reason from moderation_action where consultation_id = ?" + filter
                        + " order by created_at desc, id desc offset ? rows fetch next ? rows only",
                (row, n) -> new Row(
                        row.getTimestamp("created_at").toInstant(),
                        row.getObject("actor_id", Long.class),
                        ContentModerated.Action.valueOf(row.getString("action")),
                        ContentModerated.TargetType.valueOf(row.getString("target_type")),
                        row.getLong("target_id"),
                        row.getLong("theme_group_id"),
                        row.getString("reason")),
                arguments.toArray());
        Map<Long, String> actors = accountNames.displayNames(
                rows.stream().map(Row::actorId).filter(Objects::nonNull).toList());
        Map<Long, String> groups = consultations.getConsultation(consultationId).themeGroups().stream()
                .collect(Collectors.toMap(ThemeGroupSummary::id, ThemeGroupSummary::name));
        return rows.stream()
                .map(row -> new Entry(
                        row.at(),
                        row.actorId() == null ? "" : actors.getOrDefault(row.actorId(), ""),
                        row.action(),
                        row.targetType(),
                        row.targetId(),
                        groups.getOrDefault(row.themeGroupId(), ""),
                        row.reason()))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long count(long consultationId, ContentModerated.@Nullable Action action) {
        if (!rights.mayCoordinate(consultationId)) {
            throw new NotPermittedException("consultation.error.notCoordinator");
        }
        Long count = action == null
                ? jdbc.queryForObject(
                        "select count(*) from moderation_action where consultation_id = ?", Long.class, consultationId)
                : jdbc.queryForObject(
                        "select count(*) from moderation_action where consultation_id = ? and action = ?",
                        Long.class,
                        consultationId,
                        action.name());
        return count == null ? 0 : count;
    }
}
