package de.kokreation;

import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.actionplan.ActionPlanService;
import de.kokreation.actionplan.PlanSummary;
import de.kokreation.actionplan.PlanTexts;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationEdit;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.consultation.Timeline;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftLinking;
import de.kokreation.drafting.DraftService;
import de.kokreation.drafting.Milestone;
import de.kokreation.shell.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Final draft commitments and action plans for tests, built through the services: a final draft
 * needs a consultation that collected proposals and then reached its draft-commenting phase.
 */
@Component
public class PlanFixtures {

    private final Fixtures fixtures;
    private final ConsultationAdministration administration;
    private final DraftService drafts;
    private final DraftLinking linking;
    private final ActionPlanService plans;

    PlanFixtures(
            Fixtures fixtures,
            ConsultationAdministration administration,
            DraftService drafts,
            DraftLinking linking,
            ActionPlanService plans) {
        this.fixtures = fixtures;
        this.administration = administration;
        this.drafts = drafts;
        this.linking = linking;
        this.plans = plans;
    }

    /** A final draft of a consultation of its own and the one proposal of {@code author} it grew from. */
    public record FinalDraft(long draftId, long proposalId, ThemeGroupSummary group) {}

    public FinalDraft finalDraft(UserAccount author, String title, int milestones) {
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        long proposal = fixtures.proposal(group, author, "Vorschlag: " + title);
        LocalDate today = LocalDate.now(Formats.ZONE);
        long draft = fixtures.as(admin, () -> {
            administration.updateConsultation(
                    consultation.consultation().id(),
                    new ConsultationEdit(
                            consultation.consultation().title(),
                            consultation.consultation().region(),
                            "Eine Konsultation für Tests.",
                            new Timeline(
                                    today.minusDays(40),
                                    today.minusDays(30),
                                    today.minusDays(20),
                                    today.minusDays(5),
                                    today.plusDays(20))));
            long id = drafts.create(group.id(), content(title, milestones));
            linking.link(id, List.of(proposal));
            drafts.publish(id);
            drafts.makeFinal(id);
            return id;
        });
        return new FinalDraft(draft, proposal, group);
    }

    /** A plan in preparation, created by an admin, coordinated by {@code coordinator}. */
    public PlanSummary plan(UserAccount coordinator) {
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        String slug = fixtures.as(admin, () -> plans.create("nap-" + Fixtures.next(), texts()));
        fixtures.as(admin, () -> {
            plans.addCoordinator(plans.plan(slug).plan().id(), coordinator.id());
            return null;
        });
        return fixtures.as(coordinator, () -> plans.plan(slug)).plan();
    }

    /** A published plan with one commitment per draft, numbered in their order. */
    public PlanSummary published(UserAccount coordinator, FinalDraft... drafts) {
        PlanSummary plan = plan(coordinator);
        fixtures.as(coordinator, () -> {
            for (FinalDraft draft : drafts) {
                plans.adopt(plan.id(), draft.draftId());
            }
            plans.publish(plan.id());
            return null;
        });
        return plans.plan(plan.slug()).plan();
    }

    public static DraftContent content(String title, int milestones) {
        List<Milestone> list = new ArrayList<>();
        for (int i = 1; i <= milestones; i++) {
            list.add(new Milestone("Meilenstein " + i, LocalDate.of(2027, i, 1), LocalDate.of(2027, i, 28)));
        }
        return new DraftContent(
                title,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 12, 31),
                "Bundesministerium des Innern",
                "Verwaltungsdaten liegen verstreut.",
                "Wir veröffentlichen sie offen.",
                "Sie werden nutzbar.",
                "Transparenz.",
                "",
                "Eva Beispiel",
                "Referatsleitung",
                "eva@bund.example",
                "",
                "",
                "",
                list);
    }

    public static PlanTexts texts() {
        return new PlanTexts(
                "2. Nationaler Aktionsplan",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 12, 31),
                "Bundeskabinett",
                "Der Plan setzt die Ergebnisse der Konsultationen um.");
    }
}
