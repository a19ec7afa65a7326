package de.kokreation.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ui.ConsultationListView;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ShellViewsTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void anonymousVisitorsSeeALoginLinkAndASkipLink() {
        navigate(ConsultationListView.class);

        assertThat($(Anchor.class).id("login-link").getHref()).isEqualTo("/anmelden");
        assertThat($(Anchor.class).withText("Zum Inhalt springen").single().getHref())
                .isEqualTo("#main");
        assertThat($(Button.class).withId("logout").exists()).isFalse();
    }

    @Test
    void loggedInUsersSeeTheirNameAndALogoutButton() {
        UserAccount citizen = fixtures.citizen();
        fixtures.loginAs(citizen);

        navigate(ConsultationListView.class);

        assertThat($(Span.class)
                        .withText("Angemeldet als " + citizen.displayName())
                        .single())
                .isNotNull();
        assertThat($(Button.class).id("logout").getText()).isEqualTo("Abmelden");
    }

    @Test
    void theLoginViewShowsAnErrorAfterAFailedLogin() {
        UI.getCurrent().navigate("anmelden", QueryParameters.of("error", ""));

        assertThat($(H1.class).single().getText()).isEqualTo("Anmelden");
        assertThat($(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() {
        navigate(ConsultationListView.class);
        test($(Button.class).id("language-switch")).click();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        navigate(ConsultationListView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Consultations");
        assertThat($(Button.class).id("language-switch").getText()).isEqualTo("Deutsch");

        test($(Button.class).id("language-switch")).click();
        navigate(ConsultationListView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Konsultationen");
    }

    @Test
    void joiningLeadsBackToTheLocalPageOnly() {
        fixtures.loginAs(fixtures.citizen());

        UI.getCurrent().navigate("mitmachen", QueryParameters.of("ziel", "/anmelden?error"));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        UI.getCurrent().navigate("mitmachen", QueryParameters.of("ziel", "https://evil.example/"));
        assertThat(getCurrentView()).isInstanceOf(ConsultationListView.class);
    }
}
