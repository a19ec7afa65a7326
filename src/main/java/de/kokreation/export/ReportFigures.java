package de.kokreation.export;

import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.proposal.reads.ProposalFigures;
import de.kokreation.proposal.reads.PublicProposals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The figures of the reasoned-response report, as the owning modules count them: participation
 * and proposals from {@link ProposalFigures} (a handful of aggregate queries and one pass over the
 * proposals, however large the consultation), drafts and their links from {@link DraftRows}.
 * Hidden proposals and hidden or deleted comments do not count. Each query reads committed data
 * on its own, so the report may run the participation queries on threads of their own.
 */
@Component
class ReportFigures {

    private final ProposalFigures proposals;
    private final PublicProposals publicProposals;
    private final DraftRows drafts;

    ReportFigures(ProposalFigures proposals, PublicProposals publicProposals, DraftRows drafts) {
        this.proposals = proposals;
        this.publicProposals = publicProposals;
        this.drafts = drafts;
    }

    /** A draft that was not withdrawn, with the number of visible proposals it grew from. */
    record DraftLine(long id, long themeGroupId, String title, String status, int proposalCount) {}

    Map<Long, ProposalFigures.GroupFigures> perGroup(Collection<Long> groupIds) {
        return proposals.perGroup(groupIds);
    }

    Map<Long, Long> participantsPerGroup(Collection<Long> groupIds) {
        return proposals.participantsPerGroup(groupIds);
    }

    long participants(Collection<Long> groupIds) {
        return proposals.participants(groupIds);
    }

    long hiddenProposals(Collection<Long> groupIds) {
        return proposals.hiddenProposals(groupIds);
    }

    TreeMap<LocalDate, ProposalFigures.DayFigures> perDay(Collection<Long> groupIds) {
        return proposals.perDay(groupIds);
    }

    Map<Long, Map<String, Long>> outcomes(Collection<Long> groupIds) {
        return proposals.outcomes(groupIds);
    }

    Iterable<ProposalFigures.ProposalLine> proposals(long groupId) {
        return proposals.proposals(groupId);
    }

    /** The drafts of the groups that were not withdrawn, in the order of the groups given, then by id. */
    List<DraftLine> drafts(List<Long> groupIds) {
        List<DraftRows.DraftTitle> titles = drafts.titlesNotWithdrawn(groupIds);
        Map<Long, List<Long>> linked =
                drafts.proposalsOf(titles.stream().map(DraftRows.DraftTitle::id).toList());
        Set<Long> hidden = publicProposals.hiddenAmong(
                linked.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        return titles.stream()
                .sorted(Comparator.comparingInt((DraftRows.DraftTitle d) -> groupIds.indexOf(d.themeGroupId()))
                        .thenComparingLong(DraftRows.DraftTitle::id))
                .map(d -> new DraftLine(d.id(), d.themeGroupId(), d.title(), d.status(), (int)
                        linked.getOrDefault(d.id(), List.of()).stream()
                                .filter(id -> !hidden.contains(id))
                                .count()))
                .toList();
    }

    /** Draft ids per proposal, for drafts that were not withdrawn. */
    Map<Long, List<Long>> draftsByProposal(Collection<Long> groupIds) {
        List<Long> draftIds = drafts.titlesNotWithdrawn(groupIds).stream()
                .map(DraftRows.DraftTitle::id)
                .toList();
        Map<Long, List<Long>> byProposal = new HashMap<>();
        drafts.proposalsOf(draftIds)
                .forEach((draftId, proposalIds) -> proposalIds.forEach(proposalId -> byProposal
                        .computeIfAbsent(proposalId, id -> new ArrayList<>())
                        .add(draftId)));
        byProposal.values().forEach(ids -> ids.sort(null));
        return byProposal;
    }
}
