package de.kokreation.moderation.seed;

import de.kokreation.proposal.ContentModerated;
import de.kokreation.shared.SeedTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Writes entries of the audit log, for moderation that happened before the seeded data was written. */
public final class AuditSeeds implements AutoCloseable {

    private final SeedTable actions;

    public AuditSeeds(Connection connection) {
        this.actions = new SeedTable(
                connection,
                "moderation_action",
                Integer.MAX_VALUE,
                "consultation_id",
                "theme_group_id",
                "actor_id",
                "action",
                "target_type",
                "target_id",
                "reason",
                "created_at");
    }

    public void add(
            long consultationId,
            long themeGroupId,
            long actorId,
            ContentModerated.Action action,
            ContentModerated.TargetType targetType,
            long targetId,
            @Nullable String reason,
            OffsetDateTime at)
            throws SQLException {
        actions.add(consultationId, themeGroupId, actorId, action.name(), targetType.name(), targetId, reason, at);
    }

    @Override
    public void close() throws SQLException {
        actions.close();
    }
}
