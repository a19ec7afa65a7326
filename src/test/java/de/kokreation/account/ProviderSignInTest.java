package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.TestIdentityProvider;
import de.kokreation.TestIdentityProvider.Token;
import de.kokreation.shared.DomainException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in through a real OpenID Connect provider (Spring Authorization Server, started by the
 * test) over real HTTP, as a browser does it: the app's start address, the provider's login form,
 * the way back with the code, the app's check of the ID token. What comes out is read in the
 * database; refusals are told by the login page's address and the log.
 */
@IntegrationTest
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class ProviderSignInTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    SsoIdentities identities;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountUserDetailsService passwordLogins;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProfileService profiles;

    @AfterEach
    void nobodyActs() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void declinedTermsDeleteTheNewAccountAndItsLinkSoTheNextSignInStartsAfresh() {
        String user = person();
        String email = user + "@ministerium.example";
        TestIdentityProvider.addPerson(user, Map.of("email", email, "email_verified", true), Token.VALID);
        signIn(user);
        UserAccount account = accounts.findByEmail(email).orElseThrow();
        actAs(account);
        assertThat(profiles.myPersonalData().identityProviders())
                .singleElement()
                .satisfies(link -> assertThat(link.subject()).isEqualTo(user));

        profiles.declineTerms();

        assertThat(accounts.findById(account.id()).orElseThrow().isDeleted()).isTrue();
        assertThat(identities.of(account.id())).isEmpty();
        SecurityContextHolder.clearContext();
        signIn(user);
        assertThat(accounts.findByEmail(email).orElseThrow().id()).isNotEqualTo(account.id());
    }

    @Test
    void anAccountWithoutPasswordIsDeletedByTypingItsAddressAndAcceptedTermsStayAccepted() {
        String user = person();
        String email = user + "@ministerium.example";
        TestIdentityProvider.addPerson(user, Map.of("email", email, "email_verified", true), Token.VALID);
        signIn(user);
        UserAccount account = accounts.findByEmail(email).orElseThrow();
        actAs(account);
        profiles.acceptTerms();
        assertThat(accounts.findById(account.id()).orElseThrow().termsPending()).isFalse();
        assertThatThrownBy(profiles::declineTerms).isInstanceOf(DomainException.class);
        assertThat(profiles.hasPassword()).isFalse();

        assertThatThrownBy(() -> profiles.deleteMyAccount("jemand@anders.example"))
                .isInstanceOf(DomainException.class)
                .hasMessage("account.error.wrongAddress");
        profiles.deleteMyAccount(" " + email.toUpperCase(Locale.ROOT) + " ");

        assertThat(accounts.findById(account.id()).orElseThrow().isDeleted()).isTrue();
    }

    private static void actAs(UserAccount account) {
        AccountPrincipal principal = new AccountPrincipal(account);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @Test
    void aFirstSignInMakesAnAccountWithTheRolesOfItsGroupsAndALaterOneTakesThemAway() {
        String user = person();
        String email = user + "@ministerium.example";
        TestIdentityProvider.addPerson(
                user,
                Map.of(
                        "email",
                        email,
                        "email_verified",
                        true,
                        "name",
                        "Anna Schmidt",
                        "groups",
                        List.of("kokreation-koordination", "kantine")),
                Token.VALID);

        assertThat(signIn(user)).isEqualTo(app("/"));

        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Anna Schmidt");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.CITIZEN, Role.COORDINATOR);
        assertThat(account.termsPending()).isTrue();
        assertThat(account.passwordHash()).isNull();
        assertThat(identities.of(account.id())).singleElement().satisfies(link -> {
            assertThat(link.provider()).isEqualTo("test-idp");
            assertThat(link.issuer()).isEqualTo(TestIdentityProvider.ISSUER);
            assertThat(link.subject()).isEqualTo(user);
        });
        // no password to log in with: the password form treats the address as unknown
        assertThatThrownBy(() -> passwordLogins.loadUserByUsername(email))
                .isInstanceOf(UsernameNotFoundException.class);

        TestIdentityProvider.addPerson(
                user,
                Map.of("email", email, "email_verified", true, "name", "Anna Schmidt", "groups", List.of("kantine")),
                Token.VALID);
        assertThat(signIn(user)).isEqualTo(app("/"));
        UserAccount again = accounts.findByEmail(email).orElseThrow();
        assertThat(again.id()).isEqualTo(account.id());
        assertThat(again.roles()).containsExactly(Role.CITIZEN);
        assertThat(again.sessionStamp()).isGreaterThan(account.sessionStamp());
        assertThat(identities.of(account.id())).hasSize(1);
    }

    @Test
    void anAddressTheProviderVerifiedJoinsTheAccountThatHasIt() {
        UserAccount existing = fixtures.citizen();
        String user = person();
        TestIdentityProvider.addPerson(
                user, Map.of("email", existing.email().toUpperCase(Locale.ROOT), "email_verified", true), Token.VALID);

        assertThat(signIn(user)).isEqualTo(app("/"));

        UserAccount joined = accounts.findById(existing.id()).orElseThrow();
        assertThat(joined.termsPending()).isFalse();
        assertThat(joined.passwordHash()).isNotNull();
        assertThat(identities.accountOf(TestIdentityProvider.ISSUER, user)).contains(existing.id());
    }

    @Test
    void anUnconfirmedRegistrationOfTheAddressIsTakenOverWithoutItsPassword() {
        String email = person() + "@ministerium.example";
        accountService.register(
                new RegistrationRequest("Fremde Person", email, "ein-fremdes-Passwort-123", true, Locale.GERMAN));
        String user = person();
        TestIdentityProvider.addPerson(user, Map.of("email", email, "email_verified", true), Token.VALID);

        assertThat(signIn(user)).isEqualTo(app("/"));

        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.passwordHash()).isNull();
        // nothing of the stranger's registration stays: not the name, and the owner accepts the terms
        assertThat(account.displayName()).isNotEqualTo("Fremde Person");
        assertThat(account.termsPending()).isTrue();
    }

    @Test
    void anAddressHandedOnAtTheProviderDoesNotTakeOverTheAccountOfItsFormerHolder(CapturedOutput log) {
        String former = person();
        String email = former + "@ministerium.example";
        TestIdentityProvider.addPerson(former, Map.of("email", email, "email_verified", true), Token.VALID);
        signIn(former);
        String successor = person();
        TestIdentityProvider.addPerson(successor, Map.of("email", email, "email_verified", true), Token.VALID);

        assertThat(signIn(successor)).isEqualTo(app("/anmelden?error&sso"));

        assertThat(identities.accountOf(TestIdentityProvider.ISSUER, successor)).isEmpty();
        assertThat(log).contains("refused: email_taken");
    }

    @Test
    void anAccountWithPowersIsNeverJoinedByAnAddressAProviderVouchesFor(CapturedOutput log) {
        UserAccount coordinator = fixtures.account("Koordination", Set.of(Role.CITIZEN, Role.COORDINATOR));
        String user = person();
        TestIdentityProvider.addPerson(user, Map.of("email", coordinator.email(), "email_verified", true), Token.VALID);

        assertThat(signIn(user)).isEqualTo(app("/anmelden?error&sso"));

        assertThat(identities.of(coordinator.id())).isEmpty();
        assertThat(log).contains("refused: email_taken");
    }

    @Test
    void rolesGrantedInKokreationStayWhenTheProvidersGroupsChange() {
        String user = person();
        String email = user + "@ministerium.example";
        TestIdentityProvider.addPerson(
                user,
                Map.of("email", email, "email_verified", true, "groups", List.of("kokreation-themenleitung")),
                Token.VALID);
        signIn(user);
        transactions.executeWithoutResult(
                status -> accounts.findByEmail(email).orElseThrow().grant(Role.ADMIN));
        TestIdentityProvider.addPerson(
                user, Map.of("email", email, "email_verified", true, "groups", List.of()), Token.VALID);

        signIn(user);

        // the provider manages leads and coordinators only
        assertThat(accounts.findByEmail(email).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.CITIZEN, Role.ADMIN);
    }

    @Test
    void anAddressTheProviderHasNotVerifiedIsRefused(CapturedOutput log) {
        String user = person();
        String email = user + "@ministerium.example";
        TestIdentityProvider.addPerson(user, Map.of("email", email, "email_verified", false), Token.VALID);

        assertThat(signIn(user)).isEqualTo(app("/anmelden?error&sso"));

        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(log).contains("refused: email_not_verified");
    }

    @Test
    void anExpiredIdTokenIsRefused(CapturedOutput log) {
        String user = person();
        String email = user + "@ministerium.example";
        TestIdentityProvider.addPerson(user, Map.of("email", email, "email_verified", true), Token.EXPIRED);

        assertThat(signIn(user)).isEqualTo(app("/anmelden?error&sso"));

        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(log).contains("refused: invalid_id_token");
    }

    @Test
    void anIdTokenOfAnotherIssuerIsRefused(CapturedOutput log) {
        String user = person();
        String email = user + "@ministerium.example";
        TestIdentityProvider.addPerson(user, Map.of("email", email, "email_verified", true), Token.WRONG_ISSUER);

        assertThat(signIn(user)).isEqualTo(app("/anmelden?error&sso"));

        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(log).contains("refused: invalid_id_token");
    }

    @Test
    void aBlockedAccountStaysOutThoughTheProviderVouchesForIt(CapturedOutput log) {
        String user = person();
        String email = user + "@ministerium.example";
        TestIdentityProvider.addPerson(user, Map.of("email", email, "email_verified", true), Token.VALID);
        assertThat(signIn(user)).isEqualTo(app("/"));
        transactions.executeWithoutResult(
                status -> accounts.findByEmail(email).orElseThrow().block("Spam"));

        assertThat(signIn(user)).isEqualTo(app("/anmelden?error&sso"));
        assertThat(log).contains("refused: account_blocked");
    }

    @Test
    void aProviderThatIsNotConfiguredEndsOnTheLoginPage(CapturedOutput log) throws Exception {
        HttpResponse<String> answer = browser()
                .send(
                        HttpRequest.newBuilder(URI.create(app("/oauth2/authorization/nirgendwo")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.uri().toString()).isEqualTo(app("/anmelden?error&sso"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(log).contains("refused: unavailable");
    }

    @Test
    void rolesComeOnlyFromTheGroupsTheOperatorNamed() {
        String user = person();
        String email = user + "@ministerium.example";
        TestIdentityProvider.addPerson(
                user,
                Map.of("email", email, "email_verified", true, "groups", "kokreation-themenleitung"),
                Token.VALID);

        signIn(user);

        assertThat(accounts.findByEmail(email).orElseThrow().roles()).isEqualTo(Set.of(Role.CITIZEN, Role.LEAD));
    }

    /** Signs in through the provider in a fresh browser; answers where the browser ends up. */
    private String signIn(String user) {
        try {
            HttpClient browser = browser();
            HttpResponse<String> loginPage = browser.send(
                    HttpRequest.newBuilder(URI.create(app("/oauth2/authorization/test-idp")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(loginPage.uri().toString()).isEqualTo(TestIdentityProvider.ISSUER + "/login");
            Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"")
                    .matcher(loginPage.body());
            assertThat(csrf.find()).as("the provider's login form").isTrue();
            String form = "username=" + encode(user) + "&password=" + encode(TestIdentityProvider.PASSWORD) + "&_csrf="
                    + encode(csrf.group(1));
            HttpResponse<String> back = browser.send(
                    HttpRequest.newBuilder(URI.create(TestIdentityProvider.ISSUER + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(back.statusCode()).isEqualTo(200);
            return back.uri().toString();
        } catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String person() {
        return "person-" + PEOPLE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
