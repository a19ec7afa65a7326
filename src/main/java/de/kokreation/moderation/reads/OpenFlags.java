package de.kokreation.moderation.reads;

import de.kokreation.moderation.ContentModerated;

/**
 * The open flags of an item as SQL expressions, for the queue's query: a flag is open until a
 * moderator dismisses it. The flags are the moderation's; these expressions are the only place
 * outside it that reads them.
 */
public final class OpenFlags {

    private OpenFlags() {}

    /** The number of open flags on the item of this type whose id is {@code idColumn}. */
    public static String count(ContentModerated.TargetType type, String idColumn) {
        return "(select count(*) from content_flag f where " + ofItem(type, idColumn) + ")";
    }

    /** When the item was last flagged among its open flags; null without one. */
    public static String lastFlaggedAt(ContentModerated.TargetType type, String idColumn) {
        return "(select max(f.created_at) from content_flag f where " + ofItem(type, idColumn) + ")";
    }

    /** The item has at least one open flag. */
    public static String exist(ContentModerated.TargetType type, String idColumn) {
        return "exists (select 1 from content_flag f where " + ofItem(type, idColumn) + ")";
    }

    private static String ofItem(ContentModerated.TargetType type, String idColumn) {
        return "f.target_type = '" + type.name() + "' and f.target_id = " + idColumn + " and f.resolved_at is null";
    }
}
