package de.kokreation.export;

import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.NotPermittedException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may export what: coordinators of the consultation and admins everything, leads the theme
 * groups they lead, nobody else anything.
 */
@Component
class ExportAccess {

    private final ModerationRights rights;

    ExportAccess(ModerationRights rights) {
        this.rights = rights;
    }

    /** The caller's theme groups of the consultation, in their order; refuses callers with none. */
    List<ThemeGroupSummary> exportableGroups(ConsultationDetails consultation) {
        List<ThemeGroupSummary> groups = consultation.themeGroups();
        if (!rights.mayCoordinate(consultation.consultation().id())) {
            Set<Long> led = new HashSet<>(rights.moderatedThemeGroupIds());
            groups = groups.stream().filter(group -> led.contains(group.id())).toList();
        }
        if (groups.isEmpty()) {
            throw new NotPermittedException("export.error.notPermitted");
        }
        return groups;
    }

    boolean coversWholeConsultation(ConsultationDetails consultation, List<ThemeGroupSummary> groups) {
        return groups.size() == consultation.themeGroups().size();
    }
}
