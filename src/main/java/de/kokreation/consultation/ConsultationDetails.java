package de.kokreation.consultation;

import java.util.List;

/** A consultation with its theme groups in their order. */
public record ConsultationDetails(ConsultationSummary consultation, List<ThemeGroupSummary> themeGroups) {}
