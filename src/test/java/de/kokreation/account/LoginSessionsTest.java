package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.shared.DomainException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sessions people can see and end: real logins over HTTP (each its own browser), listed with device
 * and address range, ended one by one or all but one, and limited in number; an ended session is
 * logged out at its next request.
 */
@IntegrationTest
@Tag("database")
class LoginSessionsTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String FIREFOX_LINUX =
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final String SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"
            + " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProfileService profiles;

    @Autowired
    AccountSessions accountSessions;

    @Test
    void eachLoginIsListedWithItsDeviceAndAddressRangeAndEndsOnItsNextRequestWhenEnded() throws Exception {
        UserAccount person = fixtures.citizen();
        Browser laptop = logIn(person, FIREFOX_LINUX);
        Browser phone = logIn(person, SAFARI_IPHONE);

        List<ActiveSession> sessions = fixtures.as(person, profiles::mySessions);
        assertThat(sessions).extracting(ActiveSession::device).containsExactly("Safari · iOS", "Firefox · Linux");
        assertThat(sessions).extracting(ActiveSession::addressRange).containsOnly("127.0.0.0/24");
        assertThat(sessions).noneMatch(ActiveSession::current);

        ActiveSession phoneSession = sessions.getFirst();
        fixtures.as(person, () -> {
            profiles.endMySession(phoneSession.id());
            return null;
        });

        assertThat(phone.isLoggedIn()).isFalse();
        assertThat(laptop.isLoggedIn()).isTrue();
        assertThat(fixtures.as(person, profiles::mySessions))
                .extracting(ActiveSession::device)
                .containsExactly("Firefox · Linux");
    }

    @Test
    void nobodyEndsAnotherPersonsSession() throws Exception {
        UserAccount owner = fixtures.citizen();
        UserAccount other = fixtures.citizen();
        Browser ownersBrowser = logIn(owner, FIREFOX_LINUX);
        long ownersSession = fixtures.as(owner, profiles::mySessions).getFirst().id();

        assertThatThrownBy(() -> fixtures.as(other, () -> {
                    profiles.endMySession(ownersSession);
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("profile.sessions.error.gone");
        assertThat(ownersBrowser.isLoggedIn()).isTrue();
    }

    @Test
    void endingAllOthersKeepsOnlyTheSessionInUse() throws Exception {
        UserAccount person = fixtures.citizen();
        Browser first = logIn(person, FIREFOX_LINUX);
        Browser kept = logIn(person, SAFARI_IPHONE);
        Browser third = logIn(person, FIREFOX_LINUX);

        int ended = accountSessions.endOthers(person.id(), kept.sessionId());

        assertThat(ended).isEqualTo(2);
        assertThat(first.isLoggedIn()).isFalse();
        assertThat(third.isLoggedIn()).isFalse();
        assertThat(kept.isLoggedIn()).isTrue();
        assertThat(accountSessions.active(person.id(), kept.sessionId()))
                .singleElement()
                .matches(ActiveSession::current);
    }

    @Test
    void aLoginBeyondTheLimitEndsTheLeastRecentlyUsedSession() throws Exception {
        UserAccount person = fixtures.citizen();
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            browsers.add(logIn(person, FIREFOX_LINUX));
        }
        assertThat(browsers).allMatch(Browser::isLoggedInQuietly);

        Browser sixth = logIn(person, SAFARI_IPHONE);

        assertThat(browsers.getFirst().isLoggedIn()).as("the oldest").isFalse();
        assertThat(browsers.subList(1, 5)).allMatch(Browser::isLoggedInQuietly);
        assertThat(sixth.isLoggedIn()).isTrue();
        assertThat(fixtures.as(person, profiles::mySessions)).hasSize(5);
    }

    @Test
    void deletingTheAccountRemovesItsSessionsFromTheList() throws Exception {
        UserAccount person = fixtures.citizen();
        Browser browser = logIn(person, FIREFOX_LINUX);

        fixtures.as(person, () -> {
            profiles.deleteMyAccount(Fixtures.PASSWORD);
            return null;
        });

        assertThat(browser.isLoggedIn()).isFalse();
        assertThat(accountSessions.active(person.id(), null)).isEmpty();
    }

    private Browser logIn(UserAccount account, String userAgent) throws Exception {
        Browser browser = new Browser(userAgent);
        Matcher token = CSRF_META.matcher(browser.get("/anmelden").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + URLEncoder.encode(account.email(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.client.send(
                browser.request("/anmelden")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("anmelden");
        return browser;
    }

    /** One browser: its own cookies and its own User-Agent. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client;
        private final String userAgent;

        Browser(String userAgent) {
            this.userAgent = userAgent;
            this.client = HttpClient.newBuilder()
                    .cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("User-Agent", userAgent);
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The profile page needs a login: a logged-out browser is sent to the login page. */
        boolean isLoggedIn() throws Exception {
            return get("/profil").statusCode() == 200;
        }

        boolean isLoggedInQuietly() {
            try {
                return isLoggedIn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow();
        }
    }
}
