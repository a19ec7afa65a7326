package de.kokreation.meeting;

import de.kokreation.account.reads.AccountNames;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.RichText;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a meeting: written by its organisers once it has begun, published on its page,
 * every version kept and readable. The attendance of the latest version is the meeting's, shown
 * with the proposals written there.
 */
@Service
public class MeetingMinutes {

    public static final int MINUTES_MAX = 50_000;
    public static final int DECISIONS_MAX = 10_000;
    public static final int ORGANISATIONS_MAX = 2_000;
    public static final int ATTENDANCE_MAX = 100_000;

    private final MeetingAccess access;
    private final AccountNames accountNames;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MeetingMinutes(MeetingAccess access, AccountNames accountNames, JdbcTemplate jdbc, Clock clock) {
        this.access = access;
        this.accountNames = accountNames;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes a new version of the minutes; answers its number. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int write(long meetingId, MinutesDraft draft) {
        return write(meetingId, draft, null);
    }

    /**
     * Writes a new version based on {@code basedOn} (the version the writer started from, null for
     * none): refused when another organiser saved one meanwhile, so nobody's edits are lost
     * unseen; the writer's text stays in the form.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int write(long meetingId, MinutesDraft draft, @Nullable Integer basedOn) {
        Meeting meeting = access.organisedForUpdate(meetingId);
        Integer current = jdbc.queryForObject(
                "select max(version) from meeting_minutes where meeting_id = ?", Integer.class, meetingId);
        if (basedOn != null && !basedOn.equals(current == null ? 0 : current)) {
            throw new DomainException("minutes.error.conflict");
        }
        if (!meeting.hasBegun(clock.instant())) {
            throw new DomainException("minutes.error.notBegun");
        }
        String minutes = draft.minutes().strip();
        String decisions = draft.decisions().strip();
        String organisations = draft.organisations().strip();
        if (minutes.isEmpty()) {
            throw new DomainException("minutes.error.empty");
        }
        if (minutes.length() > MINUTES_MAX) {
            throw new DomainException("minutes.error.minutesTooLong", MINUTES_MAX);
        }
        if (decisions.length() > DECISIONS_MAX) {
            throw new DomainException("minutes.error.decisionsTooLong", DECISIONS_MAX);
        }
        if (organisations.length() > ORGANISATIONS_MAX) {
            throw new DomainException("minutes.error.organisationsTooLong", ORGANISATIONS_MAX);
        }
        Integer attendance = draft.attendance();
        if (attendance != null && (attendance < 0 || attendance > ATTENDANCE_MAX)) {
            throw new DomainException("minutes.error.attendance", 0, ATTENDANCE_MAX);
        }
        if (!RichText.isRenderable(minutes) || !RichText.isRenderable(decisions)) {
            throw new DomainException("minutes.error.nesting");
        }
        String minutesHtml = RichText.render(minutes);
        String decisionsHtml = RichText.render(decisions);
        if (minutesHtml.length() > 3 * MINUTES_MAX || decisionsHtml.length() > 3 * DECISIONS_MAX) {
            throw new DomainException("minutes.error.minutesTooLong", MINUTES_MAX);
        }
        Integer latest = jdbc.queryForObject(
                "select max(version) from meeting_minutes where meeting_id = ?", Integer.class, meetingId);
        int version = latest == null ? 1 : latest + 1;
        // The meeting's row is locked (organisedForUpdate): two organisers saving at once get 2 and 3.
        jdbc.update(
                "insert into meeting_minutes (meeting_id, version, minutes_source, minutes_html, decisions_source,"
                        + " decisions_html, attendance, organisations, written_by, written_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                meetingId,
                version,
                minutes,
                minutesHtml,
                decisions,
                decisionsHtml,
                attendance,
                organisations,
                access.myAccountId(),
                java.sql.Timestamp.from(clock.instant()));
        meeting.recordAttendance(attendance);
        return version;
    }

    /** The latest version, for everyone: one row read, however many versions there are. */
    @Transactional(readOnly = true)
    public Optional<MinutesVersion> latest(long meetingId) {
        return versions(meetingId, 1).stream().findFirst();
    }

    /** Every version, the latest first, for everyone. */
    @Transactional(readOnly = true)
    public List<MinutesVersion> versions(long meetingId) {
        return versions(meetingId, Integer.MAX_VALUE);
    }

    private List<MinutesVersion> versions(long meetingId, int limit) {
        access.find(meetingId);
        List<Object[]> rows = jdbc.query(
                "select version, minutes_html, minutes_source, decisions_html, decisions_source, attendance,"
                        + " organisations, written_by, written_at from meeting_minutes where meeting_id = ?"
                        + " order by version desc fetch first " + limit + " rows only",
                (row, number) -> new Object[] {
                    row.getInt(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    (Integer) row.getObject(6, Integer.class),
                    row.getString(7),
                    row.getObject(8, Long.class),
                    row.getTimestamp(9).toInstant()
                },
                meetingId);
        var names = accountNames.displayNames(rows.stream()
                .map(row -> (Long) row[7])
                .filter(java.util.Objects::nonNull)
                .toList());
        return rows.stream()
                .map(row -> new MinutesVersion(
                        (Integer) row[0],
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        (Integer) row[5],
                        lines((String) row[6]),
                        row[7] == null ? "" : names.getOrDefault((Long) row[7], ""),
                        (java.time.Instant) row[8]))
                .toList();
    }

    private static List<String> lines(@Nullable String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }
}
