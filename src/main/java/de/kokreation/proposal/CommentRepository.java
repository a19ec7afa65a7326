package de.kokreation.proposal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<ProposalComment, Long> {

    /** The thread's rows without their authors' names: those come from the account module. */
    @Query("select new de.kokreation.proposal.CommentRow(c.id, c.parentId, c.authorId, '', c.body, c.createdAt,"
            + " c.editedAt, c.deletedAt, c.hiddenReason) from ProposalComment c"
            + " where c.proposalId = :proposalId order by c.createdAt, c.id")
    List<CommentRow> findThreadRows(long proposalId);

    @Query("select new de.kokreation.proposal.CommentRow(c.id, c.parentId, c.authorId, '', c.body, c.createdAt,"
            + " c.editedAt, c.deletedAt, c.hiddenReason) from ProposalComment c"
            + " where c.id = :commentId and c.proposalId = :proposalId")
    Optional<CommentRow> findRow(long proposalId, long commentId);
}
