package de.kokreation.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.TermsOfParticipation;
import de.kokreation.account.UserAccount;
import de.kokreation.shared.LoginAttributes;
import de.kokreation.shell.LegalPageView;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages a login must pass first: with the mark of a missing second factor every page leads to
 * its setup (the legal texts stay open); a stale mark of the terms (accepted in another session)
 * is dropped instead of sending the person round in circles.
 */
@IntegrationTest
class AccountGatesTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        VaadinSession.getCurrent().getSession().removeAttribute(LoginAttributes.SECOND_FACTOR_MISSING);
        VaadinSession.getCurrent().getSession().removeAttribute(LoginAttributes.TERMS_PENDING);
        fixtures.logout();
    }

    @Test
    void aMissingSecondFactorComesBeforeEveryPageButTheLegalTexts() {
        UserAccount coordinator = fixtures.account("Koordination", Set.of(Role.CITIZEN, Role.COORDINATOR));
        fixtures.loginAs(coordinator);
        VaadinSession.getCurrent().getSession().setAttribute(LoginAttributes.SECOND_FACTOR_MISSING, Boolean.TRUE);

        assertThat(navigate("profil", SecondFactorSetupView.class)).isNotNull();
        assertThat(navigate("verwaltung", SecondFactorSetupView.class)).isNotNull();
        assertThat(navigate("datenschutz", LegalPageView.class)).isNotNull();
    }

    @Test
    void aStaleMarkOfTheTermsIsDroppedOnceTheyAreAccepted() {
        UserAccount citizen = fixtures.citizen();
        fixtures.loginAs(citizen);
        VaadinSession.getCurrent().getSession().setAttribute(LoginAttributes.TERMS_PENDING, Boolean.TRUE);

        UI.getCurrent().navigate("profil");

        assertThat(VaadinSession.getCurrent().getSession().getAttribute(LoginAttributes.TERMS_PENDING))
                .isNull();
        assertThat(getCurrentView()).isNotInstanceOf(WelcomeView.class);
        // and the next page opens as asked
        UI.getCurrent().navigate("profil");
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ProfileView");
    }

    @Test
    void anAccountUnderEarlierTermsIsAskedWhicheverWayItLoggedIn() {
        // a login through the second factor or a passkey, say, that left no mark in the session
        UserAccount citizen = fixtures.citizen();
        jdbc.update("update user_account set terms_version = ? where id = ?", "2019-01", citizen.id());
        fixtures.loginAs(citizen);

        UI.getCurrent().navigate("profil");

        assertThat(getCurrentView()).isInstanceOf(WelcomeView.class);
        assertThat(navigate(TermsOfParticipation.PAGE, LegalPageView.class))
                .as("the terms stay readable")
                .isNotNull();
    }
}
