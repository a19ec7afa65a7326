package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.shared.LoginAttributes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The terms of participation by version: accounts made by registration or by the operator accept
 * the version in force; an account that accepted an earlier one (or none, as every account from
 * before the terms had versions) is asked once at its next login, and accepting clears it.
 */
@IntegrationTest
class TermsOfParticipationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ThrottledAuthenticationProvider passwordLogin;

    @Autowired
    ProfileService profiles;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    TermsOfParticipation terms;

    @Autowired
    JdbcTemplate jdbc;

    private final MockHttpServletRequest request = new MockHttpServletRequest();

    @BeforeEach
    void aRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
        fixtures.logout();
    }

    @Test
    void anAccountUnderEarlierTermsIsAskedAtItsNextLoginUntilItAccepts() {
        UserAccount person = fixtures.citizen();
        assertThat(accounts.findById(person.id()).orElseThrow().needsTerms(terms.version()))
                .as("made with the terms in force")
                .isFalse();
        login(person);
        assertThat(request.getSession().getAttribute(LoginAttributes.TERMS_PENDING))
                .isNull();

        jdbc.update("update user_account set terms_version = ? where id = ?", "2019-01", person.id());
        request.getSession().invalidate();
        login(person);

        assertThat(request.getSession().getAttribute(LoginAttributes.TERMS_PENDING))
                .isEqualTo(Boolean.TRUE);
        fixtures.as(person, () -> {
            assertThat(profiles.mustAcceptTerms()).isTrue();
            profiles.acceptTerms();
            assertThat(profiles.mustAcceptTerms()).isFalse();
            return null;
        });
        assertThat(accounts.findById(person.id()).orElseThrow().termsVersion()).isEqualTo(terms.version());

        jdbc.update("update user_account set terms_version = null where id = ?", person.id());
        assertThat(accounts.findById(person.id()).orElseThrow().needsTerms(terms.version()))
                .as("an account from before the terms had versions")
                .isTrue();
    }

    private void login(UserAccount person) {
        passwordLogin.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(person.email(), Fixtures.PASSWORD));
    }
}
