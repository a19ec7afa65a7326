package de.kokreation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProposalCommentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void deletingKeepsTheCommentButErasesItsText() {
        ProposalComment comment = new ProposalComment(1, null, 5, "Gute Idee!", NOW);

        comment.delete(5, NOW);

        assertThat(comment.isDeleted()).isTrue();
        assertThatThrownBy(() -> comment.edit(5, "Doch nicht", NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void onlyTheAuthorEditsOrDeletes() {
        ProposalComment comment = new ProposalComment(1, null, 5, "Gute Idee!", NOW);

        assertThatThrownBy(() -> comment.edit(6, "Fremder Text", NOW)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> comment.delete(6, NOW)).isInstanceOf(NotPermittedException.class);
        assertThat(comment.isDeleted()).isFalse();
    }

    @Test
    void anEmptyOrOverlongCommentIsRefused() {
        assertThatThrownBy(() -> new ProposalComment(1, null, 5, "   ", NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new ProposalComment(1, null, 5, "x".repeat(ProposalLimits.COMMENT_MAX + 1), NOW))
                .isInstanceOf(DomainException.class);
    }
}
