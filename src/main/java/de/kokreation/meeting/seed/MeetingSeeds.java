package de.kokreation.meeting.seed;

import de.kokreation.shared.RichText;
import de.kokreation.shared.SeedTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Writes meetings and what belongs to them: registrations, the room's dots, minutes. */
public final class MeetingSeeds implements AutoCloseable {

    /** A meeting as its organisers planned it; {@code consultationId} is null for the forum. */
    public record Meeting(
            @Nullable Long consultationId,
            String kind,
            String title,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            @Nullable String place,
            @Nullable String accessibility,
            @Nullable String onlineLink,
            String agenda,
            @Nullable Integer capacity,
            @Nullable Integer attendance,
            long createdBy,
            Collection<Long> themeGroupIds) {}

    private final SeedTable meetings;
    private final SeedTable themeGroups;
    private final SeedTable registrations;
    private final SeedTable dots;
    private final SeedTable minutes;

    public MeetingSeeds(Connection connection) {
        this.meetings = new SeedTable(
                connection,
                "meeting",
                1,
                "consultation_id",
                "kind",
                "title",
                "starts_at",
                "ends_at",
                "place",
                "accessibility",
                "online_link",
                "agenda_source",
                "agenda_html",
                "capacity",
                "attendance",
                "created_by",
                "created_at",
                "updated_at");
        this.themeGroups = new SeedTable(connection, "meeting_theme_group", 200, "meeting_id", "theme_group_id");
        this.registrations = new SeedTable(
                connection,
                "meeting_registration",
                200,
                "meeting_id",
                "account_id",
                "status",
                "needs",
                "registered_at",
                "confirmed_at");
        this.dots = new SeedTable(
                connection, "meeting_dot_vote", 200, "meeting_id", "proposal_id", "dots", "recorded_by", "recorded_at");
        this.minutes = new SeedTable(
                connection,
                "meeting_minutes",
                50,
                "meeting_id",
                "version",
                "minutes_source",
                "minutes_html",
                "decisions_source",
                "decisions_html",
                "attendance",
                "organisations",
                "written_by",
                "written_at");
    }

    public long insert(Meeting meeting) throws SQLException {
        long id = meetings.insert(
                meeting.consultationId(),
                meeting.kind(),
                meeting.title(),
                meeting.startsAt(),
                meeting.endsAt(),
                meeting.place(),
                meeting.accessibility(),
                meeting.onlineLink(),
                meeting.agenda(),
                RichText.render(meeting.agenda()),
                meeting.capacity(),
                meeting.attendance(),
                meeting.createdBy(),
                meeting.startsAt().minusDays(30),
                meeting.startsAt().minusDays(30));
        for (long groupId : meeting.themeGroupIds()) {
            themeGroups.add(id, groupId);
        }
        return id;
    }

    /** A seat ({@code confirmed}) or a place on the waiting list. */
    public void register(long meetingId, long accountId, boolean confirmed, @Nullable String needs, OffsetDateTime at)
            throws SQLException {
        registrations.add(meetingId, accountId, confirmed ? "CONFIRMED" : "WAITING", needs, at, confirmed ? at : null);
    }

    public void dots(long meetingId, long proposalId, int count, long recordedBy, OffsetDateTime at)
            throws SQLException {
        dots.add(meetingId, proposalId, count, recordedBy, at);
    }

    public void minutes(
            long meetingId,
            int version,
            String text,
            String decisions,
            @Nullable Integer attendance,
            String organisations,
            long writtenBy,
            OffsetDateTime at)
            throws SQLException {
        minutes.add(
                meetingId,
                version,
                text,
                RichText.render(text),
                decisions,
                RichText.render(decisions),
                attendance,
                organisations,
                writtenBy,
                at);
    }

    public void flush() throws SQLException {
        for (SeedTable table : new SeedTable[] {themeGroups, registrations, dots, minutes}) {
            table.flush();
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        for (SeedTable table : new SeedTable[] {meetings, themeGroups, registrations, dots, minutes}) {
            table.close();
        }
    }
}
