package de.kokreation.proposal;

import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.reads.ProposalTermStatistics;
import de.kokreation.proposal.reads.SimilarProposalSearch;
import de.kokreation.shared.search.TermBag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals of the same consultation that ask for what a person is writing, shown while they
 * write so they can support or comment instead of splitting the votes. Only what everyone sees;
 * open to everyone, like the lists.
 */
@Service
@Transactional(readOnly = true)
public class SimilarProposals {

    /** How many hints are shown at most. */
    public static final int MAX_HINTS = 5;

    /**
     * How alike a proposal must be to be shown (cosine of the weighted terms), chosen on the
     * evaluation set: it keeps proposals that share only common words ("Verkehrsdaten öffnen",
     * "Umweltdaten öffnen") apart.
     */
    public static final double MIN_SIMILARITY = 0.25;

    /** Below this many letters of title and text together nothing is compared yet. */
    public static final int MIN_TEXT = 8;

    /** How much of the text is compared: the start of a long text says what it asks for. */
    static final int MAX_BODY = 3_000;

    /** A proposal like the text being written, as the hint shows it. */
    public record Hint(
            long proposalId,
            String title,
            String themeGroupName,
            boolean otherThemeGroup,
            int support,
            @Nullable ResponseOutcome outcome) {}

    private final ConsultationService consultations;
    private final SimilarProposalSearch search;
    private final ProposalRepository proposals;
    private final ResponseService responses;
    private final ProposalTermStatistics statistics;

    SimilarProposals(
            ConsultationService consultations,
            SimilarProposalSearch search,
            ProposalRepository proposals,
            ResponseService responses,
            ProposalTermStatistics statistics) {
        this.statistics = statistics;
        this.consultations = consultations;
        this.search = search;
        this.proposals = proposals;
        this.responses = responses;
    }

    /** Readies the word statistics of the theme group's consultation in the background (the form opens). */
    public void prepare(long themeGroupId) {
        ThemeGroupSummary group = consultations.getThemeGroup(themeGroupId);
        statistics.prepare(consultations.getConsultation(group.consultationId()).themeGroups().stream()
                .map(ThemeGroupSummary::id)
                .toList());
    }

    /**
     * Up to {@value #MAX_HINTS} visible proposals of the theme group's consultation most like
     * the title and text, the most alike first; none while the text is too short to say.
     */
    public List<Hint> whileWriting(long themeGroupId, String title, String body) {
        String cutTitle =
                title.length() > ProposalLimits.TITLE_MAX ? title.substring(0, ProposalLimits.TITLE_MAX) : title;
        String cutBody = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        if ((cutTitle.strip() + cutBody.strip()).length() < MIN_TEXT) {
            return List.of();
        }
        ThemeGroupSummary group = consultations.getThemeGroup(themeGroupId);
        ConsultationDetails consultation = consultations.getConsultation(group.consultationId());
        Map<Long, ThemeGroupSummary> groups = consultation.themeGroups().stream()
                .collect(Collectors.toMap(ThemeGroupSummary::id, Function.identity()));
        List<SimilarProposalSearch.Similar> similar =
                search.like(TermBag.of(cutTitle, cutBody), groups.keySet(), null, MIN_SIMILARITY, MAX_HINTS);
        List<Long> ids =
                similar.stream().map(SimilarProposalSearch.Similar::proposalId).toList();
        Map<Long, ProposalSummary.Row> rows = proposals.findSummaries(ids).stream()
                .collect(Collectors.toMap(ProposalSummary.Row::id, Function.identity()));
        Map<Long, ResponseOutcome> outcomes = responses.outcomesOf(ids);
        return similar.stream()
                .filter(hit -> rows.containsKey(hit.proposalId()))
                .map(hit -> new Hint(
                        hit.proposalId(),
                        rows.get(hit.proposalId()).title(),
                        groups.get(hit.themeGroupId()).name(),
                        hit.themeGroupId() != themeGroupId,
                        rows.get(hit.proposalId()).votesFor(),
                        outcomes.get(hit.proposalId())))
                .toList();
    }
}
