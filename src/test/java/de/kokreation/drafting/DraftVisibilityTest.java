package de.kokreation.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.drafting.reads.DraftVisibility;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ties the two spellings of "public draft" together: {@code DraftCommitment.isPublic} in Java and
 * {@link DraftVisibility#publicDraft} in SQL, for every status, published before or not.
 */
class DraftVisibilityTest {

    @ParameterizedTest
    @EnumSource(DraftStatus.class)
    void theSqlRuleAgreesWithTheEntityForEveryStatus(DraftStatus status) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:draft-visibility");
                Statement schema = connection.createStatement()) {
            schema.execute("create table draft_commitment (status varchar(20), published_at timestamp with time zone)");
            for (boolean wasPublished : new boolean[] {false, true}) {
                schema.execute("delete from draft_commitment");
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into draft_commitment (status, published_at) values (?, ?)")) {
                    insert.setString(1, status.name());
                    insert.setTimestamp(2, wasPublished ? Timestamp.from(Instant.now()) : null);
                    insert.executeUpdate();
                }
                try (ResultSet row = schema.executeQuery(
                        "select count(*) from draft_commitment d where " + DraftVisibility.publicDraft("d"))) {
                    row.next();
                    assertThat(row.getInt(1) == 1)
                            .as("%s, published before: %s", status, wasPublished)
                            .isEqualTo(DraftCommitment.isPublic(status, wasPublished));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DraftStatus.class)
    void notWithdrawnMeansEveryOtherStatus(DraftStatus status) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:draft-withdrawn");
                Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("select count(*) from (select '" + status.name()
                        + "' as status) d where " + DraftVisibility.notWithdrawn("d"))) {
            row.next();
            assertThat(row.getInt(1) == 1).isEqualTo(status != DraftStatus.WITHDRAWN);
        }
    }
}
