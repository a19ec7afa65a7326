package de.kokreation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.DomainException;
import de.kokreation.voting.VoteDirection;
import de.kokreation.voting.VoteTally;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
@Tag("database")
class VoteServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    VoteService votes;

    @Autowired
    ProposalService proposals;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void aVoteIsCastChangedAndWithdrawn() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Lobbyregister für den Landtag");
        UserAccount voter = fixtures.citizen();
        fixtures.loginAs(voter);

        assertThat(votes.cast(proposal, VoteDirection.FOR)).isEqualTo(new VoteTally(1, 0, VoteDirection.FOR));
        assertThat(votes.cast(proposal, VoteDirection.FOR)).isEqualTo(new VoteTally(1, 0, VoteDirection.FOR));
        assertThat(votes.cast(proposal, VoteDirection.AGAINST)).isEqualTo(new VoteTally(0, 1, VoteDirection.AGAINST));
        assertThat(proposals.getProposal(proposal).myVote()).isEqualTo(VoteDirection.AGAINST);
        assertThat(votes.withdraw(proposal)).isEqualTo(new VoteTally(0, 0, null));
        assertThat(votes.withdraw(proposal)).isEqualTo(new VoteTally(0, 0, null));
        assertThat(proposals.getProposal(proposal).myVote()).isNull();
    }

    @Test
    void votingNeedsALoginAndTheCollectionPhase() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Offene Fahrplandaten");

        assertThatThrownBy(() -> votes.cast(proposal, VoteDirection.FOR))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        long closedProposal = insertProposalInClosedConsultation();
        fixtures.loginAs(fixtures.citizen());
        assertThatThrownBy(() -> votes.cast(closedProposal, VoteDirection.FOR))
                .isInstanceOf(DomainException.class)
                .extracting(failure -> ((DomainException) failure).messageKey())
                .isEqualTo("vote.error.closed");
    }

    /**
     * The same person sends many votes at once (double clicks, several tabs): exactly one vote is
     * stored and the counters match the stored votes.
     */
    @Test
    void onePersonRacingWithThemselvesKeepsOneVote() throws Exception {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Transparenz bei Gutachten");
        UserAccount voter = fixtures.citizen();

        runConcurrently(
                16,
                index -> fixtures.as(
                        voter, () -> votes.cast(proposal, index % 3 == 0 ? VoteDirection.AGAINST : VoteDirection.FOR)));

        assertThat(jdbc.queryForObject(
                        "select count(*) from proposal_vote where proposal_id = ? and voter_id = ?",
                        Long.class,
                        proposal,
                        voter.id()))
                .isEqualTo(1);
        assertCountersMatchVotes(proposal);
    }

    @Test
    void manyPeopleVotingAtOnceLoseNoVote() throws Exception {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Bürgerhaushalt in jeder Großstadt");
        List<UserAccount> voters = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            voters.add(fixtures.citizen());
        }

        runConcurrently(
                voters.size(),
                index -> fixtures.as(
                        voters.get(index),
                        () -> votes.cast(proposal, index % 4 == 0 ? VoteDirection.AGAINST : VoteDirection.FOR)));

        ProposalDetails details = proposals.getProposal(proposal);
        assertThat(details.tally().votesFor()).isEqualTo(18);
        assertThat(details.tally().votesAgainst()).isEqualTo(6);
        assertCountersMatchVotes(proposal);
    }

    /**
     * Votes arriving together are written together; one refused among them (its consultation is
     * closed, or the proposal does not exist) fails alone, with its own message.
     */
    @Test
    void aRefusedVoteAmongManyFailsAloneWithItsReason() throws Exception {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long open = fixtures.proposal(group, fixtures.citizen(), "Offene Sitzungen der Ausschüsse");
        long closed = insertProposalInClosedConsultation();
        List<UserAccount> voters = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            voters.add(fixtures.citizen());
        }
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());

        runConcurrently(
                voters.size(),
                index -> fixtures.as(voters.get(index), () -> {
                    long target = index % 10 == 0 ? closed : index % 10 == 1 ? Long.MAX_VALUE : open;
                    try {
                        return votes.cast(target, VoteDirection.FOR);
                    } catch (DomainException refused) {
                        refusals.add(refused.messageKey());
                        return null;
                    }
                }));

        assertThat(refusals).filteredOn("vote.error.closed"::equals).hasSize(3);
        assertThat(refusals).filteredOn("proposal.error.notFound"::equals).hasSize(3);
        assertThat(proposals.getProposal(open).tally().votesFor()).isEqualTo(24);
        assertCountersMatchVotes(open);
        assertThat(jdbc.queryForObject("select count(*) from proposal_vote where proposal_id = ?", Long.class, closed))
                .isZero();
    }

    private void assertCountersMatchVotes(long proposal) {
        long stored =
                jdbc.queryForObject("select count(*) from proposal_vote where proposal_id = ?", Long.class, proposal);
        ProposalDetails details = proposals.getProposal(proposal);
        assertThat(details.tally().votesFor() + details.tally().votesAgainst()).isEqualTo((int) stored);
        assertThat(jdbc.queryForObject(
                        "select count(*) from proposal_vote where proposal_id = ? and direction = 'FOR'",
                        Long.class,
                        proposal))
                .isEqualTo(details.tally().votesFor());
    }

    private static void runConcurrently(int tasks, IntFunction<Object> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks, 16));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int index = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return task.apply(index);
                }));
            }
            start.countDown();
            for (Future<Object> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long insertProposalInClosedConsultation() {
        ThemeGroupSummary closed = fixtures.closedConsultation().themeGroups().getFirst();
        UserAccount author = fixtures.citizen();
        jdbc.update(
                "insert into proposal (theme_group_id, author_id, title, body_source, body_html, created_at,"
                        + " updated_at) values (?, ?, 'Historischer Vorschlag', 'Text', '<p>Text</p>', current_timestamp,"
                        + " current_timestamp)",
                closed.id(),
                author.id());
        return jdbc.queryForObject("select max(id) from proposal where theme_group_id = ?", Long.class, closed.id());
    }
}
