package de.kokreation.meeting;

/** What kind of event a meeting is; the forum's meetings count for OGP's six-month minimum. */
public enum MeetingKind {
    WORKSHOP,
    FORUM_MEETING,
    ONLINE_SESSION;

    public String messageKey() {
        return "meeting.kind." + name();
    }
}
