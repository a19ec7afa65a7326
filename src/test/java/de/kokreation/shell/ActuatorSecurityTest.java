package de.kokreation.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ActuatorSecurityTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthIsPublicAndTellsOnlyTheStatus() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("db");
    }

    @Test
    void noOtherActuatorEndpointIsPublic() throws Exception {
        for (String endpoint : new String[] {
            "/actuator",
            "/actuator/env",
            "/actuator/beans",
            "/actuator/metrics",
            "/actuator/heapdump",
            "/actuator/configprops"
        }) {
            assertThat(get(endpoint).statusCode()).as(endpoint).isNotEqualTo(200);
        }
    }

    @Test
    void publicPagesAnswerWithoutLogin() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/anmelden").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
