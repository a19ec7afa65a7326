package de.kokreation.actionplan;

import static de.kokreation.actionplan.CompletionLevel.COMPLETED;
import static de.kokreation.actionplan.CompletionLevel.LIMITED;
import static de.kokreation.actionplan.CompletionLevel.NOT_STARTED;
import static de.kokreation.actionplan.CompletionLevel.SUBSTANTIAL;
import static de.kokreation.actionplan.CompletionLevel.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionLevelTest {

    @Test
    void aCommitmentIsCompletedOnlyWhenEveryMilestoneThatCountsIs() {
        assertThat(CompletionLevel.derivedFrom(List.of(COMPLETED, COMPLETED))).isEqualTo(COMPLETED);
        assertThat(CompletionLevel.derivedFrom(List.of(COMPLETED, WITHDRAWN))).isEqualTo(COMPLETED);
        assertThat(CompletionLevel.derivedFrom(List.of(COMPLETED, COMPLETED, SUBSTANTIAL)))
                .isEqualTo(SUBSTANTIAL);
    }

    @Test
    void betweenNotStartedAndCompletedTheMeanDecides() {
        assertThat(CompletionLevel.derivedFrom(List.of(NOT_STARTED, NOT_STARTED)))
                .isEqualTo(NOT_STARTED);
        assertThat(CompletionLevel.derivedFrom(List.of(NOT_STARTED, LIMITED))).isEqualTo(LIMITED);
        // mean 1.5: substantial from there on
        assertThat(CompletionLevel.derivedFrom(List.of(NOT_STARTED, COMPLETED))).isEqualTo(SUBSTANTIAL);
        assertThat(CompletionLevel.derivedFrom(List.of(NOT_STARTED, NOT_STARTED, COMPLETED)))
                .isEqualTo(LIMITED);
        assertThat(CompletionLevel.derivedFrom(List.of(LIMITED, SUBSTANTIAL))).isEqualTo(SUBSTANTIAL);
    }

    @Test
    void withoutMilestonesNothingHasStartedAndWithOnlyWithdrawnOnesTheCommitmentIsWithdrawn() {
        assertThat(CompletionLevel.derivedFrom(List.of())).isEqualTo(NOT_STARTED);
        assertThat(CompletionLevel.derivedFrom(List.of(WITHDRAWN, WITHDRAWN))).isEqualTo(WITHDRAWN);
    }

    @Test
    void aMilestoneIsOverdueAfterItsEndUntilItIsClosed() {
        LocalDate end = LocalDate.of(2027, 6, 30);
        assertThat(PlanMilestone.isOverdue(end, SUBSTANTIAL, end))
                .as("on its last day")
                .isFalse();
        assertThat(PlanMilestone.isOverdue(end, SUBSTANTIAL, end.plusDays(1))).isTrue();
        assertThat(PlanMilestone.isOverdue(end, COMPLETED, end.plusDays(1))).isFalse();
        assertThat(PlanMilestone.isOverdue(end, WITHDRAWN, end.plusDays(1))).isFalse();
    }
}
