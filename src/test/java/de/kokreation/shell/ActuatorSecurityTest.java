package de.kokreation.shell;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The Actuator lives on its own port (for the load balancer and Prometheus), never on the
 * application's public one; its health tells only the status, and the mail server is no part of it.
 */
@IntegrationTest
class ActuatorSecurityTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApplicationContext context;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthLivenessAndReadinessAnswerOnTheManagementPortWithTheStatusOnly() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(managementPort, path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body())
                    .as(path)
                    .contains("\"status\":\"UP\"")
                    .doesNotContain("components")
                    .doesNotContain("db");
        }
    }

    @Test
    void theMailServerIsNoPartOfHealthBecauseMailsWaitForIt() {
        assertThat(context.getBeanNamesForType(org.springframework.boot.mail.health.MailHealthIndicator.class))
                .isEmpty();
    }

    @Test
    void prometheusReadsTheFiguresOperatorsAskFor() throws Exception {
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("kokreation_publications_incomplete")
                .contains("kokreation_sessions_active")
                .contains("kokreation_uis_active")
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void infoNamesTheBuild() throws Exception {
        HttpResponse<String> info = get(managementPort, "/actuator/info");

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"").contains("\"version\"");
    }

    @Test
    void noActuatorEndpointAnswersOnThePublicPort() throws Exception {
        for (String endpoint : new String[] {
            "/actuator",
            "/actuator/health",
            "/actuator/prometheus",
            "/actuator/info",
            "/actuator/env",
            "/actuator/beans",
            "/actuator/metrics",
            "/actuator/heapdump",
            "/actuator/configprops"
        }) {
            HttpResponse<String> answer = get(port, endpoint);
            assertThat(answer.statusCode()).as(endpoint).isNotEqualTo(200);
            assertThat(answer.body()).as(endpoint).doesNotContain("\"status\"").doesNotContain("jvm_");
        }
    }

    @Test
    void publicPagesAnswerWithoutLogin() throws Exception {
        assertThat(get(port, "/").statusCode()).isEqualTo(200);
        assertThat(get(port, "/anmelden").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
