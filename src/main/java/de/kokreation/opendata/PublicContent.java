package de.kokreation.opendata;

import de.kokreation.account.reads.AccountNames;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.proposal.reads.PublicProposals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the public sees of a consultation, as the owning modules publish it: proposals and
 * comments from {@link PublicProposals}, drafts from {@link DraftRows}, deleted accounts from
 * {@link AccountNames}; each decides what is visible, this class only puts theme group slugs and
 * author pseudonyms in place of ids. Rows are handed one by one to a consumer while the owner's
 * cursor moves on (on PostgreSQL a cursor only inside a transaction, see {@link OpenDataExport}).
 * Only the drafts, their milestones and the links between drafts and proposals are collected in
 * memory: a consultation has a few dozen drafts at most.
 */
@Component
class PublicContent {

    record Response(String outcome, @Nullable String reason, Instant respondedAt) {}

    record Proposal(
            long id,
            String themeGroup,
            String title,
            String bodySource,
            String bodyHtml,
            @Nullable String author,
            Instant createdAt,
            Instant updatedAt,
            int votesFor,
            int votesAgainst,
            int commentCount,
            @Nullable Long duplicateOf,
            @Nullable Response response,
            List<Long> draftIds,
            @Nullable Long sourceMeeting) {}

    record Comment(
            long id,
            long proposalId,
            @Nullable Long parentId,
            @Nullable String author,
            @Nullable String body,
            Instant createdAt,
            @Nullable Instant editedAt,
            String state) {}

    record Milestone(String deliverable, LocalDate startDate, LocalDate endDate) {}

    record Draft(
            long id,
            String themeGroup,
            String status,
            @Nullable String statusReason,
            String title,
            int version,
            @Nullable Instant publishedAt,
            Instant updatedAt,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            String leadAgency,
            String problem,
            String commitment,
            String contribution,
            String ogpRelevance,
            String additionalInfo,
            String contactName,
            String contactRole,
            String actorsState,
            String actorsCivilSociety,
            String actorsPrivate,
            List<Milestone> milestones,
            int votesFor,
            int votesAgainst,
            int commentCount,
            List<Long> proposalIds) {}

    record DraftComment(
            long id,
            long draftId,
            @Nullable String author,
            @Nullable String body,
            Instant createdAt,
            String state) {}

    /** Which public drafts each proposal went into, and which proposals each draft grew from. */
    record DraftLinks(Map<Long, List<Long>> draftsByProposal, Map<Long, List<Long>> proposalsByDraft) {

        static final DraftLinks NONE = new DraftLinks(Map.of(), Map.of());

        List<Long> draftsOf(long proposalId) {
            return draftsByProposal.getOrDefault(proposalId, List.of());
        }

        List<Long> proposalsOf(long draftId) {
            return proposalsByDraft.getOrDefault(draftId, List.of());
        }
    }

    private final PublicProposals proposals;
    private final DraftRows drafts;
    private final AccountNames accounts;

    PublicContent(PublicProposals proposals, DraftRows drafts, AccountNames accounts) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.accounts = accounts;
    }

    void proposals(
            ConsultationDetails consultation,
            AuthorPseudonyms.Scope authors,
            DraftLinks links,
            Consumer<Proposal> sink) {
        Map<Long, String> slugs = slugs(consultation);
        proposals.proposals(slugs.keySet(), p -> {
            PublicProposals.Response r = p.response();
            Response response = r == null ? null : new Response(lower(r.outcome()), r.reason(), r.respondedAt());
            sink.accept(new Proposal(
                    p.id(),
                    slugs.get(p.themeGroupId()),
                    p.title(),
                    p.bodySource(),
                    p.bodyHtml(),
                    // A card from an event has the event as its source: who typed it in is not its author.
                    p.sourceMeetingId() == null ? authors.of(p.authorId()) : null,
                    p.createdAt(),
                    p.updatedAt(),
                    p.votesFor(),
                    p.votesAgainst(),
                    p.commentCount(),
                    p.duplicateOf(),
                    response,
                    links.draftsOf(p.id()),
                    p.sourceMeetingId()));
        });
    }

    void comments(ConsultationDetails consultation, AuthorPseudonyms.Scope authors, Consumer<Comment> sink) {
        proposals.comments(
                groupIds(consultation),
                c -> sink.accept(new Comment(
                        c.id(),
                        c.proposalId(),
                        c.parentId(),
                        authors.of(c.authorId()),
                        c.body(),
                        c.createdAt(),
                        c.editedAt(),
                        c.state())));
    }

    /** The links between public drafts and visible proposals. */
    DraftLinks draftLinks(ConsultationDetails consultation) {
        List<Long> publicDrafts = drafts.publicDrafts(groupIds(consultation)).stream()
                .map(DraftRows.Draft::id)
                .toList();
        Map<Long, List<Long>> proposalsByDraft = new HashMap<>(drafts.proposalsOf(publicDrafts));
        Set<Long> hidden = proposals.hiddenAmong(
                proposalsByDraft.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        Map<Long, List<Long>> draftsByProposal = new HashMap<>();
        proposalsByDraft.replaceAll((draftId, ids) ->
                ids.stream().filter(id -> !hidden.contains(id)).toList());
        // Drafts list their proposals by id, as proposals list their drafts.
        proposalsByDraft.forEach((draftId, ids) -> ids.forEach(id -> draftsByProposal
                .computeIfAbsent(id, ignored -> new ArrayList<>())
                .add(draftId)));
        draftsByProposal.values().forEach(ids -> ids.sort(null));
        return new DraftLinks(draftsByProposal, proposalsByDraft);
    }

    /** The public drafts, few enough to hold: each with its milestones and proposals. */
    List<Draft> drafts(ConsultationDetails consultation, DraftLinks links) {
        Map<Long, String> slugs = slugs(consultation);
        List<DraftRows.Draft> rows = drafts.publicDrafts(slugs.keySet());
        Map<Long, List<DraftRows.Milestone>> milestones =
                drafts.milestones(rows.stream().map(DraftRows.Draft::id).toList());
        return rows.stream()
                .map(d -> new Draft(
                        d.id(),
                        slugs.get(d.themeGroupId()),
                        lower(d.status()),
                        d.statusReason(),
                        d.title(),
                        d.version(),
                        d.publishedAt(),
                        d.updatedAt(),
                        d.start(),
                        d.end(),
                        d.leadAgency(),
                        d.problem(),
                        d.commitment(),
                        d.contribution(),
                        d.ogpRelevance(),
                        d.additionalInfo(),
                        d.contactName(),
                        d.contactRole(),
                        d.actorsState(),
                        d.actorsCivilSociety(),
                        d.actorsPrivate(),
                        milestones.getOrDefault(d.id(), List.of()).stream()
                                .map(m -> new Milestone(m.deliverable(), m.start(), m.end()))
                                .toList(),
                        d.votesFor(),
                        d.votesAgainst(),
                        d.commentCount(),
                        links.proposalsOf(d.id())))
                .toList();
    }

    void draftComments(ConsultationDetails consultation, AuthorPseudonyms.Scope authors, Consumer<DraftComment> sink) {
        drafts.publicComments(
                groupIds(consultation),
                c -> sink.accept(new DraftComment(
                        c.id(), c.draftId(), authors.of(c.authorId()), c.body(), c.createdAt(), c.state())));
    }

    /** The owners' digests of a consultation's content and the deleted accounts, for validators. */
    String fingerprint(ConsultationDetails details) {
        List<Long> groupIds =
                details.themeGroups().stream().map(ThemeGroupSummary::id).toList();
        return proposals.fingerprint(groupIds) + drafts.fingerprint(groupIds) + accounts.deletionsFingerprint();
    }

    /** The accounts deleted so far (their content stays, without author). */
    Set<Long> deletedAccounts() {
        return accounts.deletedAccountIds();
    }

    private static List<Long> groupIds(ConsultationDetails consultation) {
        return consultation.themeGroups().stream().map(ThemeGroupSummary::id).toList();
    }

    private static Map<Long, String> slugs(ConsultationDetails consultation) {
        return consultation.themeGroups().stream()
                .collect(Collectors.toMap(ThemeGroupSummary::id, ThemeGroupSummary::slug));
    }

    /** Enum names as the open data spells every code: lower case ({@code PARTLY_ADOPTED} → {@code partly_adopted}). */
    static String lower(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
