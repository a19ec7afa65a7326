package de.kokreation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.moderation.ContentModeration;
import de.kokreation.proposal.reads.ProposalVisibility;
import de.kokreation.proposal.reads.PublicProposals;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ties the two spellings of "visible" together: the entities' transitions (hide, restore, delete)
 * and the SQL of {@link ProposalVisibility} that every bulk read uses. Whatever a moderator or an
 * author does through the services, the published reads must agree with the entity.
 */
@IntegrationTest
@Tag("database")
class ProposalVisibilityTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ContentModeration moderation;

    @Autowired
    CommentService comments;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    CommentRepository commentRows;

    @Autowired
    PublicProposals publicProposals;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void aProposalIsVisibleInSqlExactlyWhenTheEntityIsNotHidden() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount lead = fixtures.leadOf(group, "Lea Leitung");
        long shown = fixtures.proposal(group, fixtures.citizen(), "Bleibt sichtbar");
        long hidden = fixtures.proposal(group, fixtures.citizen(), "Wird verborgen");
        long restored = fixtures.proposal(group, fixtures.citizen(), "Wird verborgen und wiederhergestellt");

        fixtures.as(lead, () -> {
            moderation.hideProposal(hidden, "Beleidigend");
            moderation.hideProposal(restored, "Versehen");
            moderation.restoreProposal(restored);
            return null;
        });

        for (long id : List.of(shown, hidden, restored)) {
            boolean entityHidden = proposals.findById(id).orElseThrow().isHidden();
            assertThat(publicProposals.hiddenAmong(Set.of(id)).contains(id))
                    .as("proposal %d", id)
                    .isEqualTo(entityHidden);
        }
        List<Long> published = new ArrayList<>();
        publicProposals.proposals(List.of(group.id()), proposal -> published.add(proposal.id()));
        assertThat(published).contains(shown, restored).doesNotContain(hidden);
    }

    @Test
    void aCommentIsPublishedInTheStateTheEntityIsIn() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount lead = fixtures.leadOf(group, "Lea Leitung");
        UserAccount author = fixtures.citizen();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Mit Kommentaren");
        long visible = fixtures.as(author, () -> comments.post(proposal, null, "Sichtbar"));
        long hidden = fixtures.as(author, () -> comments.post(proposal, null, "Verborgen"));
        long deleted = fixtures.as(author, () -> comments.post(proposal, null, "Gelöscht"));
        fixtures.as(lead, () -> {
            moderation.hideComment(hidden, "Spam");
            return null;
        });
        fixtures.as(author, () -> {
            comments.delete(deleted);
            return null;
        });

        List<PublicProposals.Comment> published = new ArrayList<>();
        publicProposals.comments(List.of(group.id()), comment -> {
            if (comment.proposalId() == proposal) {
                published.add(comment);
            }
        });

        assertThat(published).extracting(PublicProposals.Comment::id).containsExactly(visible, hidden, deleted);
        for (PublicProposals.Comment comment : published) {
            ProposalComment entity = commentRows.findById(comment.id()).orElseThrow();
            String expected = entity.isDeleted() ? "deleted" : entity.isHidden() ? "hidden" : "visible";
            assertThat(comment.state()).as("comment %d", comment.id()).isEqualTo(expected);
            assertThat(comment.body() == null).isEqualTo(!"visible".equals(expected));
            assertThat(comment.authorId() == null).isEqualTo(!"visible".equals(expected));
        }
    }
}
