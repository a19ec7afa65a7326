package de.kokreation.moderation;

import de.kokreation.account.reads.AccountNames;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.shared.RichText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead's work list: in the theme groups the caller moderates, the proposals nobody has reviewed
 * yet and every proposal or comment with open flags, paged in the database. Flagged entries come
 * first, the most recently flagged at the top; then the unreviewed ones, oldest first.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ModerationQueue {

    private final JdbcTemplate jdbc;
    private final ModeratedContent content;
    private final ModerationRights rights;
    private final AccountNames accountNames;

    ModerationQueue(JdbcTemplate jdbc, ModeratedContent content, ModerationRights rights, AccountNames accountNames) {
        this.jdbc = jdbc;
        this.content = content;
        this.rights = rights;
        this.accountNames = accountNames;
    }

    /**
     * One entry of the queue: {@code text} is a proposal's title or a comment's text,
     * {@code excerpt} the beginning of a proposal's text; {@code flagReasons} and
     * {@code flagNotes} are those of the open flags.
     */
    public record QueueItem(
            ContentModerated.TargetType type,
            long targetId,
            long proposalId,
            long themeGroupId,
            String text,
            String excerpt,
            String authorName,
            Instant createdAt,
            int openFlags,
            Set<FlagReason> flagReasons,
            List<String> flagNotes,
            @Nullable String hiddenReason,
            boolean reviewed) {}

    /**
     * Which entries to show: only flagged ones, only new (unreviewed) ones, and only those of the
     * given theme groups ({@code null}: every group the caller moderates).
     */
    public record Filter(
            boolean flaggedOnly, boolean newOnly, @Nullable Set<Long> themeGroupIds) {

        public static final Filter ALL = new Filter(false, false, null);
    }

    /**
     * The size of a theme group's queue: {@code entries} in all, {@code flagged} of them with open
     * flags, the longest waiting since {@code oldestWaiting}.
     */
    public record QueueFigures(
            long entries, long flagged, @Nullable Instant oldestWaiting) {}

    /** The queue's size and age per theme group, for those of the groups the caller moderates. */
    @Transactional(readOnly = true)
    public Map<Long, QueueFigures> figures(java.util.Collection<Long> themeGroupIds) {
        List<Long> groups = groups(new Filter(false, false, Set.copyOf(themeGroupIds)));
        return groups.isEmpty() ? Map.of() : content.queueFigures(groups);
    }

    /** How long a proposal's excerpt in the queue is, in characters. */
    public static final int EXCERPT_LENGTH = 240;

    @Transactional(readOnly = true)
    public List<QueueItem> items(int offset, int limit) {
        return items(Filter.ALL, offset, limit);
    }

    @Transactional(readOnly = true)
    public List<QueueItem> items(Filter filter, int offset, int limit) {
        List<Long> groups = groups(filter);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<ModeratedContent.QueueRow> rows =
                content.queue(groups, filter, Math.max(0, offset), Math.clamp(limit, 1, 200));
        Map<Long, String> names = accountNames.displayNames(
                rows.stream().map(ModeratedContent.QueueRow::authorId).toList());
        List<QueueItem> items = rows.stream()
                .map(row -> new QueueItem(
                        row.type(),
                        row.targetId(),
                        row.proposalId(),
                        row.themeGroupId(),
                        row.text(),
                        RichText.plainExcerpt(row.body(), EXCERPT_LENGTH),
                        names.getOrDefault(row.authorId(), ""),
                        row.createdAt(),
                        row.openFlags(),
                        Set.of(),
                        List.of(),
                        row.hiddenReason(),
                        row.reviewed()))
                .toList();
        return withFlagReasons(items);
    }

    @Transactional(readOnly = true)
    public long count() {
        return count(Filter.ALL);
    }

    @Transactional(readOnly = true)
    public long count(Filter filter) {
        List<Long> groups = groups(filter);
        if (groups.isEmpty()) {
            return 0;
        }
        return content.queueSize(groups, filter);
    }

    /** The theme groups to list: those asked for that the caller moderates. */
    private List<Long> groups(Filter filter) {
        List<Long> moderated = rights.moderatedThemeGroupIds();
        Set<Long> wanted = filter.themeGroupIds();
        return wanted == null
                ? moderated
                : moderated.stream().filter(wanted::contains).toList();
    }

    /** The open flags' reasons and notes of one page of items, in one query. */
    private List<QueueItem> withFlagReasons(List<QueueItem> items) {
        List<QueueItem> flagged =
                items.stream().filter(item -> item.openFlags() > 0).toList();
        if (flagged.isEmpty()) {
            return items;
        }
        Map<String, Set<FlagReason>> reasons = new HashMap<>();
        Map<String, List<String>> notes = new HashMap<>();
        jdbc.query(
                "select target_type, target_id, reason, note from content_flag where resolved_at is null and"
                        + " target_id in ("
                        + ids(flagged.stream().map(QueueItem::targetId).toList()) + ")"
                        + " order by created_at",
                row -> {
                    String key = row.getString("target_type") + row.getLong("target_id");
                    reasons.computeIfAbsent(key, k -> new LinkedHashSet<>())
                            .add(FlagReason.valueOf(row.getString("reason")));
                    String note = row.getString("note");
                    if (note != null && !note.isBlank()) {
                        notes.computeIfAbsent(key, k -> new ArrayList<>()).add(note);
                    }
                });
        List<QueueItem> result = new ArrayList<>();
        for (QueueItem item : items) {
            String key = item.type().name() + item.targetId();
            result.add(new QueueItem(
                    item.type(),
                    item.targetId(),
                    item.proposalId(),
                    item.themeGroupId(),
                    item.text(),
                    item.excerpt(),
                    item.authorName(),
                    item.createdAt(),
                    item.openFlags(),
                    reasons.getOrDefault(key, Set.of()),
                    notes.getOrDefault(key, List.of()),
                    item.hiddenReason(),
                    item.reviewed()));
        }
        return result;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
