package de.kokreation.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The table {@code sso_identity}: which provider identity (issuer, subject) signs in as which account. */
@Component
class SsoIdentities {

    /** A provider identity of an account, as its holder sees it in the data export. */
    record Link(String provider, String issuer, String subject, Instant linkedAt, Instant lastLoginAt) {}

    private final JdbcTemplate jdbc;

    SsoIdentities(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    Optional<Long> accountOf(String issuer, String subject) {
        return jdbc
                .queryForList(
                        "select account_id from sso_identity where issuer = ? and subject = ?",
                        Long.class,
                        issuer,
                        subject)
                .stream()
                .findFirst();
    }

    void link(long accountId, String provider, String issuer, String subject, Instant now) {
        jdbc.update(
                "insert into sso_identity (account_id, provider, issuer, subject, linked_at, last_login_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                accountId,
                provider,
                issuer,
                subject,
                Timestamp.from(now),
                Timestamp.from(now));
    }

    void signedIn(String issuer, String subject, Instant now) {
        jdbc.update(
                "update sso_identity set last_login_at = ? where issuer = ? and subject = ?",
                Timestamp.from(now),
                issuer,
                subject);
    }

    void unlink(String issuer, String subject) {
        jdbc.update("delete from sso_identity where issuer = ? and subject = ?", issuer, subject);
    }

    void unlinkAll(long accountId) {
        jdbc.update("delete from sso_identity where account_id = ?", accountId);
    }

    boolean anyOf(long accountId) {
        return !jdbc.queryForList("select id from sso_identity where account_id = ?", Long.class, accountId)
                .isEmpty();
    }

    List<Link> of(long accountId) {
        return jdbc.query(
                "select provider, issuer, subject, linked_at, last_login_at from sso_identity"
                        + " where account_id = ? order by linked_at",
                (row, index) -> new Link(
                        row.getString("provider"),
                        row.getString("issuer"),
                        row.getString("subject"),
                        row.getTimestamp("linked_at").toInstant(),
                        row.getTimestamp("last_login_at").toInstant()),
                accountId);
    }
}
