package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.DraftLinking;
import de.kokreation.drafting.DraftService;
import de.kokreation.drafting.DraftStatus;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ResponseOutcome;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The theme-group lead's journey in a real browser: work the queue, create a draft commitment in
 * the OGP template, link proposals to it, answer a proposal, publish the draft.
 */
@IntegrationTest
@Tag("browser")
class LeadJourneyBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    DraftService drafts;

    @Autowired
    DraftLinking linking;

    @Test
    void theLeadTurnsProposalsIntoAPublishedDraft() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        UserAccount lead = fixtures.leadOf(group, "Lina Leitung");
        UserAccount citizen = fixtures.citizen();
        long budget = fixtures.proposal(group, citizen, "Haushaltsdaten als CSV veröffentlichen");
        long contracts = fixtures.proposal(group, citizen, "Verträge des Landes offenlegen");
        long spam = fixtures.proposal(group, citizen, "Billige Uhren aus Fernost");
        Page page = browser.newPage(1280, 900);
        logIn(page, lead.email(), Fixtures.PASSWORD);

        // Work the queue: the spam goes, with a public reason.
        page.navigate(base() + "/moderation");
        page.locator("#select-proposal-" + spam).click();
        page.locator("#bulk-hide").click();
        page.locator("#moderation-reason textarea").fill("Werbung");
        page.locator("#moderation-reason-confirm").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Ein Eintrag erledigt.");

        // From the queue to the group's condensing view, and a new draft.
        page.locator("#condensing-links a")
                .filter(new Locator.FilterOptions()
                        .setHasText(consultation.consultation().title()))
                .first()
                .click();
        assertThat(page.locator("h1")).containsText("Verdichten: " + group.name());
        assertThat(page.locator("#condensing-table")).not().containsText("Billige Uhren");
        // each proposal with the beginning of its text, as readers see it
        assertThat(page.locator("#condensing-table .kk-excerpt").first()).not().isEmpty();
        page.locator("#condensing-new-draft").click();
        page.locator("#new-draft-title input").fill("Offene Haushalts- und Vertragsdaten");
        page.locator("#new-draft-create").click();

        assertThat(page.locator("h1")).hasText("Verpflichtungsentwurf bearbeiten");
        fillDate(page, "#draft-start", "1.1.2027");
        fillDate(page, "#draft-end", "31.12.2028");
        page.locator("#draft-agency input").fill("Finanzministerium");
        page.locator("#draft-problem textarea").fill("Haushaltsdaten und Verträge liegen nur als PDF vor.");
        page.locator("#draft-commitment textarea")
                .fill("Das Land veröffentlicht sie maschinenlesbar:\n\n- Haushalt\n- Verträge");
        page.locator("#milestone-add").click();
        page.locator("#milestone-1-deliverable textarea").fill("Haushaltsdaten als CSV im Datenportal");
        fillDate(page, "#milestone-1-start", "1.1.2027");
        fillDate(page, "#milestone-1-end", "30.6.2027");
        BrowserSession.screenshot(page, "lead-1-editor");
        page.locator("#draft-save").click();

        assertThat(page.locator("h1")).hasText("Offene Haushalts- und Vertragsdaten");
        assertThat(page.locator("#draft-milestones")).containsText("Haushaltsdaten als CSV im Datenportal");
        long draftId = Long.parseLong(page.url().replaceAll(".*/entwuerfe/(\\d+).*", "$1"));

        // Link both proposals to the draft in one step.
        page.navigate(base() + "/verdichtung/" + group.id());
        page.locator("#condense-select-" + budget).click();
        page.locator("#condense-select-" + contracts).click();
        page.locator("#condensing-target").click();
        // whole titles with number and version, so drafts that begin alike stay apart
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions()
                        .setHasText("Offene Haushalts- und Vertragsdaten (Nr. " + draftId + ", Version 1)"))
                .click();
        page.locator("#condensing-link").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("2 Vorschläge");
        assertThat(page.locator("#condensing-table")).containsText("Offene Haushalts- und Vertragsdaten");
        BrowserSession.screenshot(page, "lead-2-condensing");

        // Answer a proposal: the draft it went into is already chosen, since it is linked.
        page.navigate(base() + "/vorschlaege/" + budget);
        page.locator("#response-form-outcome").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("Übernommen"))
                .first()
                .click();
        assertThat(page.locator("#response-form-drafts")).containsText("Offene Haushalts- und Vertragsdaten");
        page.locator("#response-form-submit").click();
        // asked first, then told: the message survives (the page is not reloaded)
        assertThat(page.locator("vaadin-confirm-dialog-overlay, #confirm-dialog")
                        .first())
                .containsText("Rückmeldung veröffentlichen?");
        page.locator("[slot=confirm-button]:visible").first().click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Die Rückmeldung ist veröffentlicht");
        assertThat(page.locator("#response-outcome")).hasText("Übernommen");
        assertThat(page.locator("#response-commitments")).containsText("Offene Haushalts- und Vertragsdaten");

        // Publish the draft.
        page.navigate(base() + "/entwuerfe/" + draftId);
        assertThat(page.locator("#draft-proposals")).containsText("Haushaltsdaten als CSV veröffentlichen");
        page.locator("#draft-publish").click();
        page.locator("[slot=confirm-button]:visible").first().click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Der Entwurf ist veröffentlicht.");
        assertThat(page.locator("#draft-status")).hasText("Zur Kommentierung veröffentlicht");
        BrowserSession.screenshot(page, "lead-3-published");

        Assertions.assertThat(fixtures.as(lead, () -> drafts.get(draftId)).status())
                .isEqualTo(DraftStatus.PUBLISHED);
        Assertions.assertThat(fixtures.as(lead, () -> linking.linkedProposals(draftId)))
                .extracting(standing -> standing.id())
                .containsExactlyInAnyOrder(budget, contracts);
        Assertions.assertThat(proposals.getProposal(budget).response().outcome())
                .isEqualTo(ResponseOutcome.ADOPTED);
    }
}
