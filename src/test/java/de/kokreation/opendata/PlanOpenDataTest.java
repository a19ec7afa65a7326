package de.kokreation.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.actionplan.CompletionLevel;
import de.kokreation.actionplan.ImplementationService;
import de.kokreation.actionplan.PlanSummary;
import de.kokreation.actionplan.ProgressReport;
import de.kokreation.actionplan.RoundService;
import de.kokreation.shell.Formats;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data of action plans over real HTTP, for anonymous clients: the list and the plan's JSON
 * validate against the schemas the app serves, the CSV files parse back, a plan in preparation and
 * the reporters' names never appear.
 */
@IntegrationTest
@Tag("database")
class PlanOpenDataTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    ImplementationService implementation;

    @Autowired
    RoundService rounds;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void aPublishedPlanWithReportsAndAFrozenRoundIsOpenDataAndAPlanInPreparationIsNot() throws Exception {
        UserAccount coordinator = fixtures.account("Koordination Geheimname-Lima", EnumSet.of(Role.CITIZEN));
        String title = "Offene Haushalte " + Fixtures.next();
        PlanSummary plan = planFixtures.published(coordinator, planFixtures.finalDraft(fixtures.citizen(), title, 2));
        PlanSummary prepared = planFixtures.plan(coordinator);
        long milestone = fixtures.as(coordinator, () -> implementation.commitment(plan.slug(), 1))
                .commitment()
                .milestones()
                .getFirst()
                .id();
        fixtures.as(coordinator, () -> {
            implementation.report(
                    milestone,
                    new ProgressReport(
                            CompletionLevel.COMPLETED,
                            LocalDate.now(Formats.ZONE),
                            "=Erledigt, \"gut\"",
                            "https://beleg.example/1"));
            rounds.open(plan.id(), "Stand heute", LocalDate.now(Formats.ZONE));
            return null;
        });
        rounds.freezeDue(LocalDate.now(Formats.ZONE).plusDays(1));

        HttpResponse<String> list = get("/api/v1/action-plans");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(validate("action-plans.schema.json", list.body())).isEmpty();
        assertThat(list.body()).contains(plan.slug()).doesNotContain(prepared.slug());

        HttpResponse<String> planJson = get("/api/v1/action-plans/" + plan.slug() + "/plan.json");
        assertThat(planJson.statusCode()).isEqualTo(200);
        assertThat(validate("action-plan.schema.json", planJson.body())).isEmpty();
        assertThat(planJson.body()).doesNotContain("Geheimname");
        JsonNode root = JSON.readTree(planJson.body());
        JsonNode commitment = root.get("commitments").get(0);
        assertThat(commitment.get("title").asString()).isEqualTo(title);
        assertThat(commitment.get("level").asString()).isEqualTo("substantial");
        assertThat(commitment.get("proposalIds")).hasSize(1);
        assertThat(commitment.get("milestones").get(0).get("level").asString()).isEqualTo("completed");
        assertThat(root.get("reports").get(0).get("note").asString()).isEqualTo("=Erledigt, \"gut\"");
        JsonNode round = root.get("rounds").get(0);
        assertThat(round.get("status").asString()).isEqualTo("frozen");
        assertThat(round.get("snapshot")).hasSize(3);

        List<CSVRecord> commitments = csv("/api/v1/action-plans/" + plan.slug() + "/commitments.csv");
        assertThat(commitments).singleElement().satisfies(row -> {
            assertThat(row.get("title")).isEqualTo(title);
            assertThat(row.get("level")).isEqualTo("substantial");
            assertThat(row.get("level_explicit")).isEqualTo("false");
            assertThat(row.get("proposal_ids").split(" ")).hasSize(1);
            assertThat(row.get("url")).endsWith("/verpflichtungen/1");
        });
        List<CSVRecord> milestones = csv("/api/v1/action-plans/" + plan.slug() + "/milestones.csv");
        assertThat(milestones).hasSize(2);
        assertThat(milestones.getFirst().get("level")).isEqualTo("completed");
        assertThat(milestones.getFirst().get("commitment_title")).isEqualTo(title);
        List<CSVRecord> reports = csv("/api/v1/action-plans/" + plan.slug() + "/reports.csv");
        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.get("note")).as("neutralized for spreadsheets").isEqualTo("'=Erledigt, \"gut\"");
            assertThat(report.get("evidence_links")).isEqualTo("https://beleg.example/1");
        });

        for (String file : List.of("plan.json", "commitments.csv", "milestones.csv", "reports.csv")) {
            assertThat(get("/api/v1/action-plans/" + prepared.slug() + "/" + file)
                            .statusCode())
                    .as(file + " of a plan in preparation")
                    .isEqualTo(404);
        }
        assertThat(get("/api/v1/action-plans/gibt-es-nicht/reports.csv").statusCode())
                .isEqualTo(404);
    }

    private List<com.networknt.schema.Error> validate(String schemaFile, String json) throws Exception {
        HttpResponse<String> schema = get("/api/v1/schema/" + schemaFile);
        assertThat(schema.statusCode()).isEqualTo(200);
        return OpenDataSchemas.parse(schema.body()).validate(json, InputFormat.JSON);
    }

    private List<CSVRecord> csv(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.body().substring(1)))) {
            return parser.getRecords();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
