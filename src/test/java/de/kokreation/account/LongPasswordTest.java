package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Passwords of 12 to 128 characters, as the README promises, whatever their bytes: bcrypt took at
 * most 72 bytes and threw on longer ones, so a passphrase with umlauts crashed the registration.
 */
@IntegrationTest
class LongPasswordTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ProfileService profile;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    ThrottledAuthenticationProvider login;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fromAnAddressOfItsOwn() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.72.0." + (Fixtures.next() % 250));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void clearRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    /** A password of {@code length} characters built from {@code unit}, ending in a counter. */
    static String password(String unit, int length) {
        StringBuilder password = new StringBuilder();
        while (password.codePointCount(0, password.length()) < length) {
            password.append(unit);
        }
        return password.substring(0, password.offsetByCodePoints(0, length));
    }

    @ParameterizedTest(name = "{1} times \"{0}\"")
    @CsvSource({"x, 72", "x, 73", "x, 128", "ä, 72", "ä, 73", "ä, 128", "€, 128", "\uD83C\uDF3B, 128"})
    void aLongPasswordRegistersAndLogsIn(String unit, int length) {
        String password = "Wort" + password(unit, length - 4);
        assertThat(password.codePointCount(0, password.length())).isEqualTo(length);
        assertThat(policy.violation(password, "", "")).isEmpty();

        String email = "lang-" + Fixtures.next() + "@test.example";
        accounts.createActiveAccount("Lang", email, password, EnumSet.of(Role.CITIZEN));

        assertThat(login.authenticate(attempt(email, password)).isAuthenticated())
                .isTrue();
        String almost = password.substring(0, password.offsetByCodePoints(0, length - 1)) + "!";
        assertThatThrownBy(() -> login.authenticate(attempt(email, almost)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void theLimitsHoldAtBelowAndAbove() {
        assertThat(policy.violation("Wort" + password("ä", 7), "", "")).contains("password.error.length");
        assertThat(policy.violation("Wort" + password("ä", 8), "", "")).isEmpty();
        assertThat(policy.violation("Wort" + password("ä", 124), "", "")).isEmpty();
        assertThat(policy.violation("Wort" + password("ä", 125), "", "")).contains("password.error.length");
        assertThat(policy.violation("Wort" + password("\uD83C\uDF3B", 124), "", ""))
                .isEmpty();
    }

    @Test
    void registrationAndPasswordChangeTakeAPassphraseOfMoreThan72Bytes() {
        String passphrase = "Grüße an alle Bürgerinnen und Bürger in Köln"; // 44 characters, 49 bytes
        String longer = passphrase + " und Düsseldorf, überall gleichermaßen";
        assertThat(longer.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        String email = RegistrationAndPasswordResetTest.uniqueEmail();
        accounts.register(RegistrationAndPasswordResetTest.request("Grüße", email, Locale.GERMAN, longer));
        assertThat(accounts.findByEmail(email)).isPresent();

        UserAccount account = accounts.createActiveAccount(
                "Änne", "aenne-" + Fixtures.next() + "@test.example", Fixtures.PASSWORD, EnumSet.of(Role.CITIZEN));
        String newPassword = "Wort" + password("ö", 124);
        fixtures.as(account, () -> {
            profile.changePassword(Fixtures.PASSWORD, newPassword);
            return null;
        });
        assertThat(login.authenticate(attempt(account.email(), newPassword)).isAuthenticated())
                .isTrue();
    }

    @Test
    void aBcryptHashOfEarlierDaysLogsInOnceAndIsReplacedByArgon2() {
        UserAccount account = accounts.createActiveAccount(
                "Alt", "alt-" + Fixtures.next() + "@test.example", Fixtures.PASSWORD, EnumSet.of(Role.CITIZEN));
        jdbc.update(
                "update user_account set password_hash = ? where id = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode(Fixtures.PASSWORD),
                account.id());

        // longer than bcrypt can take: a plain mismatch, not a crash
        assertThatThrownBy(() -> login.authenticate(attempt(account.email(), password("ä", 40))))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login.authenticate(attempt(account.email(), Fixtures.PASSWORD))
                        .isAuthenticated())
                .isTrue();

        assertThat(jdbc.queryForObject(
                        "select password_hash from user_account where id = ?", String.class, account.id()))
                .startsWith("{argon2}");
        assertThat(login.authenticate(attempt(account.email(), Fixtures.PASSWORD))
                        .isAuthenticated())
                .isTrue();
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(email, password);
    }
}
