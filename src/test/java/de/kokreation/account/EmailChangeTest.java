package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.TestMailServer;
import de.kokreation.shared.DomainException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class EmailChangeTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProfileService profiles;

    @Autowired
    AccountService accounts;

    @Autowired
    TestMailServer mail;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void aNewAddressNeedsThePasswordAndTheLinkSentToIt() {
        UserAccount me = fixtures.citizen();
        String newAddress = "umgezogen-" + Fixtures.next() + "@test.example";
        fixtures.loginAs(me);

        assertThatThrownBy(() -> profiles.requestEmailChange(newAddress, "falsch"))
                .isInstanceOf(DomainException.class);
        profiles.requestEmailChange(newAddress, Fixtures.PASSWORD);
        assertThat(accounts.findByEmail(me.email())).isPresent();

        MimeMessage confirmation = mail.awaitMailTo(newAddress);
        assertThat(TestMailServer.subject(confirmation)).isEqualTo("Bitte bestätigen Sie Ihre neue E-Mail-Adresse");
        profiles.confirmEmailChange(RegistrationAndPasswordResetTest.token(TestMailServer.firstLink(confirmation)));

        assertThat(accounts.findByEmail(newAddress))
                .get()
                .extracting(UserAccount::id)
                .isEqualTo(me.id());
        assertThat(accounts.findByEmail(me.email())).isEmpty();
    }
}
