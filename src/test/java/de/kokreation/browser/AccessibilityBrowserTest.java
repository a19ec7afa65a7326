package de.kokreation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.actionplan.ActionPlanService;
import de.kokreation.actionplan.AssessmentService;
import de.kokreation.actionplan.CompletionLevel;
import de.kokreation.actionplan.ImplementationService;
import de.kokreation.actionplan.PlanSummary;
import de.kokreation.actionplan.ProgressReport;
import de.kokreation.actionplan.RoundService;
import de.kokreation.actionplan.Stance;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.consultation.Timeline;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftLinking;
import de.kokreation.drafting.DraftParticipation;
import de.kokreation.drafting.DraftService;
import de.kokreation.drafting.Milestone;
import de.kokreation.proposal.CommentService;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Formats;
import de.kokreation.voting.VoteDirection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.1 A and AA rules) on every view, for each role that sees it, in German and in
 * English. Nothing of the application is excluded.
 */
@IntegrationTest
@Tag("browser")
class AccessibilityBrowserTest extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    Fixtures fixtures;

    @Autowired
    de.kokreation.meeting.MeetingService meetings;

    @Autowired
    de.kokreation.meeting.RegistrationService registrations;

    @Autowired
    de.kokreation.meeting.WorkshopIntake intake;

    @Autowired
    de.kokreation.meeting.LiveRoom room;

    @Autowired
    de.kokreation.meeting.MeetingMinutes minutes;

    @Autowired
    CommentService comments;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    DraftService drafts;

    @Autowired
    DraftParticipation draftParticipation;

    @Autowired
    DraftLinking draftLinking;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    ActionPlanService plans;

    @Autowired
    RoundService rounds;

    @Autowired
    ImplementationService implementation;

    @Autowired
    AssessmentService assessments;

    /** A consultation in its draft-commenting phase with a published, commented, twice-saved draft. */
    private long publishedDraft(UserAccount admin, UserAccount citizen) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        ConsultationDetails commenting = fixtures.consultation(new Timeline(
                today.minusDays(40), today.minusDays(30), today.minusDays(20), today.minusDays(5), today.plusDays(20)));
        ThemeGroupSummary group = commenting.themeGroups().getFirst();
        var milestones = List.of(new Milestone("Portal online", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)));
        var first = new DraftContent(
                "Offene Haushaltsdaten",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 12, 31),
                "Finanzministerium",
                "Daten liegen nur als PDF vor.",
                "Das Land veröffentlicht sie:\n\n- als CSV\n- als [API](https://example.org)",
                "",
                "",
                "",
                "Eva Beispiel",
                "Referat",
                "eva@example.org",
                "",
                "",
                "",
                milestones);
        long draft = fixtures.as(admin, () -> {
            administration.assignCoordinator(commenting.consultation().id(), admin.id());
            long id = drafts.create(group.id(), first);
            drafts.save(
                    id,
                    1,
                    new DraftContent(
                            first.title(),
                            first.startDate(),
                            first.endDate(),
                            first.leadAgency(),
                            "Daten liegen nur gescannt als PDF vor.",
                            first.commitment(),
                            "Sie werden auswertbar.",
                            "",
                            "",
                            first.contactName(),
                            first.contactRole(),
                            first.contactEmail(),
                            "",
                            "",
                            "",
                            milestones));
            drafts.publish(id);
            return id;
        });
        fixtures.as(citizen, () -> {
            draftParticipation.comment(draft, "Bitte mit Zwischenberichten.");
            return draftParticipation.vote(draft, VoteDirection.FOR);
        });
        return draft;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyViewPassesAxeForEveryRole(String language) {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        UserAccount author = fixtures.citizen();
        long proposal = fixtures.proposal(group, author, "Barrierefreie Formulare in allen Behörden");
        long comment = fixtures.as(author, () -> comments.post(proposal, null, "Ein erster Kommentar"));
        fixtures.as(fixtures.citizen(), () -> comments.post(proposal, comment, "Eine Antwort"));
        UserAccount citizen = fixtures.citizen();
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        fixtures.as(admin, () -> {
            administration.assignCoordinator(consultation.consultation().id(), admin.id());
            return null;
        });

        long draft = publishedDraft(admin, citizen);
        String draftsOfConsultation =
                fixtures.as(admin, () -> drafts.get(draft)).themeGroup().consultationSlug();
        long draftGroup =
                fixtures.as(admin, () -> drafts.get(draft)).themeGroup().id();

        PlanFixtures.FinalDraft planDraft = planFixtures.finalDraft(author, "Offene Vergaben", 2);
        PlanSummary publishedPlan = planFixtures.published(admin, planDraft);
        PlanSummary preparedPlan = planFixtures.plan(admin);
        long adoptable = planFixtures.finalDraft(author, "Offene Register", 1).draftId();
        fixtures.as(admin, () -> plans.adopt(preparedPlan.id(), adoptable));
        // A report with a response, a frozen round (with an assessment) before the open one.
        long frozenRound =
                fixtures.as(admin, () -> rounds.open(publishedPlan.id(), "Stand gestern", LocalDate.now(Formats.ZONE)));
        fixtures.as(admin, () -> {
            var commitment = implementation.commitment(publishedPlan.slug(), 1).commitment();
            implementation.report(
                    commitment.milestones().getFirst().id(),
                    new ProgressReport(CompletionLevel.SUBSTANTIAL, LocalDate.now(Formats.ZONE), "Fast fertig.", ""));
            return null;
        });
        long reportId = implementation
                .commitment(publishedPlan.slug(), 1)
                .history()
                .getFirst()
                .id();
        fixtures.as(citizen, () -> assessments.commentOnReport(reportId, Stance.DISAGREES, "Noch nicht so weit."));
        rounds.freezeDue(LocalDate.now(Formats.ZONE).plusDays(1));
        long commitmentId =
                implementation.commitment(publishedPlan.slug(), 1).commitment().id();
        fixtures.as(citizen, () -> {
            assessments.assess(frozenRound, commitmentId, false, "Die Vergabe ist noch offen.");
            return null;
        });
        long planRound =
                fixtures.as(admin, () -> rounds.open(publishedPlan.id(), "Stand heute", LocalDate.now(Formats.ZONE)));

        // A workshop under way (cards, dots, a live vote, minutes) and one to come with a registration.
        java.time.Instant begun = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        long workshop = fixtures.as(
                admin,
                () -> meetings.create(
                        consultation.consultation().id(),
                        de.kokreation.meeting.MeetingFixtures.workshop(
                                "Workshop im Saal", begun, 40, java.util.Set.of())));
        long card = fixtures.as(
                admin,
                () -> intake.record(
                        workshop,
                        group.id(),
                        new de.kokreation.proposal.ProposalDraft(
                                "Karte aus dem Saal", "Ein Text auf der Karte, lang genug."),
                        12));
        String roomCode = fixtures.as(admin, () -> room.openRoom(workshop));
        fixtures.as(admin, () -> {
            room.putUp(workshop, card);
            minutes.write(
                    workshop,
                    new de.kokreation.meeting.MinutesDraft(
                            "Ein Protokoll.", "- Ein Beschluss", 30, "Verein A\nVerwaltung B"));
            return null;
        });
        long coming = fixtures.as(
                admin,
                () -> meetings.create(
                        consultation.consultation().id(),
                        de.kokreation.meeting.MeetingFixtures.workshop(
                                "Workshop bald",
                                java.time.Instant.now().plus(java.time.Duration.ofDays(9)),
                                1,
                                java.util.Set.of(group.id()))));
        fixtures.as(citizen, () -> registrations.register(coming, "Rollstuhlplatz"));

        Map<String, String> publicViews = new LinkedHashMap<>();
        publicViews.put("meetings", Permalinks.meetings());
        publicViews.put("meeting", Permalinks.meeting(workshop));
        publicViews.put("meeting-coming", Permalinks.meeting(coming));
        publicViews.put("meeting-minutes", Permalinks.meeting(workshop) + "/protokoll");
        publicViews.put("proposal-from-workshop", Permalinks.proposal(card));
        publicViews.put("room-join", "/raum");
        publicViews.put("room-phone", "/raum/" + roomCode);
        publicViews.put("room-wrong-code", "/raum/ZZZZZZ");
        publicViews.put("plans", Permalinks.actionPlans());
        publicViews.put("plan", Permalinks.actionPlan(publishedPlan.slug()));
        publicViews.put("plan-commitment", Permalinks.planCommitment(publishedPlan.slug(), 1));
        publicViews.put("plan-monitoring", Permalinks.planMonitoring(publishedPlan.slug()));
        publicViews.put("plan-export", Permalinks.planExport(publishedPlan.slug()));
        publicViews.put("plan-round", Permalinks.planRound(publishedPlan.slug(), planRound));
        publicViews.put("plan-round-frozen", Permalinks.planRound(publishedPlan.slug(), frozenRound));
        publicViews.put("proposal-in-commitment", Permalinks.proposal(planDraft.proposalId()));
        publicViews.put("drafts", Permalinks.consultationDrafts(draftsOfConsultation));
        publicViews.put("draft", Permalinks.draft(draft));
        publicViews.put("draft-history", Permalinks.draft(draft) + "/versionen");
        publicViews.put("home", "/");
        publicViews.put("search", Permalinks.search("Haushalt offene Daten"));
        publicViews.put("search-empty", "/" + Permalinks.SEARCH);
        publicViews.put(
                "consultation",
                Permalinks.consultation(consultation.consultation().slug()));
        publicViews.put("theme-group", Permalinks.themeGroup(group.consultationSlug(), group.slug()));
        publicViews.put("proposal", Permalinks.proposal(proposal));
        publicViews.put("login", "/anmelden");
        publicViews.put("login-error", "/anmelden?error");
        publicViews.put("register", "/registrieren");
        publicViews.put("forgot-password", "/passwort-vergessen");
        publicViews.put("privacy", "/datenschutz");
        publicViews.put("imprint", "/impressum");
        publicViews.put("accessibility-statement", "/barrierefreiheit");
        publicViews.put("terms-of-participation", "/teilnahmebedingungen");
        publicViews.put("not-found", "/gibt-es-nicht");
        publicViews.put("join", "/mitmachen");
        publicViews.put("reset-password-expired-link", "/passwort-zuruecksetzen?token=abgelaufen");
        publicViews.put("confirm-registration-expired-link", "/registrieren/bestaetigen?token=abgelaufen");
        Map<String, String> citizenViews = new LinkedHashMap<>();
        citizenViews.put("proposal", Permalinks.proposal(proposal));
        citizenViews.put("new-proposal", Permalinks.newProposal(group.consultationSlug(), group.slug()));
        citizenViews.put("profile", "/profil");
        citizenViews.put("meeting-registered", Permalinks.meeting(coming));
        citizenViews.put("second-factor", "/zweiter-faktor");
        citizenViews.put("draft", Permalinks.draft(draft));
        citizenViews.put("confirm-email-expired-link", "/profil/email-bestaetigen?token=abgelaufen");
        citizenViews.put("plan-commitment-as-participant", Permalinks.planCommitment(publishedPlan.slug(), 1));
        citizenViews.put("plan-round-frozen-as-participant", Permalinks.planRound(publishedPlan.slug(), frozenRound));
        Map<String, String> authorViews = new LinkedHashMap<>();
        authorViews.put("edit-proposal", Permalinks.proposal(proposal) + "/bearbeiten");
        Map<String, String> adminViews = new LinkedHashMap<>();
        adminViews.put("accounts", "/admin/konten");
        adminViews.put("mails", "/admin/mails");
        adminViews.put("search-index", "/admin/suchindex");
        adminViews.put("system", "/admin/system");
        adminViews.put("manage", "/verwaltung");
        adminViews.put(
                "edit-consultation",
                "/verwaltung/" + consultation.consultation().slug());
        adminViews.put("moderation-queue", "/moderation");
        adminViews.put(
                "meeting-new",
                Permalinks.meetings() + "/neu?konsultation="
                        + consultation.consultation().slug());
        adminViews.put("meeting-new-forum", Permalinks.meetings() + "/neu");
        adminViews.put("meeting-edit", Permalinks.meeting(coming) + "/bearbeiten");
        adminViews.put("meeting-attendance", Permalinks.meeting(coming) + "/anmeldungen");
        adminViews.put("meeting-cards", Permalinks.meeting(workshop) + "/karten");
        adminViews.put("meeting-live", Permalinks.meeting(workshop) + "/live");
        adminViews.put("meeting-projector", Permalinks.meeting(workshop) + "/leinwand");
        adminViews.put("meeting-minutes-editor", Permalinks.meeting(workshop) + "/protokoll");
        adminViews.put("meeting-as-organiser", Permalinks.meeting(workshop));
        adminViews.put("moderation-log", "/moderation/protokoll");
        adminViews.put("proposal-as-moderator", Permalinks.proposal(proposal));
        adminViews.put("condensing", Permalinks.condensing(draftGroup));
        adminViews.put("export", Permalinks.consultationExport(draftsOfConsultation));
        adminViews.put("dashboard", Permalinks.consultationDashboard(draftsOfConsultation));
        adminViews.put("draft-as-moderator", Permalinks.draft(draft));
        adminViews.put("draft-editor", Permalinks.draft(draft) + "/bearbeiten");
        adminViews.put("plans-as-admin", Permalinks.actionPlans());
        adminViews.put("plan-in-preparation", Permalinks.actionPlan(preparedPlan.slug()));
        adminViews.put("plan-commitment-in-preparation", Permalinks.planCommitment(preparedPlan.slug(), 1));
        adminViews.put("plan-commitment-as-coordinator", Permalinks.planCommitment(publishedPlan.slug(), 1));
        adminViews.put("plan-monitoring-as-coordinator", Permalinks.planMonitoring(publishedPlan.slug()));
        adminViews.put("plan-round-as-coordinator", Permalinks.planRound(publishedPlan.slug(), planRound));

        List<String> violations = new ArrayList<>();
        violations.addAll(scan(language, null, publicViews));
        violations.addAll(scan(language, citizen, citizenViews));
        violations.addAll(scan(language, author, authorViews));
        violations.addAll(scan(language, admin, adminViews));

        assertThat(violations).isEmpty();
    }

    private List<String> scan(String language, UserAccount account, Map<String, String> views) {
        String base = base();
        Page page = browser.newPage(1280, 900);
        BrowserContext context = page.context();
        context.addCookies(List.of(new Cookie("kokreation-lang", language).setUrl(base)));
        if (account != null) {
            logIn(page, account.email(), Fixtures.PASSWORD);
        }
        List<String> found = new ArrayList<>();
        String role = account == null ? "anonymous" : account.displayName();
        views.forEach((name, path) -> {
            page.navigate(base + path);
            page.locator("h1").first().waitFor();
            page.waitForTimeout(300);
            assertThat(page.evaluate("document.documentElement.lang")).as(name).isEqualTo(language);
            assertThat(page.locator("h1").count()).as("one h1 on %s", name).isEqualTo(1);
            if (!"not-found".equals(name)) {
                // A view that failed to open still has an h1 and may pass axe: it must not get that far.
                assertThat(page.locator("h1").textContent())
                        .as("%s opened", name)
                        .isNotIn(
                                "Die Seite konnte nicht geöffnet werden", "The page could not be opened",
                                "Seite nicht gefunden", "Page not found");
            }
            assertThat(page.title())
                    .as("title of %s", name)
                    .endsWith(" – Kokreation")
                    .isNotEqualTo(" – Kokreation");
            assertThat(page.locator("main").count())
                    .as("main landmark on %s", name)
                    .isEqualTo(1);
            BrowserSession.screenshot(
                    page, "axe-" + language + "-" + (account == null ? "public" : "user") + "-" + name);
            AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
            for (Rule rule : results.getViolations()) {
                found.add(language + " " + role + " " + name + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                        + rule.getNodes().stream()
                                .map(CheckedNode::getTarget)
                                .map(Object::toString)
                                .collect(Collectors.joining(", ")));
            }
            // The same view on a small phone (320 CSS px, as WCAG reflow asks): a screenshot for the record, and no
            // horizontal scrolling.
            page.setViewportSize(320, 800);
            page.waitForTimeout(200);
            Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            if (((Number) overflow).intValue() > 0) {
                found.add(language + " " + role + " " + name + ": scrolls sideways by " + overflow + " px at 320 px");
            }
            BrowserSession.screenshot(
                    page, "axe-" + language + "-" + (account == null ? "public" : "user") + "-" + name + "-phone");
            page.setViewportSize(1280, 900);
        });
        context.close();
        return found;
    }
}
