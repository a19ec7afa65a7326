package de.kokreation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final long AUTHOR = 7;

    private final Proposal proposal = new Proposal(
            1,
            AUTHOR,
            new ProposalDraft("Haushaltsdaten als Open Data", "Alle Kommunen veröffentlichen ihre Haushalte."),
            NOW);

    @Test
    void onlyTheAuthorRevisesAProposal() {
        assertThatThrownBy(() -> proposal.revise(8, new ProposalDraft("Anderer Titel", "Ganz anderer Text hier."), NOW))
                .isInstanceOf(NotPermittedException.class);
        assertThat(proposal.title()).isEqualTo("Haushaltsdaten als Open Data");

        proposal.revise(
                AUTHOR,
                new ProposalDraft("Haushalte offen", "Alle Kommunen veröffentlichen Haushalte."),
                NOW.plusSeconds(60));
        assertThat(proposal.title()).isEqualTo("Haushalte offen");
        assertThat(proposal.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void theTitleHasAtMost150Characters() {
        String longTitle = "x".repeat(ProposalLimits.TITLE_MAX + 1);
        assertThatThrownBy(() ->
                        new Proposal(1, AUTHOR, new ProposalDraft(longTitle, "Ein ausreichend langer Text."), NOW))
                .isInstanceOf(DomainException.class);
        assertThat(new Proposal(1, AUTHOR, new ProposalDraft("x".repeat(150), "Ein ausreichend langer Text."), NOW)
                        .title())
                .hasSize(150);
    }

    @Test
    void theBodyIsRenderedAndSanitized() {
        Proposal withScript = new Proposal(
                1,
                AUTHOR,
                new ProposalDraft(
                        "Titel mit Skript", "Harmlos <script>alert(1)</script> und [Link](javascript:alert(1))"),
                NOW);
        assertThat(withScript.bodyHtml()).doesNotContain("<script").doesNotContain("javascript:");
        assertThat(withScript.bodySource()).contains("<script>");
    }
}
