package de.kokreation.proposal;

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
    private final ModerationRights rights;
    private final AccountNames accountNames;

    ModerationQueue(JdbcTemplate jdbc, ModerationRights rights, AccountNames accountNames) {
        this.jdbc = jdbc;
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
        List<Long> authorIds = new ArrayList<>();
        List<QueueItem> items = jdbc.query(
                "select * from (" + union(ids(groups)) + ") q" + where(filter)
                        + " order by case when flags > 0 then 0 else 1 end, last_flagged_at desc, created_at, target_id"
                        + " offset ? rows fetch next ? rows only",
                (row, n) -> {
                    authorIds.add(row.getLong("author_id"));
                    return new QueueItem(
                            ContentModerated.TargetType.valueOf(row.getString("target_type")),
                            row.getLong("target_id"),
                            row.getLong("proposal_id"),
                            row.getLong("theme_group_id"),
                            row.getString("text"),
                            excerpt(row.getString("excerpt")),
                            "",
                            row.getTimestamp("created_at").toInstant(),
                            row.getInt("flags"),
                            Set.of(),
                            List.of(),
                            row.getString("hidden_reason"),
                            row.getTimestamp("reviewed_at") != null);
                },
                Math.max(0, offset),
                Math.clamp(limit, 1, 200));
        return withFlagReasons(withAuthorNames(items, authorIds));
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
        Long count =
                jdbc.queryForObject("select count(*) from (" + union(ids(groups)) + ") q" + where(filter), Long.class);
        return count == null ? 0 : count;
    }

    /** The theme groups to list: those asked for that the caller moderates. */
    private List<Long> groups(Filter filter) {
        List<Long> moderated = rights.moderatedThemeGroupIds();
        Set<Long> wanted = filter.themeGroupIds();
        return wanted == null
                ? moderated
                : moderated.stream().filter(wanted::contains).toList();
    }

    private static String where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.flaggedOnly()) {
            conditions.add("flags > 0");
        }
        if (filter.newOnly()) {
            conditions.add("target_type = 'PROPOSAL' and reviewed_at is null");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String excerpt(@Nullable String source) {
        return RichText.plainExcerpt(source, EXCERPT_LENGTH);
    }

    private static String union(String in) {
        String openFlags = "(select count(*) from content_flag f where f.target_type = '%s' and f.target_id = %s"
                + " and f.resolved_at is null)";
        String lastFlagged = "(select max(f.created_at) from content_flag f where f.target_type = '%s'"
                + " and f.target_id = %s and f.resolved_at is null)";
        return "select 'PROPOSAL' as target_type, p.id as target_id, p.id as proposal_id, p.theme_group_id,"
                + " p.title as text, substring(p.body_source, 1, " + (EXCERPT_LENGTH + 60) + ") as excerpt,"
                + " p.author_id, p.created_at,"
                + " " + openFlags.formatted("PROPOSAL", "p.id") + " as flags,"
                + " " + lastFlagged.formatted("PROPOSAL", "p.id")
                + " as last_flagged_at, p.hidden_reason, p.reviewed_at"
                + " from proposal p"
                + " where p.theme_group_id in (" + in + ") and (p.reviewed_at is null or exists (select 1 from"
                + " content_flag f where f.target_type = 'PROPOSAL' and f.target_id = p.id and f.resolved_at is null))"
                + " union all"
                + " select 'COMMENT', c.id, c.proposal_id, p.theme_group_id, c.body, null,"
                + " c.author_id, c.created_at, " + openFlags.formatted("COMMENT", "c.id") + ","
                + " " + lastFlagged.formatted("COMMENT", "c.id") + ", c.hidden_reason, null"
                + " from proposal_comment c join proposal p on p.id = c.proposal_id"
                + " where p.theme_group_id in (" + in + ") and c.deleted_at is null and exists (select 1 from"
                + " content_flag f where f.target_type = 'COMMENT' and f.target_id = c.id and f.resolved_at is null)";
    }

    /** The authors' names of one page of items ({@code authorIds} in the same order), in one query. */
    private List<QueueItem> withAuthorNames(List<QueueItem> items, List<Long> authorIds) {
        Map<Long, String> names = accountNames.displayNames(authorIds);
        List<QueueItem> named = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            QueueItem item = items.get(i);
            named.add(new QueueItem(
                    item.type(),
                    item.targetId(),
                    item.proposalId(),
                    item.themeGroupId(),
                    item.text(),
                    item.excerpt(),
                    names.getOrDefault(authorIds.get(i), ""),
                    item.createdAt(),
                    item.openFlags(),
                    item.flagReasons(),
                    item.flagNotes(),
                    item.hiddenReason(),
                    item.reviewed()));
        }
        return named;
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
