package de.kokreation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.AccountPrincipal;
import de.kokreation.account.ProfileService;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.consultation.Timeline;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftParticipation;
import de.kokreation.drafting.DraftService;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.moderation.FlagReason;
import de.kokreation.moderation.FlagService;
import de.kokreation.proposal.CommentService;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.VoteService;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.Formats;
import de.kokreation.voting.VoteDirection;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

@IntegrationTest
@Tag("database")
class PrivacySelfServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PersonalDataExport export;

    @Autowired
    ProfileService profiles;

    @Autowired
    CommentService comments;

    @Autowired
    VoteService votes;

    @Autowired
    ProposalService proposals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FlagService flags;

    @Autowired
    DraftService drafts;

    @Autowired
    DraftParticipation draftParticipation;

    @Autowired
    UserDetailsService users;

    @Autowired
    SessionRegistry sessions;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void theExportHoldsProfileContributionsAndLoginHistory() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount person = fixtures.account("Xenia Exportiert", EnumSet.of(Role.CITIZEN));
        long proposal = fixtures.proposal(group, person, "Mein exportierter Vorschlag");
        fixtures.loginAs(person);
        comments.post(proposal, null, "Mein exportierter Kommentar");
        votes.cast(proposal, VoteDirection.FOR);
        long othersProposal = fixtures.proposal(group, fixtures.citizen(), "Fremder Vorschlag mit Meldung");
        flags.flag(ContentModerated.TargetType.PROPOSAL, othersProposal, FlagReason.OTHER, "Meine Notiz zur Meldung");

        // on a draft in its commenting phase: a comment and a vote
        LocalDate today = LocalDate.now(Formats.ZONE);
        var commenting = fixtures.consultation(new Timeline(
                today.minusDays(40), today.minusDays(30), today.minusDays(20), today.minusDays(5), today.plusDays(20)));
        var commentingGroup = commenting.themeGroups().getFirst();
        UserAccount lead = fixtures.leadOf(commentingGroup, "Leitung Export");
        long draft = fixtures.as(lead, () -> {
            long id = drafts.create(
                    commentingGroup.id(),
                    new DraftContent(
                            "Exportierter Entwurf",
                            today,
                            today.plusYears(1),
                            "Ressort",
                            "Problem",
                            "Verpflichtung",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            List.of()));
            drafts.publish(id);
            return id;
        });
        fixtures.loginAs(person);
        draftParticipation.comment(draft, "Mein Kommentar zum Entwurf");
        draftParticipation.vote(draft, VoteDirection.AGAINST);

        String json = export.exportMyData();

        assertThat(json)
                .contains("\"displayName\" : \"Xenia Exportiert\"")
                .contains("\"email\" : \"" + person.email() + "\"")
                .contains("Mein exportierter Vorschlag")
                .contains("Mein exportierter Kommentar")
                .contains("\"direction\" : \"FOR\"")
                .contains("\"loginHistory\"")
                .doesNotContain("password");
        // readable names instead of internal ids, and everything held about the person
        assertThat(json)
                .contains("\"themeGroup\" : \"" + group.name() + "\"")
                .contains("\"consultation\" : \"" + group.consultationTitle() + "\"")
                .doesNotContain("themeGroupId")
                .contains("\"proposalTitle\" : \"Mein exportierter Vorschlag\"")
                .contains("\"flagsSent\"")
                .contains("Meine Notiz zur Meldung")
                .contains("Mein Kommentar zum Entwurf")
                .contains("\"draftTitle\" : \"Exportierter Entwurf\"")
                .contains("\"direction\" : \"AGAINST\"");
    }

    @Test
    void deletingTheAccountLeavesNoTraceOfNameOrEmailButKeepsContributions() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        String name = "Zora Zuletztgelöscht " + Fixtures.next();
        UserAccount person = fixtures.account(name, EnumSet.of(Role.CITIZEN));
        String email = person.email();
        long proposal = fixtures.proposal(group, person, "Vorschlag einer Gelöschten");
        fixtures.loginAs(person);
        comments.post(proposal, null, "Kommentar einer Gelöschten");
        votes.cast(proposal, VoteDirection.FOR);
        AccountPrincipal principal = (AccountPrincipal) users.loadUserByUsername(email);
        sessions.registerNewSession("session-" + person.id(), principal);

        // The scan finds the person before the deletion, so it can find a trace after it.
        assertThat(textColumnsContaining(name)).isNotEmpty();
        assertThat(textColumnsContaining(email)).isNotEmpty();
        assertThatThrownBy(() -> profiles.deleteMyAccount("falsches Passwort")).isInstanceOf(DomainException.class);
        assertThat(users.loadUserByUsername(email)).isNotNull();

        profiles.deleteMyAccount(Fixtures.PASSWORD);

        assertThat(textColumnsContaining(name)).isEmpty();
        assertThat(textColumnsContaining(email)).isEmpty();
        assertThatThrownBy(() -> users.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
        assertThat(sessions.getSessionInformation("session-" + person.id()).isExpired())
                .isTrue();

        fixtures.logout();
        var kept = proposals.getProposal(proposal);
        assertThat(kept.title()).isEqualTo("Vorschlag einer Gelöschten");
        assertThat(kept.authorName()).isEmpty();
        assertThat(kept.tally().votesFor()).isEqualTo(1);
        assertThat(comments.thread(proposal))
                .extracting(node -> node.authorName())
                .containsExactly("");
        assertThat(jdbc.queryForObject(
                        "select count(*) from proposal_vote where proposal_id = ? and voter_id is null",
                        Long.class,
                        proposal))
                .isEqualTo(1);
    }

    /** Every text column of every table of the schema that contains {@code needle}. */
    private List<String> textColumnsContaining(String needle) {
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from"
                + " information_schema.columns where lower(table_schema) = lower(current_schema())"
                + " and upper(data_type) in ('CHARACTER VARYING', 'TEXT', 'CHARACTER LARGE OBJECT', 'CHARACTER')");
        assertThat(columns).isNotEmpty();
        return columns.stream()
                .filter(column -> {
                    String sql = "select count(*) from \"" + column.get("table_name") + "\" where lower(\""
                            + column.get("column_name") + "\") like ?";
                    Long hits = jdbc.queryForObject(sql, Long.class, "%" + needle.toLowerCase() + "%");
                    return hits != null && hits > 0;
                })
                .map(column -> column.get("table_name") + "." + column.get("column_name"))
                .toList();
    }
}
