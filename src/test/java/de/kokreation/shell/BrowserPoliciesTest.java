package de.kokreation.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser policies over real HTTP, on each kind of response: a Vaadin page, a static file, the
 * open data, an error page, a refusal. And the login form: its POST needs the page's CSRF token
 * and may not come from another site (login CSRF).
 */
@IntegrationTest
class BrowserPoliciesTest {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void everyKindOfResponseCarriesTheBrowserPolicies() throws Exception {
        Map<String, Integer> statusByPath = Map.of(
                "/", 200,
                "/styles/kokreation.css", 200,
                "/scripts/csp-functions.js", 200,
                "/api/v1/consultations", 200,
                "/api/v1/consultations/gibt-es-nicht/export.json", 404);
        for (var path : statusByPath.entrySet()) {
            HttpResponse<String> response = get(newClient(), path.getKey(), Map.of());
            assertThat(response.statusCode()).as(path.getKey()).isEqualTo(path.getValue());
            assertPolicies(path.getKey(), response);
        }
        // pages may carry personal data: never stored; the theme is the same for everyone
        assertThat(get(newClient(), "/anmelden", Map.of()).headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(get(newClient(), "/styles/kokreation.css", Map.of())
                        .headers()
                        .firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).doesNotContain("no-store"));
        HttpResponse<String> refused = post(newClient(), "/api/v1/consultations", "", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertPolicies("refused POST", refused);
    }

    @Test
    void eachPageHasItsOwnNonceAndEveryScriptOfThePageCarriesIt() throws Exception {
        HttpResponse<String> first = get(newClient(), "/", Map.of());
        HttpResponse<String> second = get(newClient(), "/", Map.of());

        String nonce = nonceOf(first);
        assertThat(nonce).isNotEqualTo(nonceOf(second)).hasSizeGreaterThanOrEqualTo(22);
        Matcher scripts = Pattern.compile("<script[^>]*>").matcher(first.body());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group()).contains("nonce=\"" + nonce + "\"");
            count++;
        }
        assertThat(count).as("the page's scripts").isGreaterThanOrEqualTo(2);
        // the predefined functions come first, before Vaadin's client builds any
        assertThat(first.body().indexOf("/scripts/csp-functions.js"))
                .isPositive()
                .isLessThan(first.body().indexOf("<script", first.body().indexOf("csp-functions.js")));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> page = get(newClient(), "/anmelden", Map.of());

        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void aLoginWithoutTheFormsTokenIsRefusedAndWithItAccepted() throws Exception {
        UserAccount citizen = fixtures.citizen();
        HttpClient client = newClient();
        String token = csrfTokenOfLoginPage(client);

        HttpResponse<String> withoutToken = post(client, "/anmelden", credentials(citizen, null), Map.of());
        // back to the login page, told why, not logged in (a logged-in user is sent on to the start page)
        assertThat(withoutToken.statusCode()).isEqualTo(302);
        assertThat(withoutToken.headers().firstValue("Location").orElseThrow()).endsWith("/anmelden?error&expired");

        HttpResponse<String> withToken = post(client, "/anmelden", credentials(citizen, token), Map.of());
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefusedEvenWithAToken() throws Exception {
        UserAccount citizen = fixtures.citizen();
        HttpClient client = newClient();
        String token = csrfTokenOfLoginPage(client);

        for (String site : new String[] {"cross-site", "same-site"}) {
            HttpResponse<String> foreign =
                    post(client, "/anmelden", credentials(citizen, token), Map.of("Sec-Fetch-Site", site));
            assertThat(foreign.statusCode()).as(site).isEqualTo(403);
            assertThat(foreign.body()).as(site).contains("von einer anderen Website");
            assertPolicies("refused login", foreign);
        }
        HttpResponse<String> own =
                post(client, "/anmelden", credentials(citizen, token), Map.of("Sec-Fetch-Site", "same-origin"));
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void browsersMayReportViolationsWithoutASession() throws Exception {
        HttpResponse<String> report = post(
                newClient(),
                "/csp-report",
                "{\"csp-report\":{\"blocked-uri\":\"eval\"}}",
                Map.of("Content-Type", "application/csp-report"));

        assertThat(report.statusCode()).isEqualTo(204);
        assertThat(report.headers().firstValue("Set-Cookie")).isEmpty();
        // anything else posted there is no report, and not counted
        HttpResponse<String> other = post(newClient(), "/csp-report", "x", Map.of("Content-Type", "text/plain"));
        assertThat(other.statusCode()).isEqualTo(415);
    }

    @Test
    void securityTxtNamesTheContactAndExpiresWithinAYear() throws Exception {
        HttpResponse<String> file = get(newClient(), "/.well-known/security.txt", Map.of());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(file.body())
                .contains("Contact: mailto:")
                .contains("Policy: https://")
                .contains("Preferred-Languages: de, en")
                .contains("Canonical: ")
                .endsWith("/.well-known/security.txt\n");
        Matcher expires = Pattern.compile("Expires: (\\S+)").matcher(file.body());
        assertThat(expires.find()).isTrue();
        Instant expiry = Instant.parse(expires.group(1));
        assertThat(expiry)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(365)));
        assertPolicies("security.txt", file);
    }

    private static void assertPolicies(String what, HttpResponse<String> response) {
        var headers = response.headers();
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(policy)
                .as(what)
                .contains("script-src 'self' 'nonce-")
                .contains("object-src 'none'")
                .contains("base-uri 'self'")
                .contains("frame-ancestors 'none'")
                .contains("form-action 'self'")
                .doesNotContain("unsafe-eval")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(headers.allValues("Content-Security-Policy")).as(what).hasSize(1);
        assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElse(""))
                .as(what)
                .contains("camera=()", "microphone=()", "geolocation=()");
        // plain HTTP in the test: HSTS only over TLS (the proxy test covers that)
        assertThat(headers.firstValue("Strict-Transport-Security")).as(what).isEmpty();
    }

    private static String nonceOf(HttpResponse<String> response) {
        Matcher nonce = NONCE.matcher(
                response.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(nonce.find()).isTrue();
        return nonce.group(1);
    }

    private String csrfTokenOfLoginPage(HttpClient client) throws Exception {
        Matcher token = CSRF_META.matcher(get(client, "/anmelden", Map.of()).body());
        assertThat(token.find())
                .as("the login page hands its form the CSRF token")
                .isTrue();
        return token.group(1);
    }

    private static String credentials(UserAccount account, String token) {
        String form = "username=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8);
        return token == null ? form : form + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient client, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::setHeader);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
