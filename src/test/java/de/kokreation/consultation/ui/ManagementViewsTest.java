package de.kokreation.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.AccountService;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.shell.UnexpectedErrorView;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ManagementViewsTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    ConsultationService consultations;

    @Autowired
    AccountService accountService;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void aCoordinatorEditsTheirConsultationAndNamesALead() {
        ConsultationDetails mine = fixtures.collectingConsultation();
        UserAccount coordinator = fixtures.account("Koordinatorin", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.ADMIN));
        UserAccount lead = fixtures.citizen();
        fixtures.as(admin, () -> {
            administration.assignCoordinator(mine.consultation().id(), coordinator.id());
            return null;
        });
        fixtures.loginAs(coordinator);

        navigate(ManageConsultationsView.class);
        assertThat($(Anchor.class)
                        .withText(mine.consultation().title())
                        .single()
                        .getHref())
                .isEqualTo("/verwaltung/" + mine.consultation().slug());

        navigate("verwaltung/" + mine.consultation().slug(), EditConsultationView.class);
        test($(TextField.class).id("consultation-title")).setValue("Umbenannte Konsultation");
        test($(Button.class).id("consultation-save")).click();
        long groupId = mine.themeGroups().getFirst().id();
        test($(EmailField.class).id("lead-" + groupId + "-email")).setValue(lead.email());
        test($(Button.class).id("lead-" + groupId + "-add")).click();

        ConsultationDetails saved =
                consultations.getConsultation(mine.consultation().slug());
        assertThat(saved.consultation().title()).isEqualTo("Umbenannte Konsultation");
        assertThat(saved.themeGroups().getFirst().leadAccountIds()).contains(lead.id());
        // The new lead sees the moderation menu after the next login.
        assertThat(accountService.findByEmail(lead.email()).orElseThrow().roles())
                .contains(Role.LEAD);
        assertThat($(EmailField.class).withId("coordinator-email").exists())
                .as("only admins name coordinators")
                .isFalse();
    }

    @Test
    void anotherCoordinatorCannotOpenTheEditor() {
        ConsultationDetails other = fixtures.collectingConsultation();
        fixtures.loginAs(fixtures.account("Fremde Koordination", EnumSet.of(Role.CITIZEN, Role.COORDINATOR)));

        navigate("verwaltung/" + other.consultation().slug(), UnexpectedErrorView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Die Seite konnte nicht geöffnet werden");
        assertThat($(TextField.class).withId("consultation-title").exists()).isFalse();
    }

    @Test
    void anAdminCreatesAConsultationAndAddsAThemeGroup() {
        fixtures.loginAs(fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN)));
        String slug = "neue-konsultation-" + Fixtures.next();

        navigate(ManageConsultationsView.class);
        test($(TextField.class).id("new-consultation-title")).setValue("Konsultation Hamburg");
        test($(TextField.class).id("new-consultation-slug")).setValue(slug);
        test($(TextField.class).id("new-consultation-region")).setValue("Hamburg");
        test($(Button.class).id("new-consultation-create")).click();

        assertThat(getCurrentView()).isInstanceOf(EditConsultationView.class);
        test($(TextField.class).id("new-group-name")).setValue("Offene Daten");
        test($(TextField.class).id("new-group-slug")).setValue("offene-daten");
        test($(Button.class).id("new-group-add")).click();

        ConsultationDetails created = consultations.getConsultation(slug);
        assertThat(created.consultation().region()).isEqualTo("Hamburg");
        assertThat(created.themeGroups()).extracting(group -> group.name()).containsExactly("Offene Daten");
    }
}
