package de.kokreation.moderation;

import de.kokreation.account.CurrentUser;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.shared.DomainException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants flag a proposal or comment once each, with a reason; moderators of its theme group
 * dismiss the flags when they have dealt with them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class FlagService {

    /** A flag the person sent: on a proposal or a comment, with reason and note, and whether it was dealt with. */
    public record FlagRecord(
            String targetType,
            long targetId,
            FlagReason reason,
            @Nullable String note,
            Instant createdAt,
            @Nullable Instant resolvedAt) {}

    private final JdbcTemplate jdbc;
    private final ModeratedContent content;
    private final ModerationRights rights;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ConsultationService consultations;
    private final Clock clock;

    FlagService(
            JdbcTemplate jdbc,
            ModeratedContent content,
            ModerationRights rights,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            ConsultationService consultations,
            Clock clock) {
        this.jdbc = jdbc;
        this.content = content;
        this.rights = rights;
        this.currentUser = currentUser;
        this.events = events;
        this.consultations = consultations;
        this.clock = clock;
    }

    @Transactional
    public void flag(ContentModerated.TargetType type, long targetId, FlagReason reason, String note) {
        if (type != ContentModerated.TargetType.PROPOSAL && type != ContentModerated.TargetType.COMMENT) {
            throw new IllegalArgumentException("only proposals and comments are flagged");
        }
        String trimmed = note.strip();
        if (reason == FlagReason.OTHER && trimmed.isEmpty()) {
            throw new DomainException("flag.error.noteRequired");
        }
        if (trimmed.length() > ModerationLimits.REASON_MAX) {
            throw new DomainException("moderation.error.reasonTooLong", ModerationLimits.REASON_MAX);
        }
        long themeGroupId = content.themeGroupOf(type, targetId);
        if (content.isHidden(type, targetId)) {
            throw new DomainException("flag.error.hidden");
        }
        long me = currentUser.require().accountId();
        try {
            jdbc.update(
                    "insert into content_flag (target_type, target_id, theme_group_id, flagger_id, reason, note,"
                            + " created_at) values (?, ?, ?, ?, ?, ?, ?)",
                    type.name(),
                    targetId,
                    themeGroupId,
                    me,
                    reason.name(),
                    trimmed.isEmpty() ? null : trimmed,
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException alreadyFlagged) {
            throw new DomainException("flag.error.already");
        }
    }

    @Transactional(readOnly = true)
    public boolean hasFlagged(ContentModerated.TargetType type, long targetId) {
        return currentUser
                .accountId()
                .map(me -> jdbc.queryForObject(
                                "select count(*) from content_flag where"
                                        + " target_type = ? and target_id = ? and flagger_id = ?",
                                Long.class,
                                type.name(),
                                targetId,
                                me)
                        > 0)
                .orElse(false);
    }

    /** Resolves the open flags of an item; for a proposal it also counts as reviewed. */
    @Transactional
    public void dismissFlags(ContentModerated.TargetType type, long targetId) {
        long themeGroupId = content.themeGroupOf(type, targetId);
        rights.requireModerator(themeGroupId);
        Instant now = clock.instant();
        jdbc.update(
                "update content_flag set resolved_at = ? where target_type = ? and target_id = ?"
                        + " and resolved_at is null",
                Timestamp.from(now),
                type.name(),
                targetId);
        if (type == ContentModerated.TargetType.PROPOSAL) {
            content.markReviewed(targetId, now);
        }
        events.publishEvent(new ContentModerated(
                ContentModerated.Action.DISMISS_FLAGS,
                type,
                targetId,
                themeGroupId,
                consultations.getThemeGroup(themeGroupId).consultationId(),
                currentUser.require().accountId(),
                null));
    }

    /** The flags the caller sent, oldest first, for the personal data download. */
    @Transactional(readOnly = true)
    public List<FlagRecord> mySentFlags() {
        return jdbc.query(
                "select target_type, target_id, reason, note, created_at, resolved_at"
                        + " from content_flag where flagger_id = ? order by created_at",
                (row, n) -> new FlagRecord(
                        row.getString("target_type").toLowerCase(Locale.ROOT),
                        row.getLong("target_id"),
                        FlagReason.valueOf(row.getString("reason")),
                        row.getString("note"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("resolved_at") == null
                                ? null
                                : row.getTimestamp("resolved_at").toInstant()),
                currentUser.require().accountId());
    }
}
