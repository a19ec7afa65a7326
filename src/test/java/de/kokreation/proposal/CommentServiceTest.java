package de.kokreation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
@Tag("database")
class CommentServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CommentService comments;

    @Autowired
    ProposalService proposals;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void repliesNestAtLeastThreeLevelsAndCountsFollow() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Open Source in der Verwaltung");
        UserAccount anna = fixtures.citizen();
        UserAccount ben = fixtures.citizen();

        long first =
                fixtures.as(anna, () -> comments.post(proposal, null, "Unbedingt, Schleswig-Holstein macht es vor."));
        long reply = fixtures.as(ben, () -> comments.post(proposal, first, "Und was kostet der Umstieg?"));
        long replyToReply = fixtures.as(anna, () -> comments.post(proposal, reply, "Weniger als die Lizenzen."));
        fixtures.as(ben, () -> comments.post(proposal, replyToReply, "Das überzeugt mich."));
        fixtures.as(ben, () -> comments.post(proposal, null, "Zweiter Gedanke."));

        List<CommentNode> thread = comments.thread(proposal);
        assertThat(thread).hasSize(2);
        CommentNode level1 = thread.getFirst();
        CommentNode level2 = level1.replies().getFirst();
        CommentNode level3 = level2.replies().getFirst();
        CommentNode level4 = level3.replies().getFirst();
        assertThat(level1.body()).startsWith("Unbedingt");
        assertThat(level2.authorName()).isEqualTo(ben.displayName());
        assertThat(level3.body()).isEqualTo("Weniger als die Lizenzen.");
        assertThat(level4.body()).isEqualTo("Das überzeugt mich.");
        assertThat(proposals.getProposal(proposal).commentCount()).isEqualTo(5);
    }

    @Test
    void aDeletedCommentKeepsItsRepliesButLosesItsText() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Informationsfreiheit im Land");
        UserAccount anna = fixtures.citizen();
        UserAccount ben = fixtures.citizen();
        long parent = fixtures.as(anna, () -> comments.post(proposal, null, "Ich nehme das zurück."));
        fixtures.as(ben, () -> comments.post(proposal, parent, "Schade, war gut."));

        assertThatThrownBy(() -> fixtures.as(ben, () -> {
                    comments.delete(parent);
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);

        fixtures.as(anna, () -> {
            comments.delete(parent);
            return null;
        });

        CommentNode deleted = comments.thread(proposal).getFirst();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.body()).isNull();
        assertThat(deleted.replies()).extracting(CommentNode::body).containsExactly("Schade, war gut.");
        assertThat(proposals.getProposal(proposal).commentCount()).isEqualTo(1);
    }

    @Test
    void onlyTheAuthorEditsAComment() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Beteiligungsportal für alle");
        UserAccount anna = fixtures.citizen();
        long comment = fixtures.as(anna, () -> comments.post(proposal, null, "Erste Fassung"));

        assertThatThrownBy(() -> fixtures.as(fixtures.citizen(), () -> {
                    comments.edit(comment, "Fremd");
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);
        fixtures.as(anna, () -> {
            comments.edit(comment, "Zweite Fassung");
            return null;
        });

        CommentNode edited = comments.thread(proposal).getFirst();
        assertThat(edited.body()).isEqualTo("Zweite Fassung");
        assertThat(edited.editedAt()).isNotNull();
    }

    @Test
    void commentingNeedsALoginAndAReplyMustBelongToTheSameProposal() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long proposal = fixtures.proposal(group, author, "Erster Vorschlag");
        long otherProposal = fixtures.proposal(group, author, "Zweiter Vorschlag");
        long comment = fixtures.as(author, () -> comments.post(proposal, null, "Hier"));

        assertThatThrownBy(() -> comments.post(proposal, null, "Anonym"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(author, () -> comments.post(otherProposal, comment, "Falscher Faden")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void threadsNestAtMostEightLevels() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Tiefe Diskussion");
        UserAccount talker = fixtures.citizen();
        long parent = fixtures.as(talker, () -> comments.post(proposal, null, "Ebene 1"));
        for (int level = 2; level <= 12; level++) {
            long replyTo = parent;
            String text = "Ebene " + level;
            parent = fixtures.as(talker, () -> comments.post(proposal, replyTo, text));
        }

        int depth = 0;
        List<CommentNode> level = comments.thread(proposal);
        while (!level.isEmpty()) {
            depth++;
            level = level.stream().flatMap(node -> node.replies().stream()).toList();
        }
        assertThat(depth).isEqualTo(CommentService.MAX_DEPTH);
        assertThat(proposals.getProposal(proposal).commentCount()).isEqualTo(12);
    }
}
