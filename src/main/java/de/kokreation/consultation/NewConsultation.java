package de.kokreation.consultation;

import java.util.List;
import java.util.Set;

/** What it takes to set up a consultation. */
public record NewConsultation(
        String slug,
        String title,
        String region,
        String description,
        Timeline timeline,
        List<NewThemeGroup> themeGroups) {

    /** A theme group to create with the consultation. */
    public record NewThemeGroup(String slug, String name, String description, Set<Long> leadAccountIds) {}
}
