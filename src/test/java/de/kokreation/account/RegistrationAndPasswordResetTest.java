package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.TestMailServer;
import de.kokreation.shared.DomainException;
import jakarta.mail.internet.MimeMessage;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@IntegrationTest
@Tag("database")
class RegistrationAndPasswordResetTest {

    static final String PASSWORD = "Offene Daten für alle Menschen";

    @Autowired
    AccountService accounts;

    @Autowired
    TestMailServer mail;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRegistrationBecomesActiveThroughTheLinkInTheConfirmationMail() {
        String email = uniqueEmail();
        accounts.register(request("Jana", email, Locale.GERMAN));

        assertThat(accounts.findByEmail(email))
                .get()
                .extracting(UserAccount::status)
                .isEqualTo(AccountStatus.PENDING);
        assertThat(users.loadUserByUsername(email).isEnabled()).isFalse();

        MimeMessage confirmation = mail.awaitMailTo(email);
        assertThat(TestMailServer.subject(confirmation))
                .isEqualTo("Bitte bestätigen Sie Ihre Registrierung bei Kokreation");
        assertThat(TestMailServer.text(confirmation)).startsWith("Hallo,").contains("24 Stunden");
        String link = TestMailServer.firstLink(confirmation);
        assertThat(link).startsWith("https://kokreation.test/registrieren/bestaetigen?token=");
        assertThat(TestMailServer.html(confirmation)).contains("<a href=\"" + link.replace("&", "&amp;") + "\">");

        accounts.confirmRegistration(token(newestLinkTo(email)));

        assertThat(users.loadUserByUsername(email).isEnabled()).isTrue();
        assertThatThrownBy(() -> accounts.confirmRegistration(token(link)))
                .isInstanceOf(DomainException.class)
                .extracting(failure -> ((DomainException) failure).messageKey())
                .isEqualTo("account.error.tokenUsed");
    }

    @Test
    void mailsSpeakTheLanguageOfTheRegistration() {
        String email = uniqueEmail();
        accounts.register(request("Jane", email, Locale.ENGLISH));

        MimeMessage confirmation = mail.awaitMailTo(email);
        assertThat(TestMailServer.subject(confirmation)).isEqualTo("Please confirm your registration at Kokreation");
        assertThat(TestMailServer.text(confirmation)).startsWith("Hello,").contains("valid for 24 hours");
    }

    @Test
    void aConfirmationLinkExpiresAfter24HoursAndCanBeSentAgain() {
        String email = uniqueEmail();
        accounts.register(request("Kai", email, Locale.GERMAN));
        mail.awaitMailTo(email);
        String firstLink = newestLinkTo(email);
        jdbc.update(
                "update account_token set expires_at = ? where token_hash = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                AccountToken.hash(token(firstLink)));

        assertThatThrownBy(() -> accounts.confirmRegistration(token(firstLink)))
                .isInstanceOf(DomainException.class)
                .extracting(failure -> ((DomainException) failure).messageKey())
                .isEqualTo("account.error.tokenExpired");

        accounts.resendConfirmation(email);
        // The new link, whatever else reached the address (a retried first mail, say).
        mail.awaitMailTo(email, sent -> !TestMailServer.firstLink(sent).equals(firstLink));
        String secondLink = newestLinkTo(email);
        accounts.confirmRegistration(token(secondLink));
        assertThat(users.loadUserByUsername(email).isEnabled()).isTrue();
    }

    @Test
    void registeringAKnownAddressRevealsNothingToTheCaller() {
        String email = uniqueEmail();
        accounts.createActiveAccount("Bestehend", email, PASSWORD, EnumSet.of(Role.CITIZEN));
        String unknown = uniqueEmail();

        accounts.register(request("Eindringling", email, Locale.GERMAN));
        accounts.register(request("Neu", unknown, Locale.GERMAN));

        // The same outcome for the caller; one mail each: the owner learns of the attempt.
        MimeMessage toOwner = mail.awaitMailTo(email);
        assertThat(TestMailServer.subject(toOwner)).isEqualTo("Registrierung mit Ihrer E-Mail-Adresse bei Kokreation");
        assertThat(TestMailServer.text(toOwner)).startsWith("Hallo Bestehend,");
        assertThat(mail.awaitMailTo(unknown)).isNotNull();
        assertThat(mail.mailsToAfterQuietPeriod(email)).hasSize(1);
        assertThat(accounts.findByEmail(email))
                .get()
                .extracting(UserAccount::displayName)
                .isEqualTo("Bestehend");
    }

    @Test
    void aForgottenPasswordIsResetOnceThroughTheMailedLink() {
        String email = uniqueEmail();
        accounts.createActiveAccount("Rita", email, PASSWORD, EnumSet.of(Role.CITIZEN));

        accounts.requestPasswordReset(email.toUpperCase(Locale.ROOT));
        MimeMessage reset = mail.awaitMailTo(email);
        assertThat(TestMailServer.subject(reset)).isEqualTo("Neues Passwort für Kokreation");
        String link = newestLinkTo(email);
        assertThat(URI.create(link).getPath()).isEqualTo("/passwort-zuruecksetzen");

        accounts.resetPassword(token(link), "Ein ganz neues Passwort 2026");

        assertThat(passwordEncoder.matches(
                        "Ein ganz neues Passwort 2026",
                        users.loadUserByUsername(email).getPassword()))
                .isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(token(link), "Noch ein anderes Passwort"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aResetForAnUnknownAddressSendsNothingAndLooksTheSame() {
        String unknown = uniqueEmail();

        accounts.requestPasswordReset(unknown);

        assertThat(mail.mailsToAfterQuietPeriod(unknown)).isEmpty();
    }

    @Test
    void weakPasswordsAreRefused() {
        assertThatThrownBy(() -> accounts.register(request("Kurz", uniqueEmail(), Locale.GERMAN, "zu kurz")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> accounts.register(request("Verbreitet", uniqueEmail(), Locale.GERMAN, "passwort1234")))
                .isInstanceOf(DomainException.class)
                .extracting(failure -> ((DomainException) failure).messageKey())
                .isEqualTo("password.error.common");
        assertThatThrownBy(() -> accounts.register(request("Lang", uniqueEmail(), Locale.GERMAN, "x".repeat(129))))
                .isInstanceOf(ConstraintViolationException.class);
        String email = uniqueEmail();
        assertThatThrownBy(() -> accounts.register(request("Eigen", email, Locale.GERMAN, email)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void withoutConsentToThePrivacyNoticeThereIsNoAccount() {
        String email = uniqueEmail();
        assertThatThrownBy(
                        () -> accounts.register(new RegistrationRequest("Ohne", email, PASSWORD, false, Locale.GERMAN)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void oneAddressCreatesAFewAccountsAtOnceThenIsAskedToWait() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100." + (Fixtures.next() % 250));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            for (int i = 0; i < 5; i++) {
                accounts.register(request("Massen " + i, uniqueEmail(), Locale.GERMAN));
            }
            String sixth = uniqueEmail();
            assertThatThrownBy(() -> accounts.register(request("Massen 6", sixth, Locale.GERMAN)))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("register.error.tooMany");
            assertThat(accounts.findByEmail(sixth)).isEmpty();

            // another address is not affected
            request.setRemoteAddr("203.0.113." + (Fixtures.next() % 250));
            accounts.register(request("Andere Adresse", uniqueEmail(), Locale.GERMAN));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    static RegistrationRequest request(String name, String email, Locale language) {
        return request(name, email, language, PASSWORD);
    }

    static RegistrationRequest request(String name, String email, Locale language, String password) {
        return new RegistrationRequest(name, email, password, true, language);
    }

    /**
     * The link of the newest mail to the address once no more arrive. A delivery that is retried
     * (the listener's publication was still outstanding when a retry ran) mints a fresh link and
     * makes the earlier one worthless; the person uses the newest mail, and so does the test.
     */
    private String newestLinkTo(String email) {
        return TestMailServer.firstLink(mail.mailsToAfterQuietPeriod(email).getLast());
    }

    static String uniqueEmail() {
        return "registrierung-" + Fixtures.next() + "-" + System.nanoTime() + "@test.example";
    }

    static String token(String link) {
        String query = URI.create(link).getRawQuery();
        return URLDecoder.decode(query.substring(query.indexOf("token=") + 6), StandardCharsets.UTF_8);
    }

    /** Somebody pre-registers the address with their own password; the owner's link activates the owner's. */
    @Test
    void aPreRegistrationByAStrangerCannotSetTheOwnersPassword() {
        String email = uniqueEmail();
        accounts.register(request("Fremder", email, Locale.GERMAN, "Das Passwort des Fremden"));
        mail.awaitMailTo(email);
        accounts.register(request("Eigentümerin", email, Locale.GERMAN, "Das Passwort der Eigentümerin"));
        String ownersLink = TestMailServer.firstLink(mail.awaitMailsTo(email, 2).get(1));

        accounts.confirmRegistration(token(ownersLink));

        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Eigentümerin");
        assertThat(passwordEncoder.matches(
                        "Das Passwort der Eigentümerin",
                        users.loadUserByUsername(email).getPassword()))
                .isTrue();
        assertThat(passwordEncoder.matches(
                        "Das Passwort des Fremden",
                        users.loadUserByUsername(email).getPassword()))
                .isFalse();
    }

    @Test
    void theTokenCheckOfTheResetPageWorksInAReadOnlyTransaction() {
        String email = uniqueEmail();
        accounts.createActiveAccount("Petra", email, PASSWORD, EnumSet.of(Role.CITIZEN));
        accounts.requestPasswordReset(email);
        String link = TestMailServer.firstLink(mail.awaitMailTo(email));

        assertThat(accounts.isUsableToken(token(link))).isTrue();
        assertThat(accounts.isUsableToken("erfunden")).isFalse();
    }
}
