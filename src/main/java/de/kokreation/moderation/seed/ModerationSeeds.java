package de.kokreation.moderation.seed;

import de.kokreation.moderation.ContentModerated;
import de.kokreation.moderation.FlagReason;
import de.kokreation.shared.SeedTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Writes flags and entries of the audit log, for moderation that happened before the seeded data
 * was written. Everything goes in one batch per table, sent on {@link #close()}.
 */
public final class ModerationSeeds implements AutoCloseable {

    /** A flag on a proposal or comment; unique per target and flagger. */
    public record Flag(
            ContentModerated.TargetType targetType,
            long targetId,
            long themeGroupId,
            long flaggerId,
            FlagReason reason,
            @Nullable String note,
            OffsetDateTime createdAt) {}

    private static final String[] FLAG = {
        "target_type", "target_id", "theme_group_id", "flagger_id", "reason", "note", "created_at"
    };

    private final SeedTable actions;
    private final SeedTable flags;
    private final SeedTable flagsWithIds;

    public ModerationSeeds(Connection connection) {
        int never = Integer.MAX_VALUE;
        this.actions = new SeedTable(
                connection,
                "moderation_action",
                never,
                "consultation_id",
                "theme_group_id",
                "actor_id",
                "action",
                "target_type",
                "target_id",
                "reason",
                "created_at");
        this.flags = new SeedTable(connection, "content_flag", never, FLAG);
        this.flagsWithIds = new SeedTable(connection, "content_flag", never, SeedTable.withId(FLAG));
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

    /** Adds a flag whose id the database generates. */
    public void add(Flag flag) throws SQLException {
        flags.add(values(flag));
    }

    public void add(long id, Flag flag) throws SQLException {
        flagsWithIds.add(SeedTable.withId(id, values(flag)));
    }

    /** Lets the application's own rows continue after the seeded ids. */
    public static void continueIdentities(Connection connection) throws SQLException {
        for (String table : new String[] {"content_flag", "moderation_action"}) {
            SeedTable.continueIdentity(connection, table);
        }
    }

    @Override
    public void close() throws SQLException {
        for (SeedTable table : new SeedTable[] {actions, flags, flagsWithIds}) {
            table.close();
        }
    }

    private static @Nullable Object[] values(Flag f) {
        return new Object[] {
            f.targetType().name(),
            f.targetId(),
            f.themeGroupId(),
            f.flaggerId(),
            f.reason().name(),
            f.note(),
            f.createdAt()
        };
    }
}
