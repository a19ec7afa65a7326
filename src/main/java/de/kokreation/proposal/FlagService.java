package de.kokreation.proposal;

import de.kokreation.account.CurrentUser;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.shared.DomainException;
import java.sql.Timestamp;
import java.time.Clock;
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

    private final JdbcTemplate jdbc;
    private final ContentModeration moderation;
    private final ModerationRights rights;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ConsultationService consultations;
    private final Clock clock;

    FlagService(
            JdbcTemplate jdbc,
            ContentModeration moderation,
            ModerationRights rights,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            ConsultationService consultations,
            Clock clock) {
        this.jdbc = jdbc;
        this.moderation = moderation;
        this.rights = rights;
        this.currentUser = currentUser;
        this.events = events;
        this.consultations = consultations;
        this.clock = clock;
    }

    @Transactional
    public void flag(ContentModerated.TargetType type, long targetId, FlagReason reason, String note) {
        if (type == ContentModerated.TargetType.ACCOUNT) {
            throw new IllegalArgumentException("accounts are not flagged");
        }
        String trimmed = note.strip();
        if (reason == FlagReason.OTHER && trimmed.isEmpty()) {
            throw new DomainException("flag.error.noteRequired");
        }
        if (trimmed.length() > ModerationLimits.REASON_MAX) {
            throw new DomainException("moderation.error.reasonTooLong", ModerationLimits.REASON_MAX);
        }
        long themeGroupId = moderation.themeGroupOf(type, targetId);
        if (moderation.isHidden(type, targetId)) {
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
        long themeGroupId = moderation.themeGroupOf(type, targetId);
        rights.requireModerator(themeGroupId);
        jdbc.update(
                "update content_flag set resolved_at = ? where target_type = ? and target_id = ?"
                        + " and resolved_at is null",
                Timestamp.from(clock.instant()),
                type.name(),
                targetId);
        if (type == ContentModerated.TargetType.PROPOSAL) {
            jdbc.update("update proposal set reviewed_at = ? where id = ?", Timestamp.from(clock.instant()), targetId);
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
}
