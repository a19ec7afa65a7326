package de.kokreation.proposal;

import de.kokreation.consultation.ModerationRights;
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
 * yet and every proposal or comment with open flags, oldest first, paged in the database.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ModerationQueue {

    private final JdbcTemplate jdbc;
    private final ModerationRights rights;

    ModerationQueue(JdbcTemplate jdbc, ModerationRights rights) {
        this.jdbc = jdbc;
        this.rights = rights;
    }

    /** One entry of the queue; {@code flagReasons} are the open flags' reasons. */
    public record QueueItem(ContentModerated.TargetType type, long targetId, long proposalId, long themeGroupId,
            String text, String authorName, Instant createdAt, int openFlags, Set<FlagReason> flagReasons,
            @Nullable String hiddenReason, boolean reviewed) {
    }

    @Transactional(readOnly = true)
    public List<QueueItem> items(int offset, int limit) {
        List<Long> groups = rights.moderatedThemeGroupIds();
        if (groups.isEmpty()) {
            return List.of();
        }
        String in = ids(groups);
        List<QueueItem> items = jdbc.query("select * from (" + union(in) + ") q order by created_at, target_id"
                + " offset ? rows fetch next ? rows only", (row, n) -> new QueueItem(
                        ContentModerated.TargetType.valueOf(row.getString("target_type")), row.getLong("target_id"),
                        row.getLong("proposal_id"), row.getLong("theme_group_id"), row.getString("text"),
                        row.getString("author"), row.getTimestamp("created_at").toInstant(), row.getInt("flags"),
                        Set.of(), row.getString("hidden_reason"), row.getTimestamp("reviewed_at") != null),
                Math.max(0, offset), Math.clamp(limit, 1, 200));
        return withFlagReasons(items);
    }

    @Transactional(readOnly = true)
    public long count() {
        List<Long> groups = rights.moderatedThemeGroupIds();
        if (groups.isEmpty()) {
            return 0;
        }
        Long count = jdbc.queryForObject("select count(*) from (" + union(ids(groups)) + ") q", Long.class);
        return count == null ? 0 : count;
    }

    private static String union(String in) {
        String openFlags = "(select count(*) from content_flag f where f.target_type = '%s' and f.target_id = %s"
                + " and f.resolved_at is null)";
        return "select 'PROPOSAL' as target_type, p.id as target_id, p.id as proposal_id, p.theme_group_id,"
                + " p.title as text, coalesce(a.display_name, '') as author, p.created_at,"
                + " " + openFlags.formatted("PROPOSAL", "p.id") + " as flags, p.hidden_reason, p.reviewed_at"
                + " from proposal p left join user_account a on a.id = p.author_id"
                + " where p.theme_group_id in (" + in + ") and (p.reviewed_at is null or exists (select 1 from"
                + " content_flag f where f.target_type = 'PROPOSAL' and f.target_id = p.id and f.resolved_at is null))"
                + " union all"
                + " select 'COMMENT', c.id, c.proposal_id, p.theme_group_id, c.body, coalesce(a.display_name, ''),"
                + " c.created_at, " + openFlags.formatted("COMMENT", "c.id") + ", c.hidden_reason, null"
                + " from proposal_comment c join proposal p on p.id = c.proposal_id"
                + " left join user_account a on a.id = c.author_id"
                + " where p.theme_group_id in (" + in + ") and c.deleted_at is null and exists (select 1 from"
                + " content_flag f where f.target_type = 'COMMENT' and f.target_id = c.id and f.resolved_at is null)";
    }

    /** The open flags' reasons of one page of items, in one query. */
    private List<QueueItem> withFlagReasons(List<QueueItem> items) {
        List<QueueItem> flagged = items.stream().filter(item -> item.openFlags() > 0).toList();
        if (flagged.isEmpty()) {
            return items;
        }
        Map<String, Set<FlagReason>> reasons = new HashMap<>();
        jdbc.query("select target_type, target_id, reason from content_flag where resolved_at is null and"
                + " target_id in (" + ids(flagged.stream().map(QueueItem::targetId).toList()) + ")", row -> {
                    reasons.computeIfAbsent(row.getString("target_type") + row.getLong("target_id"),
                            key -> new LinkedHashSet<>()).add(FlagReason.valueOf(row.getString("reason")));
                });
        List<QueueItem> result = new ArrayList<>();
        for (QueueItem item : items) {
            Set<FlagReason> found = reasons.getOrDefault(item.type().name() + item.targetId(), Set.of());
            result.add(new QueueItem(item.type(), item.targetId(), item.proposalId(), item.themeGroupId(),
                    item.text(), item.authorName(), item.createdAt(), item.openFlags(), found, item.hiddenReason(),
                    item.reviewed()));
        }
        return result;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
