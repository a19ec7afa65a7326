package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.LoginAttributes;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second factor over real HTTP, with codes computed as an authenticator app computes them:
 * set up, the password form followed by the code form, each code taken once, wrong codes counted,
 * recovery codes, an admin's reset with its reason, the requirement for roles, the secret
 * encrypted at rest.
 */
@IntegrationTest
@Tag("database")
class SecondFactorTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    ProfileService profiles;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    AccountSessions sessions;

    @Autowired
    Clock clock;

    @Autowired
    ThrottledChecks checks;

    @Autowired
    Passkeys passkeys;

    @Value("${kokreation.second-factor.key}")
    String key;

    @Test
    void aSecondSetupNeedsThePasswordAndNeverReplacesAWorkingFactor() {
        UserAccount person = fixtures.citizen();
        assertThatThrownBy(() -> fixtures.as(person, () -> secondFactors.startEnrolment("falsch")))
                .hasMessageContaining("account.error.wrongPassword");
        enrol(person);
        assertThatThrownBy(() -> fixtures.as(person, () -> secondFactors.startEnrolment(Fixtures.PASSWORD)))
                .hasMessageContaining("secondFactor.error.alreadyEnabled");
    }

    @Test
    void codesSentInParallelAreAllCountedByTheLoginThrottle() throws Exception {
        UserAccount person = fixtures.citizen();
        enrol(person);
        Browser browser = new Browser();
        browser.password(person);

        List<java.util.concurrent.Future<String>> answers;
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            answers = threads.invokeAll(java.util.Collections.nCopies(8, () -> browser.code("000000")));
        }

        long checked = 0;
        for (var answer : answers) {
            if (answer.get().equals("/anmelden/code?error")) {
                checked++;
            }
        }
        // the password attempt counted once, four codes more reach the pause of this address and account
        assertThat(checked).isLessThanOrEqualTo(4);
    }

    @BeforeEach
    void aRequestForTheEnrolmentsSession() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aPasswordLoginThenNeedsTheAppsCodeAndTakesEachCodeOnce() throws Exception {
        UserAccount person = fixtures.citizen();
        long enrolledStep = enrol(person).step();

        Browser browser = new Browser();
        assertThat(browser.password(person)).isEqualTo("/anmelden?error");
        assertThat(browser.isLoggedIn()).as("the password alone").isFalse();
        // the code the app showed at the setup was used there: seen over a shoulder, it is spent
        assertThat(browser.code(code(person, enrolledStep))).isEqualTo("/anmelden/code?error");
        assertThat(browser.isLoggedIn()).isFalse();

        // back to the page that asked for the login (the profile, tried above)
        assertThat(browser.code(code(person, enrolledStep + 1))).isEqualTo("/profil?continue");

        assertThat(browser.isLoggedIn()).isTrue();
        Browser second = new Browser();
        second.password(person);
        assertThat(second.code(code(person, enrolledStep + 1)))
                .as("the same code again")
                .isEqualTo("/anmelden/code?error");
    }

    @Test
    void fiveWrongCodesAskForThePasswordAgain() throws Exception {
        UserAccount person = fixtures.citizen();
        long step = enrol(person).step();
        Browser browser = new Browser();
        browser.password(person);

        for (int i = 0; i < 4; i++) {
            assertThat(browser.code("000000")).isEqualTo("/anmelden/code?error");
        }
        assertThat(browser.code("000000")).isEqualTo("/anmelden?error&code");
        // the right code no longer helps: the password first
        assertThat(browser.code(code(person, step + 1))).isEqualTo("/anmelden?error&code");
        assertThat(browser.isLoggedIn()).isFalse();
    }

    @Test
    void aRecoveryCodeLogsInOnceAndIsKeptInTheHistory() throws Exception {
        UserAccount person = fixtures.citizen();
        String recovery = enrol(person).recoveryCodes().get(3);

        Browser browser = new Browser();
        browser.password(person);
        // typed as people copy it from paper
        assertThat(browser.code(" " + recovery.toLowerCase(Locale.ROOT).replace("-", " - ") + " "))
                .isEqualTo("/");
        assertThat(browser.isLoggedIn()).isTrue();

        Browser again = new Browser();
        again.password(person);
        assertThat(again.code(recovery)).isEqualTo("/anmelden/code?error");
        assertThat(fixtures.as(person, secondFactors::myStatus).recoveryCodesLeft())
                .isEqualTo(9);
        assertThat(fixtures.as(person, profiles::myPersonalData).securityHistory())
                .extracting(PersonalData.SecurityEvent::kind)
                .containsExactly(SecondFactors.ENABLED, SecondFactors.RECOVERY_CODE_USED);
    }

    @Test
    void anAdminResetsALostSecondFactorWithAReasonAndTheAccountsSessionsEnd() throws Exception {
        UserAccount person = fixtures.citizen();
        Enrolled enrolled = enrol(person);
        Browser browser = new Browser();
        browser.password(person);
        browser.code(code(person, enrolled.step() + 1));
        UserAccount admin = fixtures.account("Admin", Set.of(Role.ADMIN));

        assertThatThrownBy(() -> fixtures.as(admin, () -> {
                    secondFactors.reset(person.id(), "  ");
                    return null;
                }))
                .isInstanceOf(DomainException.class);
        fixtures.as(admin, () -> {
            secondFactors.reset(person.id(), "Telefon verloren, Ausweis geprüft");
            return null;
        });

        assertThat(browser.isLoggedIn()).isFalse();
        assertThat(fixtures.as(person, secondFactors::myStatus).enabled()).isFalse();
        assertThat(new SecondFactorStore(dataSource).events(person.id())).last().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(SecondFactors.RESET);
            assertThat(event.actorId()).isEqualTo(admin.id());
            assertThat(event.reason()).isEqualTo("Telefon verloren, Ausweis geprüft");
        });
        Browser fresh = new Browser();
        assertThat(fresh.password(person)).isEqualTo("/");
        assertThatThrownBy(() -> fixtures.as(admin, () -> {
                    secondFactors.reset(admin.id(), "selbst");
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("secondFactor.error.resetSelf");
    }

    @Test
    void whereARoleRequiresItRemovingItLeadsStraightToANewSetupAndElsewhereItCanBeSwitchedOff() {
        SecondFactors requiredForCoordinators = new SecondFactors(
                dataSource,
                accounts,
                currentUser,
                sessions,
                checks,
                passkeys,
                key,
                Set.of(Role.ADMIN, Role.COORDINATOR),
                "Kokreation",
                clock);
        UserAccount coordinator = fixtures.account("Koordination", Set.of(Role.COORDINATOR));
        long coordinatorsStep = enrol(coordinator).step();
        assertThat(fixtures.as(coordinator, requiredForCoordinators::myStatus).required())
                .isTrue();
        assertThat(requiredForCoordinators.requiredFor(Set.of(Role.CITIZEN, Role.LEAD)))
                .isFalse();
        fixtures.as(coordinator, () -> {
            requiredForCoordinators.disable(code(coordinator, coordinatorsStep + 1));
            return null;
        });
        assertThat(session().getAttribute(LoginAttributes.SECOND_FACTOR_MISSING))
                .isEqualTo(Boolean.TRUE);

        UserAccount citizen = fixtures.citizen();
        long step = enrol(citizen).step();
        assertThatThrownBy(() -> fixtures.as(citizen, () -> {
                    secondFactors.disable("000000");
                    return null;
                }))
                .hasMessageContaining("secondFactor.error.wrongCode");
        fixtures.as(citizen, () -> {
            secondFactors.disable(code(citizen, step + 1));
            return null;
        });
        assertThat(fixtures.as(citizen, secondFactors::myStatus).enabled()).isFalse();
    }

    @Test
    void theSecretIsStoredEncryptedAndAWrongFirstCodeSetsNothingUp() {
        UserAccount person = fixtures.citizen();
        SecondFactors.Enrolment enrolment = fixtures.as(person, () -> secondFactors.startEnrolment(Fixtures.PASSWORD));
        assertThat(enrolment.otpauthUri())
                .startsWith("otpauth://totp/Kokreation:" + person.email().replace("@", "%40"))
                .contains("secret=" + enrolment.secret());
        assertThatThrownBy(() -> fixtures.as(person, () -> secondFactors.confirmEnrolment("000000")))
                .hasMessageContaining("secondFactor.error.wrongCode");
        assertThat(secondFactors.enabledFor(person.id())).isFalse();

        fixtures.as(
                person,
                () -> secondFactors.confirmEnrolment(Totp.code(enrolment.secret(), Totp.stepAt(Instant.now()))));

        String stored =
                new SecondFactorStore(dataSource).of(person.id()).orElseThrow().sealedSecret();
        assertThat(stored).startsWith("v1:").doesNotContain(enrolment.secret());
    }

    @Test
    void aSecretBoxOpensOnlyWithItsKey() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        SecretBox box = new SecretBox(key);
        String sealed = box.seal("JBSWY3DPEHPK3PXP");
        assertThat(box.open(sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(box.seal("JBSWY3DPEHPK3PXP")).as("a new nonce each time").isNotEqualTo(sealed);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(other)).open(sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new SecretBox("").open(new SecretBox("").seal("ABC"))).isEqualTo("ABC");
        assertThatThrownBy(() -> new SecretBox("c2hvcnQ=")).isInstanceOf(IllegalArgumentException.class);
    }

    private static jakarta.servlet.http.HttpSession session() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest()
                .getSession();
    }

    private record Enrolled(long step, List<String> recoveryCodes) {}

    private final java.util.Map<Long, String> secrets = new java.util.HashMap<>();

    /** Sets up the second factor as a person does with an app: the first code confirms it. */
    private Enrolled enrol(UserAccount person) {
        SecondFactors.Enrolment enrolment = fixtures.as(person, () -> secondFactors.startEnrolment(Fixtures.PASSWORD));
        secrets.put(person.id(), enrolment.secret());
        long step = Totp.stepAt(Instant.now());
        List<String> codes =
                fixtures.as(person, () -> secondFactors.confirmEnrolment(Totp.code(enrolment.secret(), step)));
        assertThat(codes).hasSize(SecondFactors.RECOVERY_CODES).doesNotHaveDuplicates();
        return new Enrolled(step, codes);
    }

    private String code(UserAccount person, long step) {
        return Totp.code(secrets.get(person.id()), step);
    }

    /** One browser of its own, its redirects read rather than followed. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private String csrf = "";

        /** Sends the password form; answers where the browser is sent. */
        String password(UserAccount person) throws Exception {
            Matcher token = CSRF_META.matcher(get("/anmelden").body());
            assertThat(token.find()).isTrue();
            csrf = token.group(1);
            return post(
                    "/anmelden",
                    "username=" + encode(person.email()) + "&password=" + encode(Fixtures.PASSWORD) + "&_csrf="
                            + encode(csrf));
        }

        /** Sends the code form; answers where the browser is sent. */
        String code(String code) throws Exception {
            return post("/anmelden/code", "code=" + encode(code) + "&_csrf=" + encode(csrf));
        }

        boolean isLoggedIn() throws Exception {
            return get("/profil").statusCode() == 200;
        }

        private HttpResponse<String> get(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private String post(String path, String form) throws Exception {
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(302);
            return URI.create(answer.headers().firstValue("Location").orElseThrow())
                            .getRawPath()
                    + (URI.create(answer.headers().firstValue("Location").orElseThrow())
                                            .getRawQuery()
                                    == null
                            ? ""
                            : "?"
                                    + URI.create(answer.headers()
                                                    .firstValue("Location")
                                                    .orElseThrow())
                                            .getRawQuery());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
