package de.kokreation.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.ProfileService;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationEdit;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.consultation.Timeline;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftLinking;
import de.kokreation.drafting.DraftParticipation;
import de.kokreation.drafting.DraftService;
import de.kokreation.drafting.Milestone;
import de.kokreation.moderation.ContentModeration;
import de.kokreation.proposal.CommentService;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.ResponseService;
import de.kokreation.proposal.VoteService;
import de.kokreation.shell.Formats;
import de.kokreation.voting.VoteDirection;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The open data over real HTTP, as an anonymous visitor: a consultation in its draft-commenting
 * phase with visible, hidden and deleted content, a deleted account and drafts in every state.
 * The JSON is validated against the schemas the app serves, the CSV files are parsed back, and
 * nothing hidden or personal may appear in any byte of any file.
 */
@IntegrationTest
@Tag("database")
class OpenDataApiTest {

    private static final String VISIBLE_TITLE = "Haushaltsdaten für Straßen und Brücken – Maß halten";
    private static final String VISIBLE_BODY = "Die **Größe** der Übersicht zählt: offen und maschinenlesbar.";
    private static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\";\"Klick\")";
    private static final String REPLY = "@Bernd danke, genau so.";
    // Markers of what must never appear: ASCII only, so that no escaping could hide a leak.
    private static final String HIDDEN_PROPOSAL = "Versteckter Vorschlag Geheimwort-Alpha";
    private static final String DELETED_COMMENT = "Geloeschter Kommentar Geheimwort-Bravo";
    private static final String HIDDEN_COMMENT = "Ausgeblendeter Kommentar Geheimwort-Charlie";
    private static final String COMMENT_ON_HIDDEN = "Kommentar am versteckten Vorschlag Geheimwort-Delta";
    private static final String UNPUBLISHED_DRAFT = "Unveroeffentlichter Entwurf Geheimwort-Echo";
    private static final String HIDDEN_DRAFT_COMMENT = "Ausgeblendet am Entwurf Geheimwort-Foxtrot";
    private static final String MODERATION_REASON = "Begruendung der Moderation Geheimwort-Golf";
    private static final String CONTACT_EMAIL = "kontakt.geheimwort-hotel@bund.example";
    private static final String ANNA = "Anna Geheimname-India";
    private static final String BERND = "Bernd Geheimname-Juliett";
    private static final String LEAD = "Lea Geheimname-Kilo";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    VoteService votes;

    @Autowired
    ResponseService responses;

    @Autowired
    ContentModeration moderation;

    @Autowired
    ProfileService profiles;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    DraftService drafts;

    @Autowired
    DraftLinking linking;

    @Autowired
    DraftParticipation participation;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ConsultationDetails consultation;
    private String slug;
    private UserAccount anna;
    private UserAccount bernd;
    private UserAccount lead;
    private UserAccount admin;
    private long visibleProposal;
    private long formulaProposal;
    private long hiddenProposal;
    private long visibleComment;
    private long reply;
    private long deletedComment;
    private long hiddenComment;
    private long draft;
    private long unpublishedDraft;

    @BeforeEach
    void setUp() {
        consultation = fixtures.collectingConsultation();
        slug = consultation.consultation().slug();
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        anna = fixtures.account(ANNA, EnumSet.of(Role.CITIZEN));
        bernd = fixtures.account(BERND, EnumSet.of(Role.CITIZEN));
        lead = fixtures.leadOf(group, LEAD);
        admin = fixtures.account("Administration", EnumSet.of(Role.CITIZEN, Role.ADMIN));

        visibleProposal =
                fixtures.as(anna, () -> proposals.submit(group.id(), new ProposalDraft(VISIBLE_TITLE, VISIBLE_BODY)));
        formulaProposal = fixtures.as(
                bernd,
                () -> proposals.submit(
                        group.id(),
                        new ProposalDraft(FORMULA_TITLE, "Ein Titel, den eine Tabelle als Formel ausführen würde.")));
        hiddenProposal = fixtures.as(
                anna,
                () -> proposals.submit(
                        group.id(),
                        new ProposalDraft(HIDDEN_PROPOSAL, "Dieser Vorschlag wird von der Moderation ausgeblendet.")));
        visibleComment =
                fixtures.as(bernd, () -> comments.post(visibleProposal, null, "Guter Punkt, auch für Gemeinden."));
        reply = fixtures.as(anna, () -> comments.post(visibleProposal, visibleComment, REPLY));
        deletedComment = fixtures.as(anna, () -> comments.post(visibleProposal, null, DELETED_COMMENT));
        hiddenComment = fixtures.as(bernd, () -> comments.post(visibleProposal, null, HIDDEN_COMMENT));
        fixtures.as(anna, () -> comments.post(hiddenProposal, null, COMMENT_ON_HIDDEN));
        fixtures.as(anna, () -> votes.cast(visibleProposal, VoteDirection.FOR));
        fixtures.as(bernd, () -> votes.cast(visibleProposal, VoteDirection.FOR));
        fixtures.as(anna, () -> votes.cast(formulaProposal, VoteDirection.AGAINST));
        fixtures.as(anna, () -> {
            comments.delete(deletedComment);
            return null;
        });

        draft = fixtures.as(lead, () -> drafts.create(group.id(), completeDraft("Offene Haushaltsdaten")));
        unpublishedDraft = fixtures.as(lead, () -> drafts.create(group.id(), DraftContent.titled(UNPUBLISHED_DRAFT)));
        fixtures.as(lead, () -> {
            linking.link(draft, List.of(visibleProposal, hiddenProposal));
            linking.link(unpublishedDraft, List.of(visibleProposal));
            responses.respond(formulaProposal, ResponseOutcome.NOT_ADOPTED, "Kein Vorschlag, eine Formel.");
            drafts.publish(draft);
            moderation.hideProposal(hiddenProposal, MODERATION_REASON);
            moderation.hideComment(hiddenComment, MODERATION_REASON);
            return null;
        });
        fixtures.as(bernd, () -> {
            profiles.deleteMyAccount(Fixtures.PASSWORD);
            return null;
        });

        moveTo(consultation, draftCommentingToday());
        fixtures.as(anna, () -> {
            participation.comment(draft, "Bitte mit Zwischenberichten.");
            participation.comment(draft, HIDDEN_DRAFT_COMMENT);
            return null;
        });
        long toHide = participation.comments(draft).getLast().id();
        fixtures.as(lead, () -> {
            participation.hideComment(toHide, MODERATION_REASON);
            return null;
        });
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void theListOfConsultationsIsOpenToAnonymousVisitorsAndValidatesAgainstItsSchema() throws Exception {
        HttpResponse<String> list = getText("/api/v1/consultations");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(list.headers().firstValue("Set-Cookie"))
                .as("no session for open data")
                .isEmpty();
        assertThat(validate("consultations.schema.json", list.body())).isEmpty();
        JsonNode entry = entryOf(JSON.readTree(list.body()), slug);
        assertThat(entry.get("phase").asString()).isEqualTo("draft_commenting");
        assertThat(entry.get("timeline")).hasSize(5);
        assertThat(entry.get("files").get("proposalsCsv").asString())
                .isEqualTo("https://kokreation.test/api/v1/consultations/" + slug + "/proposals.csv");
    }

    @Test
    void theExportValidatesAgainstTheServedSchemaAndHoldsWhatThePublicSees() throws Exception {
        HttpResponse<String> response = getText("/api/v1/consultations/" + slug + "/export.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(validate("export.schema.json", response.body())).isEmpty();
        JsonNode export = JSON.readTree(response.body());

        assertThat(export.get("schema").asString())
                .isEqualTo("https://kokreation.test/api/v1/schema/export.schema.json");
        assertThat(export.get("consultation").get("slug").asString()).isEqualTo(slug);
        assertThat(export.get("consultation").get("themeGroups")).hasSize(2);

        assertThat(ids(export.get("proposals"))).containsExactly(visibleProposal, formulaProposal);
        JsonNode visible = export.get("proposals").get(0);
        assertThat(visible.get("title").asString()).isEqualTo(VISIBLE_TITLE);
        assertThat(visible.get("bodySource").asString()).isEqualTo(VISIBLE_BODY);
        assertThat(visible.get("bodyHtml").asString()).contains("<strong>Größe</strong>");
        assertThat(visible.get("author").asString()).matches("p-[0-9a-f]{16}");
        assertThat(visible.get("votesFor").asInt()).isEqualTo(2);
        assertThat(visible.get("commentCount").asInt()).isPositive();
        assertThat(visible.get("response").isNull()).isTrue();
        assertThat(ids(visible.get("draftIds"))).as("only the published draft").containsExactly(draft);
        JsonNode formula = export.get("proposals").get(1);
        assertThat(formula.get("author").isNull()).as("the account is deleted").isTrue();
        assertThat(formula.get("votesAgainst").asInt()).isEqualTo(1);
        assertThat(formula.get("response").get("outcome").asString()).isEqualTo("not_adopted");
        assertThat(formula.get("response").get("reason").asString()).isEqualTo("Kein Vorschlag, eine Formel.");

        JsonNode threads = export.get("comments");
        assertThat(ids(threads)).containsExactly(visibleComment, reply, deletedComment, hiddenComment);
        assertThat(threads.get(0).get("body").asString()).isEqualTo("Guter Punkt, auch für Gemeinden.");
        assertThat(threads.get(0).get("author").isNull())
                .as("the account is deleted")
                .isTrue();
        assertThat(threads.get(1).get("parentId").asLong()).isEqualTo(visibleComment);
        assertThat(threads.get(1).get("author").asString())
                .isEqualTo(visible.get("author").asString());
        assertThat(threads.get(2).get("state").asString()).isEqualTo("deleted");
        assertThat(threads.get(3).get("state").asString()).isEqualTo("hidden");
        for (JsonNode gone : List.of(threads.get(2), threads.get(3))) {
            assertThat(gone.get("body").isNull()).isTrue();
            assertThat(gone.get("author").isNull()).isTrue();
        }

        assertThat(ids(export.get("drafts"))).containsExactly(draft);
        JsonNode published = export.get("drafts").get(0);
        assertThat(published.get("status").asString()).isEqualTo("published");
        assertThat(published.get("contactName").asString()).isEqualTo("Eva Beispiel");
        assertThat(published.has("contactEmail")).isFalse();
        assertThat(published.get("milestones").get(0).get("deliverable").asString())
                .isEqualTo("Portal online");
        assertThat(ids(published.get("proposalIds"))).containsExactly(visibleProposal);
        assertThat(export.get("draftComments"))
                .extracting(c -> c.get("state").asString())
                .containsExactly("visible", "hidden");
    }

    @Test
    void theSchemaRejectsAFieldItDoesNotDocument() throws Exception {
        ObjectNode export = (ObjectNode) JSON.readTree(
                getText("/api/v1/consultations/" + slug + "/export.json").body());
        ((ObjectNode) export.get("proposals").get(0)).put("email", "someone@example.org");

        assertThat(validate("export.schema.json", JSON.writeValueAsString(export)))
                .isNotEmpty();
    }

    @Test
    void nothingHiddenOrPersonalAppearsInAnyFile() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(
                HIDDEN_PROPOSAL,
                DELETED_COMMENT,
                HIDDEN_COMMENT,
                COMMENT_ON_HIDDEN,
                UNPUBLISHED_DRAFT,
                HIDDEN_DRAFT_COMMENT,
                MODERATION_REASON,
                CONTACT_EMAIL,
                ANNA,
                BERND,
                LEAD,
                anna.email(),
                bernd.email(),
                lead.email(),
                "Geheimwort",
                "Geheimname"));
        for (String file :
                List.of("export.json", "proposals.csv", "comments.csv", "drafts.csv", "draft-comments.csv")) {
            HttpResponse<byte[]> response = get("/api/v1/consultations/" + slug + "/" + file);
            assertThat(response.statusCode()).isEqualTo(200);
            String raw = new String(response.body(), StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(raw).as(file + " must not contain " + secret).doesNotContainIgnoringCase(secret);
            }
            assertThat(raw).as(file).doesNotContain("@test.example").doesNotContain("@bund.example");
        }
        assertThat(getText("/api/v1/consultations").body())
                .doesNotContain("Geheim")
                .doesNotContain("@test.example");
    }

    @Test
    void theCsvFilesParseBackWithTheirColumnsRowsAndNeutralizedFormulas() throws Exception {
        HttpResponse<byte[]> proposalsCsv = get("/api/v1/consultations/" + slug + "/proposals.csv");
        assertThat(proposalsCsv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(proposalsCsv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + slug + "-proposals.csv\"");
        assertThat(proposalsCsv.body()).startsWith(0xEF, 0xBB, 0xBF);

        List<CSVRecord> proposalRows = parse(proposalsCsv, ExportCsv.PROPOSAL_COLUMNS);
        assertThat(proposalRows)
                .extracting(row -> row.get("id"))
                .containsExactly(String.valueOf(visibleProposal), String.valueOf(formulaProposal));
        assertThat(proposalRows.get(0).get("title")).isEqualTo(VISIBLE_TITLE);
        assertThat(proposalRows.get(0).get("votes_for")).isEqualTo("2");
        assertThat(proposalRows.get(0).get("draft_ids")).isEqualTo(String.valueOf(draft));
        assertThat(proposalRows.get(1).get("title")).isEqualTo("'" + FORMULA_TITLE);
        assertThat(proposalRows.get(1).get("author")).isEmpty();
        assertThat(proposalRows.get(1).get("response_outcome")).isEqualTo("not_adopted");

        List<CSVRecord> commentRows =
                parse(get("/api/v1/consultations/" + slug + "/comments.csv"), ExportCsv.COMMENT_COLUMNS);
        assertThat(commentRows)
                .extracting(row -> row.get("state"))
                .containsExactly("visible", "visible", "deleted", "hidden");
        assertThat(commentRows.get(1).get("body")).isEqualTo("'" + REPLY);
        assertThat(commentRows.get(1).get("parent_id")).isEqualTo(String.valueOf(visibleComment));
        assertThat(commentRows.get(2).get("body")).isEmpty();

        List<CSVRecord> draftRows =
                parse(get("/api/v1/consultations/" + slug + "/drafts.csv"), ExportCsv.DRAFT_COLUMNS);
        assertThat(draftRows).singleElement().satisfies(row -> {
            assertThat(row.get("id")).isEqualTo(String.valueOf(draft));
            assertThat(row.get("lead_agency")).isEqualTo("Bundesministerium für Digitales und Staatsmodernisierung");
            assertThat(row.get("milestones"))
                    .isEqualTo("2027-01-01/2027-06-30 Portal online\n"
                            + "2027-07-01/2028-12-31 Alle Haushaltsdaten veröffentlicht");
            assertThat(row.get("proposal_ids")).isEqualTo(String.valueOf(visibleProposal));
        });

        List<CSVRecord> draftCommentRows =
                parse(get("/api/v1/consultations/" + slug + "/draft-comments.csv"), ExportCsv.DRAFT_COMMENT_COLUMNS);
        assertThat(draftCommentRows)
                .extracting(row -> row.get("body"))
                .containsExactly("Bitte mit Zwischenberichten.", "");
    }

    @Test
    void pseudonymsAreStableAcrossCallsAndDifferAcrossConsultations() throws Exception {
        ConsultationDetails other = fixtures.collectingConsultation();
        fixtures.proposal(other.themeGroups().getFirst(), anna, "Annas Vorschlag anderswo");

        String here = authorOfFirstProposal(slug);
        assertThat(authorOfFirstProposal(slug)).isEqualTo(here);
        assertThat(authorOfFirstProposal(other.consultation().slug()))
                .isNotNull()
                .isNotEqualTo(here);
    }

    @Test
    void draftsAreLeftOutUntilTheDraftCommentingPhase() throws Exception {
        ConsultationDetails collecting = fixtures.collectingConsultation();
        ThemeGroupSummary group = collecting.themeGroups().getFirst();
        UserAccount groupLead = fixtures.leadOf(group, "Leitung");
        long proposal = fixtures.proposal(group, anna, "Ein Vorschlag vor der Zeit");
        long early = fixtures.as(groupLead, () -> drafts.create(group.id(), completeDraft("Zu früh öffentlich")));
        fixtures.as(groupLead, () -> {
            linking.link(early, List.of(proposal));
            drafts.publish(early);
            return null;
        });
        String collectingSlug = collecting.consultation().slug();

        JsonNode before = JSON.readTree(getText("/api/v1/consultations/" + collectingSlug + "/export.json")
                .body());
        assertThat(before.get("drafts")).isEmpty();
        assertThat(before.get("proposals").get(0).get("draftIds")).isEmpty();
        assertThat(parse(get("/api/v1/consultations/" + collectingSlug + "/drafts.csv"), ExportCsv.DRAFT_COLUMNS))
                .isEmpty();

        moveTo(collecting, draftCommentingToday());
        JsonNode after = JSON.readTree(getText("/api/v1/consultations/" + collectingSlug + "/export.json")
                .body());
        assertThat(ids(after.get("drafts"))).containsExactly(early);
        assertThat(ids(after.get("proposals").get(0).get("draftIds"))).containsExactly(early);
    }

    @Test
    void anUnknownConsultationIsA404WithASmallJsonBodyAndNothingButReadingIsAllowed() throws Exception {
        for (String file :
                List.of("export.json", "proposals.csv", "comments.csv", "drafts.csv", "draft-comments.csv")) {
            HttpResponse<String> missing = getText("/api/v1/consultations/gibt-es-nicht/" + file);
            assertThat(missing.statusCode()).as(file).isEqualTo(404);
            assertThat(JSON.readTree(missing.body()).get("error").asString()).isEqualTo("not_found");
            assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at de.kokreation");
        }
        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(uri("/api/v1/consultations"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void scriptsOnOtherSitesMayReadTheOpenData() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/consultations"))
                        .header("Origin", "https://daten.example")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    private String authorOfFirstProposal(String consultationSlug) throws Exception {
        JsonNode export = JSON.readTree(getText("/api/v1/consultations/" + consultationSlug + "/export.json")
                .body());
        return export.get("proposals").get(0).get("author").asString();
    }

    private static DraftContent completeDraft(String title) {
        return new DraftContent(
                title,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 12, 31),
                "Bundesministerium für Digitales und Staatsmodernisierung",
                "Haushaltsdaten liegen nur als PDF vor.",
                "Wir veröffentlichen sie maschinenlesbar.",
                "Sie werden auswertbar.",
                "Transparenz.",
                "",
                "Eva Beispiel",
                "Referatsleitung",
                CONTACT_EMAIL,
                "",
                "Open Knowledge Foundation",
                "",
                List.of(
                        new Milestone("Portal online", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)),
                        new Milestone(
                                "Alle Haushaltsdaten veröffentlicht",
                                LocalDate.of(2027, 7, 1),
                                LocalDate.of(2028, 12, 31))));
    }

    private static Timeline draftCommentingToday() {
        LocalDate today = LocalDate.now(Formats.ZONE);
        return new Timeline(
                today.minusDays(40), today.minusDays(30), today.minusDays(20), today.minusDays(5), today.plusDays(20));
    }

    private void moveTo(ConsultationDetails details, Timeline timeline) {
        ConsultationSummary summary = details.consultation();
        fixtures.as(admin, () -> {
            administration.updateConsultation(
                    summary.id(),
                    new ConsultationEdit(summary.title(), summary.region(), summary.descriptionSource(), timeline));
            return null;
        });
    }

    private List<Error> validate(String schemaFile, String json) throws Exception {
        HttpResponse<String> schemaResponse = getText("/api/v1/schema/" + schemaFile);
        assertThat(schemaResponse.statusCode()).isEqualTo(200);
        return OpenDataSchemas.parse(schemaResponse.body()).validate(json, InputFormat.JSON);
    }

    private static JsonNode entryOf(JsonNode list, String consultationSlug) {
        for (JsonNode entry : list.get("consultations")) {
            if (entry.get("slug").asString().equals(consultationSlug)) {
                return entry;
            }
        }
        throw new AssertionError("no entry for " + consultationSlug);
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode element : array) {
            ids.add(element.isNumber() ? element.asLong() : element.get("id").asLong());
        }
        return ids;
    }

    private static List<CSVRecord> parse(HttpResponse<byte[]> response, List<String> columns) throws IOException {
        assertThat(response.statusCode()).isEqualTo(200);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(columns);
            List<CSVRecord> records = parser.getRecords();
            records.forEach(row -> assertThat(row.size()).isEqualTo(columns.size()));
            return records;
        }
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> getText(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
