package de.kokreation.consultation.seed;

import de.kokreation.consultation.Phase;
import de.kokreation.consultation.Timeline;
import de.kokreation.shared.SeedTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Writes consultations and theme groups with explicit ids (the demo creates its own through the service). */
public final class ConsultationSeeds implements AutoCloseable {

    private final Connection connection;
    private final SeedTable consultations;
    private final SeedTable themeGroups;

    public ConsultationSeeds(Connection connection) {
        this.connection = connection;
        this.consultations = new SeedTable(
                connection,
                "consultation",
                1,
                "id",
                "slug",
                "title",
                "region",
                "description",
                "announcement_start",
                "collection_start",
                "condensing_start",
                "draft_commenting_start",
                "closed_start");
        this.themeGroups = new SeedTable(
                connection,
                "theme_group",
                Integer.MAX_VALUE,
                "id",
                "consultation_id",
                "slug",
                "name",
                "description",
                "position");
    }

    public void addConsultation(
            long id, String slug, String title, String region, String description, Timeline timeline)
            throws SQLException {
        consultations.add(
                id,
                slug,
                title,
                region,
                description,
                timeline.startOf(Phase.ANNOUNCEMENT),
                timeline.startOf(Phase.PROPOSAL_COLLECTION),
                timeline.startOf(Phase.CONDENSING),
                timeline.startOf(Phase.DRAFT_COMMENTING),
                timeline.startOf(Phase.CLOSED));
    }

    /** Adds a theme group; its consultation must have been added before. */
    public void addThemeGroup(long id, long consultationId, String slug, String name, String description, int position)
            throws SQLException {
        themeGroups.add(id, consultationId, slug, name, description, position);
    }

    /** Changes a consultation's region (the benchmark's generator marks a finished run so). */
    public void setRegion(long consultationId, String region) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("update consultation set region = ? where id = ?")) {
            update.setString(1, region);
            update.setLong(2, consultationId);
            update.executeUpdate();
        }
    }

    /** Whether a consultation with exactly this slug, region and description exists. */
    public static boolean exists(Connection connection, String slug, String region, String description)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from consultation where slug = ? and region = ? and description = ?")) {
            query.setString(1, slug);
            query.setString(2, region);
            query.setString(3, description);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1) == 1;
            }
        }
    }

    public static void continueIdentities(Connection connection) throws SQLException {
        SeedTable.continueIdentity(connection, "consultation");
        SeedTable.continueIdentity(connection, "theme_group");
    }

    @Override
    public void close() throws SQLException {
        consultations.close();
        themeGroups.close();
    }
}
