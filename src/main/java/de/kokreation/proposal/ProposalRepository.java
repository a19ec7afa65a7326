package de.kokreation.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    /** A proposal as a list shows it, with its author's id: the names come from the account module. */
    String SUMMARY = "select new de.kokreation.proposal.ProposalSummary$Row(p.id, p.title, p.authorId, p.createdAt,"
            + " p.votesFor, p.votesAgainst, p.commentCount, p.sourceMeetingId) from Proposal p";

    /**
     * The ids of one page, in the page's order. Only the sort index is read (an index-only scan
     * on PostgreSQL), so a page deep in a long list skips its offset without touching the rows;
     * {@link #findSummaries(Collection)} then loads just the page.
     */
    @Query(
            value = "select p.id from Proposal p where p.themeGroupId = :themeGroupId and p.hidden = false",
            countQuery = "select count(p) from Proposal p where p.themeGroupId = :themeGroupId and p.hidden = false")
    Page<Long> findPageIds(long themeGroupId, Pageable pageable);

    /** The visible proposals written at a meeting, in the order they were typed in. */
    @Query("select p.id from Proposal p where p.sourceMeetingId = :meetingId and p.hidden = false order by p.id")
    List<Long> findIdsFromMeeting(long meetingId);

    @Query(SUMMARY + " where p.id in :ids and p.hidden = false")
    List<ProposalSummary.Row> findVisibleSummaries(Collection<Long> ids);

    @Query(SUMMARY + " where p.id in :ids")
    List<ProposalSummary.Row> findSummaries(Collection<Long> ids);

    @Query("select p.themeGroupId, count(p) from Proposal p where p.themeGroupId in :themeGroupIds and p.hidden = false"
            + " group by p.themeGroupId")
    List<Object[]> countByThemeGroups(Collection<Long> themeGroupIds);

    @Query("select p.title from Proposal p where p.id = :proposalId and p.hidden = false")
    Optional<String> findVisibleTitle(long proposalId);

    @Query("select p.title from Proposal p where p.id = :proposalId")
    Optional<String> findTitle(long proposalId);

    @Query("select new de.kokreation.proposal.ProposalDetails$Duplicate(p.id, p.title) from Proposal p"
            + " where p.duplicateOfId = :proposalId and p.hidden = false order by p.id")
    List<ProposalDetails.Duplicate> findVisibleDuplicatesOf(long proposalId);

    @Modifying(flushAutomatically = true)
    @Query(
            value = "update proposal set comment_count = comment_count + :delta where id = :proposalId",
            nativeQuery = true)
    int adjustCommentCount(long proposalId, int delta);
}
