package de.kokreation.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.moderation.AuditLog;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.moderation.FlagReason;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ui.ProposalView;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ModerationViewsTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    ProposalService proposals;

    @Autowired
    AuditLog auditLog;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void aParticipantFlagsAndTheLeadHidesFromTheQueueInBulk() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        UserAccount lead = fixtures.account("Leitung", EnumSet.of(Role.CITIZEN, Role.LEAD));
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        fixtures.as(admin, () -> {
            administration.assignLead(group.id(), lead.id());
            return null;
        });
        UserAccount author = fixtures.citizen();
        long spam = fixtures.proposal(group, author, "Billige Uhren kaufen");
        long moreSpam = fixtures.proposal(group, author, "Noch billigere Uhren");

        fixtures.loginAs(fixtures.citizen());
        navigate("vorschlaege/" + spam, ProposalView.class);
        test($(Button.class).id("flag-proposal")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<FlagReason> reason = $(RadioButtonGroup.class).id("flag-reason");
        test(reason).selectItem("Werbung oder Spam");
        test($(Button.class).id("flag-submit")).click();

        fixtures.loginAs(lead);
        navigate(ModerationQueueView.class);
        var table = $(NativeTable.class).id("moderation-table");
        assertThat(table.getBody().getRows()).hasSize(2);
        assertThat(table.getElement().getTextRecursively())
                .contains("1 Meldung (Werbung oder Spam)")
                .contains(group.name())
                .contains(consultation.consultation().title());

        // Filters live in the address: flagged only
        UI.getCurrent().navigate("moderation", QueryParameters.simple(Map.of("gemeldet", "ja")));
        assertThat($(Checkbox.class).id("filter-flagged").getValue()).isTrue();
        table = $(NativeTable.class).id("moderation-table");
        assertThat(table.getBody().getRows()).hasSize(1);
        test($(Checkbox.class).id("filter-flagged")).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .doesNotContainKey("gemeldet");
        table = $(NativeTable.class).id("moderation-table");
        assertThat(table.getBody().getRows()).hasSize(2);
        test($(Checkbox.class).id("select-proposal-" + spam)).click();
        test($(Checkbox.class).id("select-proposal-" + moreSpam)).click();
        test($(Button.class).id("bulk-hide")).click();
        test($(TextArea.class).id("moderation-reason")).setValue("Werbung");
        test($(Button.class).id("moderation-reason-confirm")).click();

        assertThat(proposals.getProposal(spam).hiddenReason()).isEqualTo("Werbung");
        assertThat(proposals.getProposal(moreSpam).hiddenReason()).isEqualTo("Werbung");
        fixtures.loginAs(admin);
        assertThat(auditLog.entries(consultation.consultation().id(), ContentModerated.Action.HIDE, 0, 10))
                .hasSize(2);
    }
}
