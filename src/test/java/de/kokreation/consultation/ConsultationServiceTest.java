package de.kokreation.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shell.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
@Tag("database")
class ConsultationServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsultationService consultations;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void consultationsShowTheirCurrentPhaseAndThemeGroupsInOrder() {
        ConsultationDetails collecting = fixtures.collectingConsultation();
        ConsultationDetails closed = fixtures.closedConsultation();

        assertThat(collecting.consultation().currentPhase()).isEqualTo(Phase.PROPOSAL_COLLECTION);
        assertThat(closed.consultation().currentPhase()).isEqualTo(Phase.CLOSED);
        assertThat(collecting.themeGroups())
                .extracting(ThemeGroupSummary::slug)
                .containsExactly("offene-daten", "transparenz");
        assertThat(consultations.listConsultations())
                .extracting(ConsultationSummary::slug)
                .contains(
                        collecting.consultation().slug(), closed.consultation().slug());
    }

    @Test
    void onlyAdminsCreateConsultations() {
        NewConsultation request = request("nur-admins-" + Fixtures.next());

        assertThatThrownBy(() -> consultations.createConsultation(request))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(fixtures.citizen(), () -> consultations.createConsultation(request)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.getConsultation(request.slug())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void slugsAreUnique() {
        String slug = "einmalig-" + Fixtures.next();
        fixtures.asAdmin(() -> consultations.createConsultation(request(slug)));

        assertThatThrownBy(() -> fixtures.asAdmin(() -> consultations.createConsultation(request(slug))))
                .isInstanceOf(DomainException.class)
                .extracting(failure -> ((DomainException) failure).messageKey())
                .isEqualTo("consultation.error.slugTaken");
    }

    @Test
    void aThemeGroupIsFoundByItsPermalink() {
        ConsultationDetails details = fixtures.collectingConsultation();

        ThemeGroupSummary group =
                consultations.getThemeGroup(details.consultation().slug(), "transparenz");
        assertThat(group.name()).isEqualTo("Transparenz");
        assertThat(group.consultationTitle()).isEqualTo(details.consultation().title());
        assertThatThrownBy(
                        () -> consultations.getThemeGroup(details.consultation().slug(), "gibt-es-nicht"))
                .isInstanceOf(NotFoundException.class);
    }

    private static NewConsultation request(String slug) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        return new NewConsultation(
                slug,
                "Konsultation",
                "Bund",
                "Text",
                new Timeline(today, today.plusDays(1), today.plusDays(2), today.plusDays(3), today.plusDays(4)),
                List.of(new NewConsultation.NewThemeGroup("offene-daten", "Offene Daten", "Text", Set.of())));
    }
}
