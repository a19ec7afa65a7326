package de.kokreation.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.TestMailServer;
import de.kokreation.account.AccountRow;
import de.kokreation.account.AccountService;
import de.kokreation.account.AccountStatus;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import java.net.URI;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AccountViewsTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    TestMailServer mail;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void theRegistrationFormExplainsEachProblemAtItsField() {
        navigate(RegistrationView.class);
        test($(Button.class).id("register-submit")).click();

        assertThat($(TextField.class).id("register-name").getErrorMessage())
                .isEqualTo("Bitte geben Sie einen Anzeigenamen ein.");
        assertThat($(EmailField.class).id("register-email").getErrorMessage())
                .isEqualTo("Bitte geben Sie Ihre E-Mail-Adresse ein.");

        test($(TextField.class).id("register-name")).setValue("Nora");
        test($(EmailField.class).id("register-email")).setValue("nora-" + Fixtures.next() + "@test.example");
        test($(PasswordField.class).id("register-password")).setValue("kurz");
        test($(Button.class).id("register-submit")).click();
        assertThat($(PasswordField.class).id("register-password").getErrorMessage())
                .isEqualTo("Das Passwort muss zwischen 12 und 128 Zeichen lang sein.");
        assertThat($(Checkbox.class).id("register-privacy").isInvalid()).isTrue();
        assertThat($(TextField.class).id("register-name").getValue()).isEqualTo("Nora");
    }

    @Test
    void aRegistrationEndsWithTheMailHintAndTheLinkConfirms() {
        String email = "vera-" + Fixtures.next() + "@test.example";
        navigate(RegistrationView.class);
        test($(TextField.class).id("register-name")).setValue("Vera");
        test($(EmailField.class).id("register-email")).setValue(email);
        test($(PasswordField.class).id("register-password")).setValue("Transparenz schafft Vertrauen");
        test($(Checkbox.class).id("register-privacy")).click();
        test($(Button.class).id("register-submit")).click();

        assertThat($(Paragraph.class).id("register-mail-sent").getText()).contains(email);

        URI link = URI.create(TestMailServer.firstLink(mail.awaitMailTo(email)));
        UI.getCurrent().navigate(link.getPath().substring(1), QueryParameters.fromString(link.getRawQuery()));
        // Opening the link alone (as a mail scanner would) activates nothing.
        assertThat(accounts.findByEmail(email))
                .get()
                .extracting(UserAccount::status)
                .isEqualTo(AccountStatus.PENDING);
        test($(Button.class).id("confirm-button")).click();
        assertThat($(Paragraph.class).id("confirm-result").getText()).startsWith("Vielen Dank");
        assertThat(accounts.findByEmail(email))
                .get()
                .extracting(UserAccount::status)
                .isEqualTo(AccountStatus.ACTIVE);

        UI.getCurrent().navigate(link.getPath().substring(1), QueryParameters.fromString(link.getRawQuery()));
        test($(Button.class).id("confirm-button")).click();
        assertThat($(Paragraph.class).id("confirm-result").getText()).isEqualTo("Dieser Link wurde schon verwendet.");
    }

    @Test
    void theResetPageRefusesAnInvalidLink() {
        UI.getCurrent().navigate("passwort-zuruecksetzen", QueryParameters.of("token", "erfunden"));

        assertThat($(Paragraph.class).withText("Dieser Link ist ungültig.").exists())
                .isTrue();
        assertThat($(PasswordField.class).withId("reset-password").exists()).isFalse();
    }

    @Test
    void theForgotPasswordPageAnswersTheSameForEveryAddress() {
        navigate(ForgotPasswordView.class);
        test($(EmailField.class).id("forgot-email")).setValue("niemand-" + Fixtures.next() + "@test.example");
        test($(Button.class).id("forgot-submit")).click();

        assertThat($(Paragraph.class).id("forgot-sent").getText()).startsWith("Wenn zu niemand-");
    }

    @Test
    void adminsFindAndBlockAccountsInTheGrid() {
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        UserAccount target = fixtures.account("Zielperson " + Fixtures.next(), EnumSet.of(Role.CITIZEN));
        fixtures.loginAs(admin);

        navigate(AccountsAdminView.class);
        test($(TextField.class).id("accounts-search")).setValue(target.displayName());
        @SuppressWarnings("unchecked")
        Grid<AccountRow> grid = $(Grid.class).id("accounts-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).displayName()).isEqualTo(target.displayName());

        Button block = (Button)
                test(grid).getCellComponent(0, 4).getChildren().findFirst().orElseThrow();
        assertThat(block.getId()).contains("block-" + target.id());
        test(block).click();
        test($(TextArea.class).id("block-reason")).setValue("Beleidigungen");
        test($(Button.class).id("block-confirm")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(test(grid).getRow(0).status()).isEqualTo(AccountStatus.BLOCKED);
    }
}
