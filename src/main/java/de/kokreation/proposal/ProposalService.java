package de.kokreation.proposal;

import de.kokreation.account.AccountPrincipal;
import de.kokreation.account.CurrentUser;
import de.kokreation.account.reads.AccountNames;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.voting.VoteDirection;
import de.kokreation.voting.VoteTally;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Lists, shows, submits and revises proposals; enforces phase and authorship on the server. */
@Service
@Validated
@Transactional(readOnly = true)
public class ProposalService {

    private final ProposalRepository proposals;
    private final ProposalVotes votes;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ModerationRights rights;
    private final ResponseService responses;
    private final AccountNames accountNames;
    private final Clock clock;

    private final FilteredProposalLists filteredLists;
    // Implemented by the drafting module, which depends on this one: looked up when first used.
    private final ObjectProvider<CommitmentLinks> commitmentLinks;
    // Implemented by the meeting module, which depends on this one.
    private final ObjectProvider<ProposalSources> sources;

    ProposalService(
            ProposalRepository proposals,
            ProposalVotes votes,
            ConsultationService consultations,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            ModerationRights rights,
            ResponseService responses,
            AccountNames accountNames,
            FilteredProposalLists filteredLists,
            ObjectProvider<CommitmentLinks> commitmentLinks,
            ObjectProvider<ProposalSources> sources,
            Clock clock) {
        this.sources = sources;
        this.responses = responses;
        this.accountNames = accountNames;
        this.filteredLists = filteredLists;
        this.commitmentLinks = commitmentLinks;
        this.rights = rights;
        this.proposals = proposals;
        this.votes = votes;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One page of a theme group's visible proposals, ordered and filtered in the database, each
     * with what became of it: a fixed number of queries whatever the page size.
     */
    public ProposalPage listProposals(long themeGroupId, ProposalQuery query, int pageIndex, int pageSize) {
        int size = Math.clamp(pageSize, 1, ProposalLimits.PAGE_SIZE_MAX);
        // An absurd page number from the address must not overflow the offset.
        int index = Math.clamp(pageIndex, 0, Integer.MAX_VALUE / size - 1);
        List<Long> ids;
        long total;
        if (query.isFiltered()) {
            ids = filteredLists.pageIds(themeGroupId, query, (long) index * size, size);
            total = filteredLists.count(themeGroupId, query);
        } else {
            Page<Long> page = proposals.findPageIds(
                    themeGroupId, PageRequest.of(index, size, query.sort().sort()));
            ids = page.getContent();
            total = page.getTotalElements();
        }
        Map<Long, ResponseOutcome> outcomes = responses.outcomesOf(ids);
        Map<Long, List<CommitmentRef>> commitments = commitmentLinks.getObject().publicCommitmentsOf(ids);
        List<ProposalSummary.Row> rows = inOrder(ids, proposals.findSummaries(ids));
        return new ProposalPage(summaries(rows, outcomes, commitments), total, index, size);
    }

    /** Authors' names and sources for a page of rows: one query each, whatever the page size. */
    private List<ProposalSummary> summaries(
            List<ProposalSummary.Row> rows,
            Map<Long, ResponseOutcome> outcomes,
            Map<Long, List<CommitmentRef>> commitments) {
        Map<Long, String> authors = accountNames.displayNames(
                rows.stream().map(ProposalSummary.Row::authorId).toList());
        List<Long> meetingIds = rows.stream()
                .map(ProposalSummary.Row::sourceMeetingId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, ProposalSource> meetings =
                meetingIds.isEmpty() ? Map.of() : sources.getObject().meetings(meetingIds);
        return rows.stream()
                .map(row -> row.with(
                        authors.getOrDefault(row.authorId(), ""),
                        outcomes.get(row.id()),
                        commitments.getOrDefault(row.id(), List.of()),
                        row.sourceMeetingId() == null ? null : meetings.get(row.sourceMeetingId())))
                .toList();
    }

    /** The visible ones of these proposals, in the given order: a fixed number of queries. */
    public List<ProposalSummary> visibleSummaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return summaries(
                inOrder(ids, proposals.findVisibleSummaries(ids)),
                responses.outcomesOf(ids),
                commitmentLinks.getObject().publicCommitmentsOf(ids));
    }

    /** The visible proposals written at a meeting, in the order they were typed in. */
    public List<ProposalSummary> fromMeeting(long meetingId) {
        List<Long> ids = proposals.findIdsFromMeeting(meetingId);
        return summaries(
                inOrder(ids, proposals.findSummaries(ids)),
                responses.outcomesOf(ids),
                commitmentLinks.getObject().publicCommitmentsOf(ids));
    }

    private static List<ProposalSummary.Row> inOrder(List<Long> ids, List<ProposalSummary.Row> summaries) {
        Map<Long, ProposalSummary.Row> byId =
                summaries.stream().collect(Collectors.toMap(ProposalSummary.Row::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public ProposalDetails getProposal(long proposalId) {
        Proposal proposal = find(proposalId);
        ThemeGroupSummary themeGroup = consultations.getThemeGroup(proposal.themeGroupId());
        Optional<Long> viewerId = currentUser.accountId();
        VoteDirection myVote =
                viewerId.flatMap(id -> votes.directionOf(proposalId, id)).orElse(null);
        boolean mayEdit = viewerId.map(id -> id == proposal.authorId()).orElse(false)
                && themeGroup.currentPhase().allowsProposalEdits();
        String authorName = accountNames.displayName(proposal.authorId());
        Long sourceMeeting = proposal.sourceMeetingId();
        ProposalSource source = sourceMeeting == null
                ? null
                : sources.getObject().meetings(List.of(sourceMeeting)).get(sourceMeeting);
        Long duplicateOf = proposal.duplicateOfId();
        boolean hidden = proposal.isHidden();
        boolean mayModerate = rights.mayModerate(proposal.themeGroupId());
        // Hidden content leaves the server only for the group's moderators (who decide on restoring it).
        boolean withheld = hidden && !mayModerate;
        return new ProposalDetails(
                proposal.id(),
                withheld ? "" : proposal.title(),
                withheld ? "" : proposal.bodyHtml(),
                withheld ? "" : proposal.bodySource(),
                proposal.authorId(),
                authorName,
                proposal.createdAt(),
                proposal.updatedAt(),
                new VoteTally(proposal.votesFor(), proposal.votesAgainst(), myVote),
                proposal.commentCount(),
                themeGroup,
                myVote,
                mayEdit && !hidden,
                proposal.hiddenReason(),
                duplicateOf,
                duplicateOf == null
                        ? null
                        : (mayModerate ? proposals.findTitle(duplicateOf) : proposals.findVisibleTitle(duplicateOf))
                                .orElse(null),
                mayModerate,
                responses.responseTo(proposal.id()).orElse(null),
                proposals.findVisibleDuplicatesOf(proposal.id()),
                source,
                sources.getObject().roomVotesOf(proposal.id()));
    }

    /** Submits a new proposal to a theme group; only while the consultation collects proposals. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long submit(long themeGroupId, @Valid ProposalDraft draft) {
        AccountPrincipal author = currentUser.require();
        ThemeGroupSummary themeGroup = consultations.getThemeGroup(themeGroupId);
        if (!themeGroup.currentPhase().allowsNewProposals()) {
            throw new DomainException("proposal.error.collectionClosed");
        }
        Proposal proposal = proposals.save(new Proposal(themeGroupId, author.accountId(), draft, clock.instant()));
        events.publishEvent(new ProposalSubmitted(proposal.id(), themeGroupId, author.accountId()));
        return proposal.id();
    }

    /**
     * Records a proposal written on a card at a meeting, typed in by a moderator of the theme
     * group (its lead or the consultation's coordinator) during the collection or the condensing.
     * The meeting module checks first that the caller organises the meeting and that the group
     * belongs to it.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long recordFromMeeting(long themeGroupId, long meetingId, @Valid ProposalDraft draft) {
        AccountPrincipal recorder = currentUser.require();
        rights.requireModerator(themeGroupId);
        ThemeGroupSummary themeGroup = consultations.getThemeGroup(themeGroupId);
        if (!themeGroup.currentPhase().allowsWorkshopInput()) {
            throw new DomainException("proposal.error.workshopInputClosed");
        }
        Proposal proposal = proposals.save(
                Proposal.fromMeeting(themeGroupId, meetingId, recorder.accountId(), draft, clock.instant()));
        events.publishEvent(new ProposalSubmitted(proposal.id(), themeGroupId, recorder.accountId()));
        return proposal.id();
    }

    /** Revises one's own proposal while the consultation still collects proposals. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revise(long proposalId, @Valid ProposalDraft draft) {
        AccountPrincipal editor = currentUser.require();
        Proposal proposal = find(proposalId);
        if (proposal.isHidden()) {
            throw new DomainException("proposal.error.hidden");
        }
        if (!consultations.currentPhaseOfThemeGroup(proposal.themeGroupId()).allowsProposalEdits()) {
            throw new DomainException("proposal.error.editClosed");
        }
        proposal.revise(editor.accountId(), draft, clock.instant());
    }

    /**
     * The title for a notification about the proposal. Mails about a proposal go to its author
     * and to people who wrote in its thread, who saw it before it was hidden (a hidden proposal
     * takes no more comments); the listener that sends them runs without a logged-in user.
     */
    @Transactional(readOnly = true)
    public String titleForNotification(long proposalId) {
        return find(proposalId).title();
    }

    private Proposal find(long proposalId) {
        return proposals
                .findById(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal.error.notFound", proposalId));
    }
}
