package de.kokreation.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private final Timeline nrw2018 = new Timeline(
            LocalDate.of(2018, 8, 1),
            LocalDate.of(2018, 9, 1),
            LocalDate.of(2018, 9, 29),
            LocalDate.of(2018, 10, 20),
            LocalDate.of(2018, 11, 15));

    @Test
    void thePhaseFollowsFromTheDates() {
        assertThat(nrw2018.phaseOn(LocalDate.of(2018, 7, 1))).isEqualTo(Phase.ANNOUNCEMENT);
        assertThat(nrw2018.phaseOn(LocalDate.of(2018, 8, 31))).isEqualTo(Phase.ANNOUNCEMENT);
        assertThat(nrw2018.phaseOn(LocalDate.of(2018, 9, 1))).isEqualTo(Phase.PROPOSAL_COLLECTION);
        assertThat(nrw2018.phaseOn(LocalDate.of(2018, 9, 28))).isEqualTo(Phase.PROPOSAL_COLLECTION);
        assertThat(nrw2018.phaseOn(LocalDate.of(2018, 9, 29))).isEqualTo(Phase.CONDENSING);
        assertThat(nrw2018.phaseOn(LocalDate.of(2018, 10, 20))).isEqualTo(Phase.DRAFT_COMMENTING);
        assertThat(nrw2018.phaseOn(LocalDate.of(2018, 11, 15))).isEqualTo(Phase.CLOSED);
        assertThat(nrw2018.phaseOn(LocalDate.of(2026, 1, 1))).isEqualTo(Phase.CLOSED);
    }

    @Test
    void eachPhaseEndsTheDayBeforeTheNextStarts() {
        assertThat(nrw2018.endOf(Phase.PROPOSAL_COLLECTION)).isEqualTo(LocalDate.of(2018, 9, 28));
        assertThat(nrw2018.spans()).hasSize(5);
    }

    @Test
    void phasesMustBeInOrderWithoutOverlap() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> new Timeline(day, day, day.plusDays(2), day.plusDays(3), day.plusDays(4)))
                .isInstanceOf(DomainException.class)
                .extracting(failure -> ((DomainException) failure).messageKey())
                .isEqualTo("consultation.error.timelineOrder");
        assertThatThrownBy(() -> new Timeline(day, day.plusDays(5), day.plusDays(4), day.plusDays(6), day.plusDays(7)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void onlyTheCollectionPhaseTakesProposalsCommentsAndVotes() {
        for (Phase phase : Phase.values()) {
            boolean collecting = phase == Phase.PROPOSAL_COLLECTION;
            assertThat(phase.allowsNewProposals()).isEqualTo(collecting);
            assertThat(phase.allowsProposalComments()).isEqualTo(collecting);
            assertThat(phase.allowsProposalVotes()).isEqualTo(collecting);
            assertThat(phase.allowsProposalEdits()).isEqualTo(collecting);
        }
    }
}
