package de.kokreation.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftService;
import de.kokreation.drafting.Milestone;
import de.kokreation.moderation.ContentModeration;
import de.kokreation.proposal.CommentService;
import de.kokreation.proposal.OutcomeFilter;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.ResponseService;
import de.kokreation.proposal.reads.ProposalTermStatistics;
import de.kokreation.shared.search.Snippets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search across consultations finds proposals and comments by their words, marks them,
 * filters and orders, and never shows what the public must not see; on H2 and PostgreSQL.
 */
@IntegrationTest
@Tag("database")
class SearchServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SearchService search;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    ContentModeration moderation;

    @Autowired
    ResponseService responses;

    @Autowired
    DraftService drafts;

    @Autowired
    ProposalTermStatistics statistics;

    ThemeGroupSummary group;
    UserAccount author;
    long budget;
    long lobby;

    @BeforeEach
    void content() {
        group = fixtures.collectingThemeGroup();
        author = fixtures.citizen();
        budget =
                propose("Haushaltsdaten offenlegen", "Die Stadt soll ihren Haushalt als offene Daten veröffentlichen.");
        lobby = propose("Lobbyregister für den Landtag", "Wer trifft wen, wann und wozu, öffentlich einsehbar.");
        fixtures.as(author, () -> {
            comments.post(lobby, null, "Auch die Haushaltsdaten der Ministerien gehören dazu.");
            return null;
        });
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    private long propose(String title, String body) {
        return fixtures.as(author, () -> proposals.submit(group.id(), new ProposalDraft(title, body)));
    }

    private SearchService.Page find(String text, SearchService.@Nullable Kind kind, OutcomeFilter outcome) {
        return search.search(new SearchService.Request(
                text, group.consultationSlug(), null, kind, outcome, SearchService.Order.RELEVANCE, 1));
    }

    private static List<String> titles(SearchService.Page page) {
        return page.results().stream().map(SearchService.Result::title).toList();
    }

    private static List<String> marked(SearchService.Result result) {
        return result.snippet().stream()
                .filter(Snippets.Segment::marked)
                .map(Snippets.Segment::text)
                .toList();
    }

    @Test
    void proposalsAndCommentsAreFoundRankedAndMarked() {
        SearchService.Page page = find("Haushalt", null, OutcomeFilter.ALL);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.totals())
                .containsEntry(SearchService.Kind.PROPOSAL, 1L)
                .containsEntry(SearchService.Kind.COMMENT, 1L);
        SearchService.Result first = page.results().getFirst();
        assertThat(first.kind()).isEqualTo(SearchService.Kind.PROPOSAL);
        assertThat(first.title()).isEqualTo("Haushaltsdaten offenlegen");
        assertThat(marked(first)).contains("Haushalt");
        SearchService.Result comment = page.results().get(1);
        assertThat(comment.kind()).isEqualTo(SearchService.Kind.COMMENT);
        assertThat(comment.title()).isEqualTo("Lobbyregister für den Landtag");
        assertThat(comment.link()).startsWith("/vorschlaege/" + lobby + "#comment-");
        assertThat(marked(comment)).containsExactly("Haushaltsdaten");
        assertThat(first.consultationTitle()).isEqualTo(group.consultationTitle());
        assertThat(first.themeGroupName()).isEqualTo(group.name());
    }

    @Test
    void filtersNarrowByKindAndResponse() {
        assertThat(titles(find("Haushalt", SearchService.Kind.COMMENT, OutcomeFilter.ALL)))
                .containsExactly("Lobbyregister für den Landtag");
        UserAccount lead = fixtures.leadOf(group, "Leitung Suchseite");
        fixtures.as(lead, () -> {
            responses.respond(budget, ResponseOutcome.ADOPTED, "");
            return null;
        });
        assertThat(titles(find("Haushalt", SearchService.Kind.PROPOSAL, OutcomeFilter.ADOPTED)))
                .containsExactly("Haushaltsdaten offenlegen");
        assertThat(titles(find("Haushalt", SearchService.Kind.PROPOSAL, OutcomeFilter.UNANSWERED)))
                .isEmpty();
        assertThat(find("Haushalt", SearchService.Kind.PROPOSAL, OutcomeFilter.ADOPTED)
                        .results()
                        .getFirst()
                        .outcomeKey())
                .isEqualTo("proposals.outcomeFilter.ADOPTED");
    }

    @Test
    void hiddenProposalsAndTheirCommentsAndDeletedCommentsAreNeverFound() {
        UserAccount lead = fixtures.leadOf(group, "Leitung Suchseite");
        fixtures.as(lead, () -> {
            moderation.hideProposal(lobby, "Nicht zum Thema");
            return null;
        });
        assertThat(titles(find("Haushalt", null, OutcomeFilter.ALL))).containsExactly("Haushaltsdaten offenlegen");
        assertThat(find("Lobbyregister", null, OutcomeFilter.ALL).total()).isZero();
    }

    @Test
    void wordsThatSayNothingGetAMessageNotAnError() {
        SearchService.Page stopWords = find("und der die", null, OutcomeFilter.ALL);
        assertThat(stopWords.nothingToSearch()).isTrue();
        assertThat(stopWords.results()).isEmpty();
        SearchService.Page long_ = find("Haushalt " + "x".repeat(10_000), null, OutcomeFilter.ALL);
        assertThat(long_.cut()).isTrue();
        assertThat(find("'; drop table proposal; --", null, OutcomeFilter.ALL).total())
                .isZero();
    }

    @Test
    void publicDraftsAndConsultationsAreFoundUnpublishedDraftsAreNot() {
        UserAccount lead = fixtures.leadOf(group, "Leitung Entwürfe");
        long draft = fixtures.as(
                lead,
                () -> drafts.create(
                        group.id(),
                        new DraftContent(
                                "Offener Haushalt des Landes",
                                LocalDate.of(2027, 1, 1),
                                LocalDate.of(2028, 12, 31),
                                "Finanzministerium",
                                "Die Haushaltsdaten liegen nur als PDF vor.",
                                "Wir veröffentlichen sie maschinenlesbar.",
                                "Sie werden auswertbar.",
                                "Transparenz.",
                                "",
                                "Eva Beispiel",
                                "Referatsleitung",
                                "eva@land.example",
                                "",
                                "",
                                "",
                                List.of(new Milestone(
                                        "Portal für Vergabedaten online",
                                        LocalDate.of(2027, 1, 1),
                                        LocalDate.of(2027, 6, 30))))));
        assertThat(find("maschinenlesbar", null, OutcomeFilter.ALL).totals())
                .containsEntry(SearchService.Kind.DRAFT, 0L);

        fixtures.as(lead, () -> {
            drafts.publish(draft);
            return null;
        });
        SearchService.Page page = find("maschinenlesbar", SearchService.Kind.DRAFT, OutcomeFilter.ALL);
        assertThat(titles(page)).containsExactly("Offener Haushalt des Landes");
        assertThat(page.results().getFirst().link()).isEqualTo("/entwuerfe/" + draft);
        assertThat(page.results().getFirst().outcomeKey()).isEqualTo("draft.status.PUBLISHED");
        assertThat(titles(find("Vergabedaten", null, OutcomeFilter.ALL)))
                .containsExactly("Offener Haushalt des Landes");
        // A draft answers no response filter.
        assertThat(find("maschinenlesbar", null, OutcomeFilter.ADOPTED).results())
                .isEmpty();

        SearchService.Page consultations = find("Testkonsultation", null, OutcomeFilter.ALL);
        assertThat(consultations.results())
                .extracting(SearchService.Result::kind)
                .containsExactly(SearchService.Kind.CONSULTATION);
        assertThat(consultations.results().getFirst().link()).isEqualTo("/konsultationen/" + group.consultationSlug());
    }

    @Test
    void moderatorsAlsoFindTheirGroupsHiddenContentMarkedAsHidden() {
        UserAccount lead = fixtures.leadOf(group, "Leitung Versteckt");
        fixtures.as(lead, () -> {
            moderation.hideProposal(lobby, "Nicht zum Thema");
            return null;
        });
        assertThat(find("Lobbyregister", null, OutcomeFilter.ALL).total()).isZero();

        SearchService.Page asLead = fixtures.as(lead, () -> find("Lobbyregister", null, OutcomeFilter.ALL));
        assertThat(titles(asLead)).containsExactly("Lobbyregister für den Landtag");
        assertThat(asLead.results().getFirst().hidden()).isTrue();
        SearchService.Page comments =
                fixtures.as(lead, () -> find("Ministerien", SearchService.Kind.COMMENT, OutcomeFilter.ALL));
        assertThat(comments.results())
                .singleElement()
                .extracting(SearchService.Result::hidden)
                .isEqualTo(true);
        // Another group's lead and a citizen do not.
        UserAccount otherLead = fixtures.leadOf(fixtures.collectingThemeGroup(), "Andere Leitung");
        assertThat(fixtures.as(otherLead, () -> find("Lobbyregister", null, OutcomeFilter.ALL))
                        .total())
                .isZero();
        assertThat(fixtures.as(author, () -> find("Lobbyregister", null, OutcomeFilter.ALL))
                        .total())
                .isZero();
    }

    @Test
    void whenNoTextHoldsEveryWordTextsWithSomeOfThemFollow() {
        SearchService.Page page = find("Haushaltsdaten Mondlandung", SearchService.Kind.PROPOSAL, OutcomeFilter.ALL);
        assertThat(page.someWordsOnly()).isTrue();
        assertThat(titles(page)).containsExactly("Haushaltsdaten offenlegen");
        SearchService.Page all = find("Haushaltsdaten offenlegen", SearchService.Kind.PROPOSAL, OutcomeFilter.ALL);
        assertThat(titles(all).getFirst()).isEqualTo("Haushaltsdaten offenlegen");
    }

    @Test
    void aTypoInALongerWordIsForgiven() {
        statistics.forget();
        assertThat(titles(find("Lobbyreigster", SearchService.Kind.PROPOSAL, OutcomeFilter.ALL)))
                .containsExactly("Lobbyregister für den Landtag");
    }

    @Test
    void searchedEverywhereTheHitsCarryTheirConsultationAndThemeGroup() {
        SearchService.Page page = search.search(new SearchService.Request(
                "Lobbyregister",
                null,
                null,
                SearchService.Kind.PROPOSAL,
                OutcomeFilter.ALL,
                SearchService.Order.NEWEST,
                1));

        assertThat(page.results()).anySatisfy(result -> {
            assertThat(result.link()).endsWith("/" + lobby);
            assertThat(result.themeGroupName()).isEqualTo(group.name());
            assertThat(result.consultationTitle()).isEqualTo(group.consultationTitle());
        });
    }
}
