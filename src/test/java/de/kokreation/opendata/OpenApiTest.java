package de.kokreation.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.actionplan.PlanSummary;
import de.kokreation.consultation.ConsultationDetails;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI 3.1 description, read as API tools read it (swagger-parser, following its
 * references to the JSON Schemas over HTTP), and held against the running interface: every
 * documented path answers with a documented status and media type, and a documented JSON body
 * validates against the schema the description names.
 */
@IntegrationTest
class OpenApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void theDescriptionIsValidOpenApi31AndItsReferencesResolve() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result =
                new OpenAPIV3Parser().readLocation(uri("/api/v1/openapi.json").toString(), null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getInfo().getLicense().getIdentifier()).isEqualTo("DL-DE-BY-2.0");
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/consultations", "/catalog.ttl", "/openapi.json");
    }

    @Test
    void everyDocumentedPathAnswersAsDocumented() throws Exception {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        UserAccount coordinator = fixtures.account("Koordination " + Fixtures.next(), EnumSet.of(Role.CITIZEN));
        PlanSummary plan = planFixtures.published(
                coordinator, planFixtures.finalDraft(fixtures.citizen(), "Offene Verträge " + Fixtures.next(), 1));
        Map<String, String> values = Map.of(
                "slug",
                consultation.consultation().slug(),
                "themeSlug",
                consultation.themeGroups().getFirst().slug(),
                "id",
                "987654321",
                "name",
                "export");

        JsonNode api = JSON.readTree(get("/api/v1/openapi.json").body());
        List<String> checked = new ArrayList<>();
        for (var path : api.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            assertThat(get).as(path.getKey() + " documents a GET").isNotNull();
            String address = "/api/v1" + path.getKey();
            for (var value : values.entrySet()) {
                String substitute = path.getKey().startsWith("/action-plans/")
                                || path.getKey().startsWith("/calendar/action-plans/")
                        ? (value.getKey().equals("slug") ? plan.slug() : value.getValue())
                        : value.getValue();
                address = address.replace("{" + value.getKey() + "}", substitute);
            }
            HttpResponse<String> response = get(address);
            String status = String.valueOf(response.statusCode());
            JsonNode documented = api.get("paths")
                    .get(path.getKey())
                    .get("get")
                    .get("responses")
                    .get(status);
            assertThat(documented)
                    .as(address + " answered " + status + ", which is not documented")
                    .isNotNull();
            documented = resolve(api, documented);
            JsonNode content = documented.get("content");
            if (content != null) {
                String type = response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .split(";")[0]
                        .strip();
                assertThat(content.has(type))
                        .as(address + " answered " + type + ", documented " + content.propertyNames())
                        .isTrue();
                JsonNode schema = content.get(type).get("schema");
                if (schema != null
                        && schema.has("$ref")
                        && schema.get("$ref").asString().startsWith("schema/")) {
                    String schemaText =
                            get("/api/v1/" + schema.get("$ref").asString()).body();
                    assertThat(OpenDataSchemas.parse(schemaText).validate(response.body(), InputFormat.JSON))
                            .as(address)
                            .isEmpty();
                }
            }
            checked.add(address + " " + status);
        }
        assertThat(checked).hasSizeGreaterThan(20);
        assertThat(checked)
                .contains("/api/v1/consultations/" + consultation.consultation().slug() + "/export.json 200")
                .contains("/api/v1/action-plans/" + plan.slug() + "/plan.json 200")
                .contains("/api/v1/catalog.ttl 200");
    }

    private static JsonNode resolve(JsonNode api, JsonNode node) {
        if (node.has("$ref") && node.get("$ref").asString().startsWith("#/")) {
            JsonNode target = api;
            for (String part : node.get("$ref").asString().substring(2).split("/")) {
                target = target.get(part);
            }
            return target;
        }
        return node;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
