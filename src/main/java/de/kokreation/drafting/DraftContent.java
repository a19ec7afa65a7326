package de.kokreation.drafting;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.MessageKey;
import de.kokreation.shared.RichText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a draft commitment says, field by field as in the OGP commitment template. The four
 * description answers and the additional information are Markdown.
 */
public record DraftContent(
        String title,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        String leadAgency,
        String problem,
        String commitment,
        String contribution,
        String ogpRelevance,
        String additionalInfo,
        String contactName,
        String contactRole,
        String contactEmail,
        String actorsState,
        String actorsCivilSociety,
        String actorsPrivate,
        List<Milestone> milestones) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public DraftContent {
        milestones = List.copyOf(milestones);
    }

    /** An empty draft with just a title, as a lead starts one. */
    public static DraftContent titled(String title) {
        return new DraftContent(title, null, null, "", "", "", "", "", "", "", "", "", "", "", "", List.of());
    }

    /** The content trimmed and checked against the limits; a refusal names the field. */
    DraftContent validated() {
        String cleanTitle = title.strip();
        if (cleanTitle.length() < DraftLimits.TITLE_MIN || cleanTitle.length() > DraftLimits.TITLE_MAX) {
            throw new DomainException("draft.error.titleSize", DraftLimits.TITLE_MIN, DraftLimits.TITLE_MAX);
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new DomainException("draft.error.dates");
        }
        String email = contactEmail.strip();
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            throw new DomainException("draft.error.email");
        }
        if (milestones.size() > DraftLimits.MILESTONES_MAX) {
            throw new DomainException("draft.error.tooManyMilestones", DraftLimits.MILESTONES_MAX);
        }
        for (String markdown : List.of(problem, commitment, contribution, ogpRelevance, additionalInfo)) {
            if (!RichText.isRenderable(markdown)) {
                throw new DomainException("richtext.error.tooDeep", RichText.MAX_NESTING);
            }
        }
        List<Milestone> checked = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            checked.add(milestones.get(i).validated(i + 1));
        }
        return new DraftContent(
                cleanTitle,
                startDate,
                endDate,
                limited(leadAgency, DraftLimits.AGENCY_MAX, "draft.field.leadAgency"),
                limited(problem, DraftLimits.TEXT_MAX, "draft.field.problem"),
                limited(commitment, DraftLimits.TEXT_MAX, "draft.field.commitment"),
                limited(contribution, DraftLimits.TEXT_MAX, "draft.field.contribution"),
                limited(ogpRelevance, DraftLimits.TEXT_MAX, "draft.field.ogpRelevance"),
                limited(additionalInfo, DraftLimits.TEXT_MAX, "draft.field.additionalInfo"),
                limited(contactName, DraftLimits.CONTACT_MAX, "draft.field.contactName"),
                limited(contactRole, DraftLimits.CONTACT_MAX, "draft.field.contactRole"),
                limited(email, DraftLimits.EMAIL_MAX, "draft.field.contactEmail"),
                limited(actorsState, DraftLimits.ACTORS_MAX, "draft.field.actorsState"),
                limited(actorsCivilSociety, DraftLimits.ACTORS_MAX, "draft.field.actorsCivilSociety"),
                limited(actorsPrivate, DraftLimits.ACTORS_MAX, "draft.field.actorsPrivate"),
                checked);
    }

    /**
     * The fields a draft needs before the public may read it: dates, agency, and the problem and
     * the commitment. Answers the message key of the first missing field, or null.
     */
    @Nullable
    String firstMissingForPublication() {
        if (startDate == null || endDate == null) {
            return "draft.field.period";
        }
        if (leadAgency.isBlank()) {
            return "draft.field.leadAgency";
        }
        if (problem.isBlank()) {
            return "draft.field.problem";
        }
        if (commitment.isBlank()) {
            return "draft.field.commitment";
        }
        return null;
    }

    private static String limited(String value, int max, String fieldKey) {
        String clean = value.strip();
        if (clean.length() > max) {
            throw new DomainException("draft.error.fieldTooLong", new MessageKey(fieldKey), max);
        }
        return clean;
    }
}
