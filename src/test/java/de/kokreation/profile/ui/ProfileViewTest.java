package de.kokreation.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.AccountService;
import de.kokreation.account.UserAccount;
import de.kokreation.notification.Delivery;
import de.kokreation.notification.NotificationKind;
import de.kokreation.notification.NotificationSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    NotificationSettings settings;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void aPersonRenamesChoosesNotificationsAndFindsTheDownload() {
        UserAccount me = fixtures.citizen();
        fixtures.loginAs(me);

        navigate(ProfileView.class);
        test($(TextField.class).id("profile-name")).setValue("Neuer Name");
        test($(Button.class).id("profile-name-save")).click();
        @SuppressWarnings("unchecked")
        Select<Delivery> replies = $(Select.class).id("notification-comment_reply");
        test(replies).selectItem("Tägliche Zusammenfassung");

        assertThat(accounts.findByEmail(me.email()))
                .get()
                .extracting(UserAccount::displayName)
                .isEqualTo("Neuer Name");
        assertThat(settings.mySettings()).containsEntry(NotificationKind.COMMENT_REPLY, Delivery.DAILY_DIGEST);
        assertThat($(Anchor.class).id("profile-download").getText()).isEqualTo("Meine Daten herunterladen (JSON)");
    }

    @Test
    void aWrongPasswordIsExplainedAndChangesNothing() {
        UserAccount me = fixtures.citizen();
        fixtures.loginAs(me);

        navigate(ProfileView.class);
        test($(PasswordField.class).id("profile-password-current")).setValue("nicht mein Passwort");
        test($(PasswordField.class).id("profile-password-new")).setValue("Ein ganz neues Passwort");
        test($(Button.class).id("profile-password-save")).click();

        assertThat($(PasswordField.class).id("profile-password-current").getErrorMessage())
                .isEqualTo("Das Passwort stimmt nicht.");
    }
}
