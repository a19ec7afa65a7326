package de.kokreation.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shell.Formats;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Who may run a consultation: every administrative action, for every kind of caller, on the
 * caller's own consultation and on another one.
 */
@IntegrationTest
@Tag("database")
class ConsultationAdministrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    ConsultationService consultations;

    private ConsultationDetails nrw;
    private ConsultationDetails bw;
    private UserAccount coordinatorOfNrw;
    private UserAccount coordinatorOfBw;
    private UserAccount leadOfNrw;
    private UserAccount citizen;
    private UserAccount admin;
    private UserAccount someone;

    @BeforeEach
    void setUp() {
        nrw = fixtures.collectingConsultation();
        bw = fixtures.collectingConsultation();
        coordinatorOfNrw = fixtures.account("Koordination NRW", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        coordinatorOfBw = fixtures.account("Koordination BW", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        leadOfNrw = fixtures.account("Leitung NRW", EnumSet.of(Role.CITIZEN, Role.LEAD));
        citizen = fixtures.citizen();
        admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        someone = fixtures.citizen();
        fixtures.as(admin, () -> {
            administration.assignCoordinator(nrw.consultation().id(), coordinatorOfNrw.id());
            administration.assignCoordinator(bw.consultation().id(), coordinatorOfBw.id());
            return null;
        });
        fixtures.as(coordinatorOfNrw, () -> {
            administration.assignLead(nrw.themeGroups().getFirst().id(), leadOfNrw.id());
            return null;
        });
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void onlyTheConsultationsCoordinatorsAndAdminsRunIt() {
        Map<String, Consumer<ConsultationDetails>> actions = new LinkedHashMap<>();
        actions.put(
                "edit texts and timeline",
                target -> administration.updateConsultation(
                        target.consultation().id(),
                        new ConsultationEdit(
                                "Neuer Titel " + Fixtures.next(),
                                "Region",
                                "Text",
                                new Timeline(
                                        LocalDate.now(Formats.ZONE).minusDays(20),
                                        LocalDate.now(Formats.ZONE).minusDays(5),
                                        LocalDate.now(Formats.ZONE).plusDays(20),
                                        LocalDate.now(Formats.ZONE).plusDays(40),
                                        LocalDate.now(Formats.ZONE).plusDays(60)))));
        actions.put(
                "add a theme group",
                target -> administration.addThemeGroup(
                        target.consultation().id(), "neu-" + Fixtures.next(), "Neue Gruppe", ""));
        actions.put(
                "edit a theme group",
                target -> administration.updateThemeGroup(
                        target.themeGroups().getFirst().id(), "Offene Daten", "Neu beschrieben"));
        actions.put(
                "name a lead",
                target -> administration.assignLead(target.themeGroups().get(1).id(), someone.id()));
        actions.put(
                "remove a lead",
                target -> administration.removeLead(target.themeGroups().get(1).id(), someone.id()));

        actions.forEach((action, run) -> {
            assertAllowed(admin, run, nrw, action);
            assertAllowed(coordinatorOfNrw, run, nrw, action);
            assertRefused(coordinatorOfBw, run, nrw, action);
            assertRefused(leadOfNrw, run, nrw, action);
            assertRefused(citizen, run, nrw, action);
            assertThatThrownBy(() -> run.accept(nrw))
                    .as("anonymous: " + action)
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            assertRefused(coordinatorOfNrw, run, bw, action);
            assertAllowed(coordinatorOfBw, run, bw, action);
        });
    }

    @Test
    void onlyAdminsNameCoordinators() {
        long nrwId = nrw.consultation().id();
        for (UserAccount caller : new UserAccount[] {coordinatorOfNrw, coordinatorOfBw, leadOfNrw, citizen}) {
            assertThatThrownBy(() -> fixtures.as(caller, () -> {
                        administration.assignCoordinator(nrwId, someone.id());
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
        }
        fixtures.as(admin, () -> {
            administration.assignCoordinator(nrwId, someone.id());
            return null;
        });
        assertThat(consultations
                        .getConsultation(nrw.consultation().slug())
                        .consultation()
                        .coordinatorAccountIds())
                .contains(someone.id(), coordinatorOfNrw.id());
    }

    @Test
    void descriptionsAreLimitedAtTheirLengthWithAMessageNotADatabaseError() {
        ThemeGroupSummary group = nrw.themeGroups().getFirst();
        String atLimit = "ä".repeat(ConsultationLimits.DESCRIPTION_MAX);
        String above = atLimit + "ö";
        fixtures.as(coordinatorOfNrw, () -> {
            administration.updateThemeGroup(group.id(), group.name(), atLimit);
            assertThatThrownBy(() -> administration.updateThemeGroup(group.id(), group.name(), above))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("consultation.error.description");
            assertThatThrownBy(() -> administration.updateThemeGroup(group.id(), group.name(), "x".repeat(20_000)))
                    .isInstanceOf(DomainException.class);
            var consultation = nrw.consultation();
            assertThatThrownBy(() -> administration.updateConsultation(
                            consultation.id(),
                            new ConsultationEdit(
                                    consultation.title(),
                                    consultation.region(),
                                    above,
                                    new Timeline(
                                            LocalDate.now(Formats.ZONE).minusDays(20),
                                            LocalDate.now(Formats.ZONE).minusDays(5),
                                            LocalDate.now(Formats.ZONE).plusDays(20),
                                            LocalDate.now(Formats.ZONE).plusDays(40),
                                            LocalDate.now(Formats.ZONE).plusDays(60)))))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("consultation.error.description");
            return null;
        });
        assertThat(consultations.getThemeGroup(group.id()).description()).isEqualTo(atLimit);
    }

    @Test
    void theTimelineStaysInOrderWhenEdited() {
        LocalDate day = LocalDate.now(Formats.ZONE);
        assertThatThrownBy(() -> fixtures.as(coordinatorOfNrw, () -> {
                    administration.updateConsultation(
                            nrw.consultation().id(),
                            new ConsultationEdit(
                                    "Titel",
                                    "NRW",
                                    "",
                                    new Timeline(
                                            day,
                                            day.plusDays(10),
                                            day.plusDays(5),
                                            day.plusDays(20),
                                            day.plusDays(30))));
                    return null;
                }))
                .isInstanceOf(DomainException.class);
        assertThat(consultations
                        .getConsultation(nrw.consultation().slug())
                        .consultation()
                        .title())
                .isEqualTo(nrw.consultation().title());
    }

    @Test
    void coordinatorsSeeOnlyTheirConsultationsToManage() {
        assertThat(fixtures.as(coordinatorOfNrw, administration::manageableConsultations))
                .extracting(ConsultationSummary::id)
                .containsExactly(nrw.consultation().id());
        assertThat(fixtures.as(citizen, administration::manageableConsultations))
                .isEmpty();
        assertThat(fixtures.as(admin, administration::manageableConsultations))
                .extracting(ConsultationSummary::id)
                .contains(nrw.consultation().id(), bw.consultation().id());
    }

    private void assertAllowed(
            UserAccount caller, Consumer<ConsultationDetails> action, ConsultationDetails target, String name) {
        assertThatCode(() -> fixtures.as(caller, () -> {
                    action.accept(target);
                    return null;
                }))
                .as(caller.displayName() + ": " + name)
                .doesNotThrowAnyException();
    }

    private void assertRefused(
            UserAccount caller, Consumer<ConsultationDetails> action, ConsultationDetails target, String name) {
        assertThatThrownBy(() -> fixtures.as(caller, () -> {
                    action.accept(target);
                    return null;
                }))
                .as(caller.displayName() + ": " + name)
                .isInstanceOf(NotPermittedException.class);
    }
}
