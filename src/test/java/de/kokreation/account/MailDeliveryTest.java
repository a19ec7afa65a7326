package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.IntegrationTest;
import de.kokreation.TestMailServer;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Mail is sent from event listeners, not in the user's request: when SMTP is down the user's
 * action still succeeds, and the mail arrives exactly once after SMTP is back.
 */
@IntegrationTest
class MailDeliveryTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TestMailServer mail;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMailWaitsForTheSmtpServerAndArrivesOnce() throws Exception {
        String email = RegistrationAndPasswordResetTest.uniqueEmail();
        mail.stop();
        try {
            accounts.register(RegistrationAndPasswordResetTest.request("Geduldig", email, Locale.GERMAN));
            assertThat(accounts.findByEmail(email)).isPresent();
            // Let the listener fail against the closed port.
            Thread.sleep(2000);
            // The waiting publication knows the account, not a usable link.
            assertThat(jdbc.queryForList(
                            "select serialized_event from event_publication where completion_date is null",
                            String.class))
                    .isNotEmpty()
                    .allSatisfy(event -> assertThat(event).doesNotContain("token"));
        } finally {
            mail.start();
        }

        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);

        assertThat(mail.awaitMailTo(email)).isNotNull();
        // The listener marks its publication complete just after the mail went out; a retry in
        // between would rightly send again. The retry that matters comes once all is quiet.
        assertThat(mail.mailsToAfterQuietPeriod(email)).hasSize(1);
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        assertThat(mail.mailsToAfterQuietPeriod(email)).hasSize(1);
    }
}
