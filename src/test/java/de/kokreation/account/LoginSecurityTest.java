package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.shared.LoginAttributes;
import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@IntegrationTest
class LoginSecurityTest {

    @Autowired
    ThrottledAuthenticationProvider login;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final MockHttpServletRequest request = new MockHttpServletRequest();

    @AfterEach
    void clearRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void repeatedFailuresPauseTheLoginWithAClearReason() {
        String email = "throttle-" + Fixtures.next() + "@test.example";
        UserAccount account = accounts.createActiveAccount("Tina", email, Fixtures.PASSWORD, EnumSet.of(Role.CITIZEN));
        request.setRemoteAddr("10.1.2." + (Fixtures.next() % 250));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt(email, "falsch-falsch-falsch")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // Even the right password waits now: the guesser cannot tell it was right.
        assertThatThrownBy(() -> login.authenticate(attempt(email, Fixtures.PASSWORD)))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(request.getSession().getAttribute(LoginAttributes.WAIT_SECONDS))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from login_event where account_id = ? and succeeded = false",
                        Long.class,
                        account.id()))
                .isEqualTo(5);
    }

    @Test
    void aSuccessfulLoginIsRecordedAndAPendingAccountCannotLogIn() {
        String email = "login-" + Fixtures.next() + "@test.example";
        UserAccount account = accounts.createActiveAccount("Lars", email, Fixtures.PASSWORD, EnumSet.of(Role.CITIZEN));
        request.setRemoteAddr("10.9.8.7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(login.authenticate(attempt(email, Fixtures.PASSWORD)).getPrincipal())
                .isInstanceOf(AccountPrincipal.class);
        assertThat(jdbc.queryForObject(
                        "select client from login_event where account_id = ? and succeeded = true",
                        String.class,
                        account.id()))
                .isEqualTo("10.9.8.7");

        String pending = RegistrationAndPasswordResetTest.uniqueEmail();
        accounts.register(RegistrationAndPasswordResetTest.request("Paula", pending, Locale.GERMAN));
        assertThatThrownBy(() -> login.authenticate(attempt(pending, RegistrationAndPasswordResetTest.PASSWORD)))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void aGuesserCannotKeepTheOwnerOutOfTheBrowserSheLoggedInWith() {
        String email = "besitzerin-" + Fixtures.next() + "@test.example";
        accounts.createActiveAccount("Bea", email, Fixtures.PASSWORD, EnumSet.of(Role.CITIZEN));
        MockHttpServletRequest owner = new MockHttpServletRequest();
        owner.setRemoteAddr("192.168.7.7");
        MockHttpServletResponse ownerResponse = new MockHttpServletResponse();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(owner, ownerResponse));
        login.authenticate(attempt(email, Fixtures.PASSWORD));
        Cookie device = ownerResponse.getCookie(LoginDevices.COOKIE);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getValue()).doesNotContain(email).doesNotContain("besitzerin");

        // seven addresses guess five times each: untrusted browsers now wait for this account
        for (int address = 1; address <= 7; address++) {
            MockHttpServletRequest guesser = new MockHttpServletRequest();
            guesser.setRemoteAddr("203.0.113." + address);
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(guesser));
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> login.authenticate(attempt(email, "falsch-falsch-falsch")))
                        .isInstanceOf(AuthenticationException.class);
            }
        }
        MockHttpServletRequest freshGuesser = new MockHttpServletRequest();
        freshGuesser.setRemoteAddr("203.0.113.99");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(freshGuesser));
        assertThatThrownBy(() -> login.authenticate(attempt(email, "falsch-falsch-falsch")))
                .isInstanceOf(LoginThrottledException.class);

        // the owner's browser carries its device cookie and gets in at once
        MockHttpServletRequest ownerAgain = new MockHttpServletRequest();
        ownerAgain.setRemoteAddr("192.168.7.7");
        ownerAgain.setCookies(device);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(ownerAgain));
        assertThat(login.authenticate(attempt(email, Fixtures.PASSWORD)).isAuthenticated())
                .isTrue();
        // a forged cookie for this account is not trusted
        MockHttpServletRequest forged = new MockHttpServletRequest();
        forged.setRemoteAddr("203.0.113.100");
        forged.setCookies(new Cookie(LoginDevices.COOKIE, "abc.def"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(forged));
        assertThatThrownBy(() -> login.authenticate(attempt(email, Fixtures.PASSWORD)))
                .isInstanceOf(LoginThrottledException.class);
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(email, password);
    }
}
