package de.kokreation.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What Spring Modulith's event publication registry (its table {@code event_publication}) still
 * has to deliver: mostly mails that wait for the SMTP server. Read here only; the registry writes
 * it. Counted for Prometheus as {@code kokreation.publications.incomplete}.
 */
@Component
class WaitingPublications {

    private static final Logger LOG = LoggerFactory.getLogger(WaitingPublications.class);

    /** One publication not yet delivered. */
    record Waiting(
            String eventType,
            String listener,
            Instant published,
            int attempts,
            @Nullable String status) {}

    private final JdbcTemplate jdbc;

    WaitingPublications(DataSource dataSource, MeterRegistry meters) {
        this.jdbc = new JdbcTemplate(dataSource);
        Gauge.builder("kokreation.publications.incomplete", this, WaitingPublications::countOrNaN)
                .description("Event publications not delivered yet (mostly mails waiting for the SMTP server)")
                .register(meters);
    }

    long count() {
        Long count =
                jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
        return count == null ? 0 : count;
    }

    /** The oldest {@code limit} waiting, oldest first. */
    List<Waiting> oldest(int limit) {
        return jdbc.query(
                "select event_type, listener_id, publication_date, completion_attempts, status"
                        + " from event_publication where completion_date is null"
                        + " order by publication_date fetch first " + limit + " rows only",
                (row, index) -> new Waiting(
                        simpleName(row.getString(1)),
                        listenerName(row.getString(2)),
                        row.getTimestamp(3).toInstant(),
                        row.getInt(4),
                        row.getString(5)));
    }

    private double countOrNaN() {
        try {
            return count();
        } catch (DataAccessException unavailable) {
            LOG.debug("The waiting publications could not be counted", unavailable);
            return Double.NaN;
        }
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** "de.kokreation.notification.AccountMails.on(de.kokreation.account.AccountEvents$...)" → "AccountMails.on". */
    private static String listenerName(String listener) {
        String method = listener.contains("(") ? listener.substring(0, listener.indexOf('(')) : listener;
        int classStart = method.lastIndexOf('.', method.lastIndexOf('.') - 1);
        return method.substring(classStart + 1);
    }
}
