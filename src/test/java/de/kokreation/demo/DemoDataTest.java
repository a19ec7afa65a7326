package de.kokreation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import de.kokreation.TestProfiles;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.Phase;
import de.kokreation.opendata.OpenDataExport;
import de.kokreation.opendata.OpenDataSchemas;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded default seeds the demo consultations into an empty database, once. Its own small
 * context with its own in-memory database, shared with {@code DemoExportBrowserTest}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.location=classpath:/",
            "kokreation.demo-data.enabled=true",
            "spring.datasource.url=jdbc:h2:mem:demo-data;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles(resolver = TestProfiles.class)
@Order(Integer.MAX_VALUE)
class DemoDataTest {

    @Autowired
    ConsultationService consultations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    OpenDataExport openData;

    @Autowired
    de.kokreation.meeting.MeetingService meetings;

    @Test
    void seedsThe2018ConsultationsAndAFederalOneThatCollectsProposals() {
        assertThat(consultations.listConsultations())
                .extracting(ConsultationSummary::slug, ConsultationSummary::currentPhase)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("bund-aktionsplan", Phase.PROPOSAL_COLLECTION),
                        Tuple.tuple("bw-2018", Phase.CLOSED),
                        Tuple.tuple("nrw-2018", Phase.CLOSED));
        for (String slug : new String[] {"nrw-2018", "bw-2018", "bund-aktionsplan"}) {
            assertThat(consultations.getConsultation(slug).themeGroups()).hasSize(6);
        }
        assertThat(count("select count(*) from proposal")).isEqualTo(280);
        assertThat(count("select count(*) from proposal_comment where parent_id is not null"))
                .isPositive();
        assertThat(count("select count(*) from proposal_vote")).isGreaterThan(1000);
        assertThat(count("select count(*) from proposal_response")).isEqualTo(190);
        assertThat(count("select count(*) from content_flag")).isPositive();
        // Every 2018 theme group has a final draft with milestones in both versions, fed by proposals.
        assertThat(count("select count(*) from draft_commitment where status = 'FINAL'"))
                .isEqualTo(12);
        assertThat(count("select count(*) from draft_commitment d where status = 'FINAL' and not exists"
                        + " (select 1 from draft_version v join draft_milestone m on m.version_id = v.id"
                        + " where v.draft_id = d.id and v.version_number = d.current_version)"))
                .isZero();
        assertThat(count("select count(*) from draft_commitment d where status = 'FINAL' and not exists"
                        + " (select 1 from draft_proposal l where l.draft_id = d.id)"))
                .isZero();
        assertThat(count("select count(*) from draft_commitment where status = 'IN_PREPARATION'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from moderation_action where action = 'FINALIZE_DRAFT'"))
                .isEqualTo(12);
        assertThat(count("select count(*) from moderation_action where action = 'HIDE'"))
                .isPositive();
        // The demo plan's reports have responses, some of them doubting the reported level.
        assertThat(count("select count(*) from report_comment where stance = 'DISAGREES'"))
                .isPositive();
        assertThat(count("select count(*) from theme_group t where not exists"
                        + " (select 1 from proposal p where p.theme_group_id = t.id)"))
                .isZero();
        // Each draft's plan and milestones begin after its consultation closes (no 2019 plan in 2026).
        assertThat(count("select count(*) from draft_version v join draft_commitment d on d.id = v.draft_id"
                        + " join theme_group t on t.id = d.theme_group_id join consultation c on c.id = t.consultation_id"
                        + " where v.start_date < c.closed_start"))
                .isZero();
        assertThat(count("select count(*) from draft_milestone m join draft_version v on v.id = m.version_id"
                        + " join draft_commitment d on d.id = v.draft_id join theme_group t on t.id = d.theme_group_id"
                        + " join consultation c on c.id = t.consultation_id where m.start_date < c.closed_start"))
                .isZero();
    }

    @Test
    void seedsTheWorkshopsOf2018AComingFederalWorkshopAndTheForum() {
        assertThat(count("select count(*) from proposal where source_meeting_id is not null"))
                .isEqualTo(10);
        assertThat(count("select count(*) from meeting_dot_vote")).isEqualTo(10);
        assertThat(count("select count(*) from meeting_minutes m join meeting g on g.id = m.meeting_id"
                        + " where g.title = 'Auftaktworkshop Düsseldorf'"))
                .isEqualTo(2);
        assertThat(count("select count(*) from meeting_registration r join meeting g on g.id = r.meeting_id"
                        + " where g.title like 'Bundesweiter Workshop%' and r.status = 'WAITING'"))
                .isEqualTo(4);
        assertThat(count("select count(*) from meeting_registration r join meeting g on g.id = r.meeting_id"
                        + " where g.title like 'Bundesweiter Workshop%' and r.status = 'CONFIRMED'"))
                .isEqualTo(30);
        assertThat(meetings.forumRecord().keepsTheMinimum()).isTrue();
        assertThat(meetings.forumRecord().held()).hasSize(3);
    }

    @Test
    void countersAgreeWithTheSeededVotesAndComments() {
        assertThat(count("select count(*) from proposal p where votes_for <>"
                        + " (select count(*) from proposal_vote v where v.proposal_id = p.id and v.direction = 'FOR')"
                        + " or comment_count <> (select count(*) from proposal_comment c where c.proposal_id = p.id)"))
                .isZero();
    }

    @Test
    void everyRoleHasADemoAccountWithTheDocumentedPassword() {
        for (String email :
                new String[] {DemoAccounts.CITIZEN, DemoAccounts.LEAD, DemoAccounts.COORDINATOR, DemoAccounts.ADMIN}) {
            assertThat(users.loadUserByUsername(email).getPassword()).startsWith("{argon2}");
        }
        assertThat(users.loadUserByUsername(DemoAccounts.ADMIN).getAuthorities())
                .extracting(Object::toString)
                .contains("ROLE_ADMIN");
    }

    /** The open data of a whole 2018 consultation, with its final drafts, as the published schema describes it. */
    @Test
    void theOpenDataOfA2018ConsultationValidatesAgainstItsSchema() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        openData.writeExportJson("nrw-2018", out);
        String schema;
        try (var schemaFile = getClass().getResourceAsStream("/opendata/export.schema.json")) {
            schema = new String(Objects.requireNonNull(schemaFile).readAllBytes(), StandardCharsets.UTF_8);
        }
        String json = out.toString(StandardCharsets.UTF_8);

        assertThat(OpenDataSchemas.parse(schema).validate(json, InputFormat.JSON))
                .isEmpty();
        JsonNode export = JsonMapper.builder().build().readTree(json);
        assertThat(export.get("proposals")).hasSizeGreaterThan(50);
        assertThat(export.get("comments")).isNotEmpty();
        assertThat(export.get("drafts")).hasSize(6).allSatisfy(draft -> {
            assertThat(draft.get("status").asString()).isEqualTo("final");
            assertThat(draft.get("milestones")).isNotEmpty();
            assertThat(draft.get("proposalIds")).isNotEmpty();
        });
        assertThat(json).doesNotContain("@kokreation.example");
    }

    @Test
    void seedsOnlyOnce() {
        long before = count("select count(*) from proposal");

        seeder.run(new DefaultApplicationArguments());

        assertThat(count("select count(*) from proposal")).isEqualTo(before);
    }

    private long count(String sql) {
        Long result = jdbc.queryForObject(sql, Long.class);
        return result == null ? 0 : result;
    }
}
