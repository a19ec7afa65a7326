package de.kokreation.export;

import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.proposal.reads.ProposalFigures;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Draft commitments as they stand (their current version) with milestones and linked visible
 * proposals, as the drafting and proposal modules publish them: one query each for drafts,
 * milestones, links and proposals, whatever the number of drafts.
 */
@Component
class DraftSheets {

    private final DraftRows drafts;
    private final ProposalFigures proposals;

    DraftSheets(DraftRows drafts, ProposalFigures proposals) {
        this.drafts = drafts;
        this.proposals = proposals;
    }

    /** A draft as it stands, with its milestones and the visible proposals it grew from. */
    record Sheet(DraftRows.Draft draft, List<DraftRows.Milestone> milestones, List<LinkedProposal> proposals) {}

    record LinkedProposal(long id, String title, @Nullable String outcome) {}

    /** The drafts of the groups, in the order of the groups given (their iteration order), then by id. */
    List<ExportableDraft> drafts(Map<Long, String> groupNames) {
        List<Long> order = List.copyOf(groupNames.keySet());
        return drafts.titles(order).stream()
                .sorted(byGroup(order, DraftRows.DraftTitle::themeGroupId, DraftRows.DraftTitle::id))
                .map(d -> new ExportableDraft(
                        d.id(), d.themeGroupId(), groupNames.get(d.themeGroupId()), d.title(), d.status()))
                .toList();
    }

    /** The drafts with the given ids, in the order of the groups given, then by id. */
    List<Sheet> sheets(Collection<Long> draftIds, List<Long> groupOrder) {
        if (draftIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DraftRows.Milestone>> milestones = drafts.milestones(draftIds);
        Map<Long, List<LinkedProposal>> proposals = linkedProposals(draftIds);
        return drafts.drafts(draftIds).stream()
                .sorted(byGroup(groupOrder, DraftRows.Draft::themeGroupId, DraftRows.Draft::id))
                .map(d -> new Sheet(
                        d, milestones.getOrDefault(d.id(), List.of()), proposals.getOrDefault(d.id(), List.of())))
                .toList();
    }

    /** The visible proposals each draft grew from, most supported first: two queries. */
    Map<Long, List<LinkedProposal>> linkedProposals(Collection<Long> draftIds) {
        Map<Long, List<Long>> links = drafts.proposalsOf(draftIds);
        Map<Long, ProposalFigures.ProposalLine> visible =
                proposals
                        .visibleLines(
                                links.values().stream().flatMap(List::stream).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(ProposalFigures.ProposalLine::id, line -> line));
        Map<Long, List<LinkedProposal>> linked = new HashMap<>();
        links.forEach((draftId, ids) -> linked.put(draftId, linkedProposals(ids, visible)));
        return linked;
    }

    /** The visible ones of a draft's proposals, most supported first. */
    private static List<LinkedProposal> linkedProposals(
            List<Long> ids, Map<Long, ProposalFigures.ProposalLine> visible) {
        return ids.stream()
                .map(visible::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(ProposalFigures.ProposalLine::votesFor)
                        .reversed()
                        .thenComparingLong(ProposalFigures.ProposalLine::id))
                .map(line -> new LinkedProposal(line.id(), line.title(), line.outcome()))
                .toList();
    }

    private static <T> Comparator<T> byGroup(List<Long> groupOrder, ToLongFunction<T> group, ToLongFunction<T> id) {
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < groupOrder.size(); i++) {
            position.put(groupOrder.get(i), i);
        }
        return Comparator.<T>comparingInt(item -> position.getOrDefault(group.applyAsLong(item), Integer.MAX_VALUE))
                .thenComparingLong(id);
    }
}
