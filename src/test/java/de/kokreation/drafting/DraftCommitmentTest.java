package de.kokreation.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status flow and the refusal of a save that would overwrite another one unseen. */
class DraftCommitmentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static final DraftContent COMPLETE = new DraftContent(
            "Offene Haushaltsdaten",
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2028, 12, 31),
            "Bundesministerium der Finanzen",
            "Haushaltsdaten liegen nur als PDF vor.",
            "Wir veröffentlichen sie maschinenlesbar.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            List.of());

    @Test
    void aSaveFromAnOlderVersionIsRefusedAndNamesTheCurrentOne() {
        DraftCommitment draft = new DraftCommitment(1, "Titel", NOW);
        assertThat(draft.nextVersion(0, "Titel", NOW)).isEqualTo(1);
        assertThat(draft.nextVersion(1, "Titel 2", NOW)).isEqualTo(2);

        assertThatThrownBy(() -> draft.nextVersion(1, "Titel 3", NOW))
                .isInstanceOfSatisfying(
                        DraftEditConflict.class,
                        conflict -> assertThat(conflict.currentVersion()).isEqualTo(2));
        assertThat(draft.title()).isEqualTo("Titel 2");
    }

    @Test
    void runsThroughPreparationPublicationAndFinal() {
        DraftCommitment draft = new DraftCommitment(1, "Titel", NOW);
        assertThat(draft.isPublic()).isFalse();
        assertThatThrownBy(() -> draft.makeFinal(NOW)).isInstanceOf(DomainException.class);

        draft.publish(COMPLETE, NOW);
        assertThat(draft.isPublic()).isTrue();
        assertThatThrownBy(() -> draft.publish(COMPLETE, NOW)).isInstanceOf(DomainException.class);

        draft.makeFinal(NOW);
        assertThat(draft.status()).isEqualTo(DraftStatus.FINAL);
    }

    @Test
    void anIncompleteDraftIsNotPublishedAndTheRefusalNamesTheMissingField() {
        DraftCommitment draft = new DraftCommitment(1, "Titel", NOW);

        assertThatThrownBy(() -> draft.publish(DraftContent.titled("Titel"), NOW))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("draft.error.incomplete"));
        assertThat(draft.status()).isEqualTo(DraftStatus.IN_PREPARATION);
    }

    @Test
    void withdrawingNeedsAReasonAndStopsFurtherSaves() {
        DraftCommitment draft = new DraftCommitment(1, "Titel", NOW);
        draft.nextVersion(0, "Titel", NOW);
        assertThatThrownBy(() -> draft.withdraw("  ", NOW)).isInstanceOf(DomainException.class);

        draft.withdraw("In Verpflichtung 3 aufgegangen", NOW);

        assertThat(draft.isPublic()).isFalse();
        assertThat(draft.statusReason()).isEqualTo("In Verpflichtung 3 aufgegangen");
        assertThatThrownBy(() -> draft.nextVersion(1, "Titel", NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void contentValidationRefusesMilestonesThatEndBeforeTheyStart() {
        DraftContent content = DraftDifferTest.with(
                COMPLETE,
                "Problem",
                List.of(new Milestone("Portal", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 1, 1))));

        assertThatThrownBy(content::validated)
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("draft.error.milestoneDates"));
    }
}
