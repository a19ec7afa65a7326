package de.kokreation.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommentOnDraftTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theTextIsCheckedAtTheLimitInCharactersNotBytes() {
        String atLimit = "ä".repeat(DraftLimits.COMMENT_MAX);

        assertThat(new CommentOnDraft(1, 2, "  " + atLimit + "  ", NOW).isHidden())
                .isFalse();
        assertThat(new CommentOnDraft(1, 2, atLimit.substring(1), NOW)).isNotNull();
        assertThatThrownBy(() -> new CommentOnDraft(1, 2, atLimit + "ß", NOW))
                .isInstanceOf(DomainException.class)
                .extracting(failure -> ((DomainException) failure).messageKey())
                .isEqualTo("comment.error.tooLong");
        assertThatThrownBy(() -> new CommentOnDraft(1, 2, " \n ", NOW))
                .isInstanceOf(DomainException.class)
                .extracting(failure -> ((DomainException) failure).messageKey())
                .isEqualTo("comment.error.empty");
    }

    @Test
    void hidingNeedsAPublicReasonWithinItsLimit() {
        CommentOnDraft comment = new CommentOnDraft(1, 2, "Guter Entwurf", NOW);

        assertThatThrownBy(() -> comment.hide("   ", 3, NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> comment.hide("ü".repeat(DraftLimits.REASON_MAX + 1), 3, NOW))
                .isInstanceOf(DomainException.class);
        assertThat(comment.isHidden()).isFalse();

        comment.hide(" " + "ü".repeat(DraftLimits.REASON_MAX) + " ", 3, NOW);

        assertThat(comment.isHidden()).isTrue();
        assertThat(comment.hiddenReason()).hasSize(DraftLimits.REASON_MAX);
    }
}
