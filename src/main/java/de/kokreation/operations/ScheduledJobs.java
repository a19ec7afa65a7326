package de.kokreation.operations;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The scheduled jobs as their cluster locks show them: when each last ran, where, and whether it runs. */
@Component
class ScheduledJobs {

    /** A job's lock: taken at {@code lastStart} by {@code node}, held until {@code lockedUntil}. */
    record Job(String name, Instant lastStart, Instant lockedUntil, String node) {}

    private final JdbcTemplate jdbc;

    ScheduledJobs(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    List<Job> all() {
        // ShedLock keeps the database's time in UTC, without a zone.
        return jdbc.query(
                "select name, locked_at, lock_until, locked_by from shedlock order by name",
                (row, index) -> new Job(
                        row.getString(1),
                        utc(row.getObject(2, LocalDateTime.class)),
                        utc(row.getObject(3, LocalDateTime.class)),
                        row.getString(4)));
    }

    private static Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }
}
