package de.kokreation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default must keep taking writes after the pool retired the connection that ran the
 * migrations. H2 2.4.240 bound every {@code CHECK (x IN (...))} to the session that created it:
 * once that connection closed (HikariCP retires connections after 30 minutes), every vote, flag,
 * response and draft save failed with "Check constraint invalid" until the next restart.
 *
 * <p>Like the app, the test uses an H2 file database and keeps one other connection open the
 * whole time (a pool never closes all of them at once, so the database stays open).
 */
class EmbeddedDatabaseConnectionsTest {

    @TempDir
    Path directory;

    @Test
    void writesPassTheirChecksAfterTheMigratingConnectionClosed() throws SQLException {
        String url = "jdbc:h2:file:" + directory.resolve("kokreation").toAbsolutePath();
        try (Connection keepsDatabaseOpen = DriverManager.getConnection(url, "sa", "")) {
            // Flyway opens its own connection and closes it when it is done
            Flyway.configure().dataSource(url, "sa", "").load().migrate();

            try (Connection later = DriverManager.getConnection(url, "sa", "");
                    Statement sql = later.createStatement()) {
                sql.execute("insert into user_account (id, display_name, email, password_hash, language, created_at)"
                        + " values (1, 'Ada', 'ada@example.org', 'x', 'de', current_timestamp)");
                sql.execute("insert into consultation (id, slug, title, region, description, announcement_start,"
                        + " collection_start, condensing_start, draft_commenting_start, closed_start)"
                        + " values (1, 'k', 'K', 'R', '', date '2026-01-01', date '2026-02-01', date '2026-03-01',"
                        + " date '2026-04-01', date '2026-05-01')");
                sql.execute("insert into theme_group (id, consultation_id, slug, name, description, position)"
                        + " values (1, 1, 'daten', 'Daten', '', 1)");
                sql.execute("insert into proposal (id, theme_group_id, author_id, title, body_source, body_html,"
                        + " created_at, updated_at) values (1, 1, 1, 'T', 'B', '<p>B</p>', current_timestamp,"
                        + " current_timestamp)");

                // vote, flag, reasoned response, draft and draft vote: each table with an IN check
                sql.execute("insert into proposal_vote (proposal_id, voter_id, direction, cast_at)"
                        + " values (1, 1, 'FOR', current_timestamp)");
                sql.execute("update proposal_vote set direction = 'AGAINST'");
                sql.execute("insert into content_flag (target_type, target_id, theme_group_id, flagger_id, reason,"
                        + " created_at) values ('PROPOSAL', 1, 1, 1, 'SPAM', current_timestamp)");
                sql.execute("insert into proposal_response (proposal_id, outcome, responded_at)"
                        + " values (1, 'ADOPTED', current_timestamp)");
                sql.execute("insert into draft_commitment (id, theme_group_id, status, current_version, title,"
                        + " created_at, updated_at) values (1, 1, 'IN_PREPARATION', 1, 'D', current_timestamp,"
                        + " current_timestamp)");
                sql.execute("update draft_commitment set status = 'PUBLISHED'");
                sql.execute("insert into draft_vote (draft_id, voter_id, direction, cast_at)"
                        + " values (1, 1, 'AGAINST', current_timestamp)");

                // and the checks still refuse what they must
                assertThatThrownBy(() -> sql.execute("update proposal_vote set direction = 'MAYBE'"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("CK_VOTE_DIRECTION");
                assertThatThrownBy(() -> sql.execute("update draft_commitment set status = 'LOST'"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("CK_DRAFT_STATUS")
                        .hasMessageNotContaining("closed");
            }
        }
        assertThat(Files.exists(directory.resolve("kokreation.mv.db"))).isTrue();
    }
}
