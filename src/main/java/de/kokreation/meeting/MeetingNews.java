package de.kokreation.meeting;

import java.time.Instant;

/**
 * One person is to hear about a meeting they registered for: published in the transaction that
 * made the news, delivered as a mail in their language after it committed.
 */
public record MeetingNews(
        long recipientId, Kind kind, long meetingId, String title, Instant startsAt, Instant endsAt, String where) {

    public enum Kind {
        /** A seat is theirs. */
        REGISTERED,
        /** The meeting is full; they are on the waiting list. */
        WAITING,
        /** A seat was freed and is theirs now. */
        MOVED_UP,
        /** The time or the place changed. */
        CHANGED,
        /** The meeting will not take place. */
        CANCELLED,
        /** The meeting is tomorrow. */
        REMINDER
    }
}
