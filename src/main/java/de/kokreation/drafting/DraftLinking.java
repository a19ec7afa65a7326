package de.kokreation.drafting;

import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.CommitmentLinks;
import de.kokreation.proposal.CommitmentRef;
import de.kokreation.proposal.ProposalStanding;
import de.kokreation.proposal.ResponseService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which proposals went into which draft commitments, many to many: the trace from a citizen's idea
 * to the commitment it became. Only moderators of the draft's theme group link to it, and only
 * proposals of the same consultation.
 */
@Service
public class DraftLinking implements CommitmentLinks {

    private final JdbcTemplate jdbc;
    private final DraftService draftService;
    private final DraftCommitmentRepository drafts;
    private final ResponseService responses;
    private final ModerationRights rights;
    private final ConsultationService consultations;
    private final Clock clock;

    DraftLinking(
            JdbcTemplate jdbc,
            DraftService draftService,
            DraftCommitmentRepository drafts,
            ResponseService responses,
            ModerationRights rights,
            ConsultationService consultations,
            Clock clock) {
        this.jdbc = jdbc;
        this.draftService = draftService;
        this.drafts = drafts;
        this.responses = responses;
        this.rights = rights;
        this.consultations = consultations;
        this.clock = clock;
    }

    /** Links the proposals to the draft; already linked ones stay as they are. Answers how many are new. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int link(long draftId, Collection<Long> proposalIds) {
        DraftCommitment draft = linkableDraft(draftId);
        long consultationId = consultationOf(draft.themeGroupId());
        Set<Long> already = new HashSet<>(
                jdbc.queryForList("select proposal_id from draft_proposal where draft_id = ?", Long.class, draftId));
        int added = 0;
        Map<Long, Long> consultationByGroup = new HashMap<>();
        for (ProposalStanding proposal : standingsOf(proposalIds)) {
            if (consultationByGroup.computeIfAbsent(proposal.themeGroupId(), this::consultationOf) != consultationId) {
                throw new DomainException("draft.error.otherConsultation");
            }
            if (already.add(proposal.id())) {
                jdbc.update(
                        "insert into draft_proposal (draft_id, proposal_id, linked_at) values (?, ?, ?)",
                        draftId,
                        proposal.id(),
                        Timestamp.from(clock.instant()));
                added++;
            }
        }
        return added;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void unlink(long draftId, long proposalId) {
        linkableDraft(draftId);
        jdbc.update("delete from draft_proposal where draft_id = ? and proposal_id = ?", draftId, proposalId);
    }

    /** The proposals that went into a draft, with their votes and responses. */
    @Transactional(readOnly = true)
    public List<ProposalStanding> linkedProposals(long draftId) {
        draftService.visible(draftId);
        return responses.standings(
                jdbc.queryForList("select proposal_id from draft_proposal where draft_id = ?", Long.class, draftId));
    }

    /** For a page of proposals: the titles of the drafts each went into, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> draftTitlesByProposal(Collection<Long> proposalIds) {
        Map<Long, List<String>> titles = new HashMap<>();
        if (proposalIds.isEmpty()) {
            return titles;
        }
        Map<Long, Boolean> moderated = new HashMap<>();
        Map<Long, Boolean> showsDrafts = new HashMap<>();
        jdbc.query(
                "select l.proposal_id, d.title, d.status, d.published_at, d.theme_group_id from draft_proposal l"
                        + " join draft_commitment d on d.id = l.draft_id where l.proposal_id in (" + joined(proposalIds)
                        + ")"
                        + " order by d.id",
                row -> {
                    long groupId = row.getLong("theme_group_id");
                    boolean visible = moderated.computeIfAbsent(groupId, rights::mayModerate)
                            || (isPublic(row.getString("status"), row.getTimestamp("published_at") != null)
                                    && showsDrafts.computeIfAbsent(
                                            groupId,
                                            id -> consultations
                                                    .getThemeGroup(id)
                                                    .currentPhase()
                                                    .showsDrafts()));
                    if (visible) {
                        titles.computeIfAbsent(row.getLong("proposal_id"), id -> new ArrayList<>())
                                .add(row.getString("title"));
                    }
                });
        return titles;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<CommitmentRef>> publicCommitmentsOf(Collection<Long> proposalIds) {
        Map<Long, List<CommitmentRef>> found = new HashMap<>();
        if (proposalIds.isEmpty()) {
            return found;
        }
        Map<Long, ThemeGroupSummary> groups = new HashMap<>();
        jdbc.query(
                "select l.proposal_id, d.id, d.title, d.status, d.published_at, d.theme_group_id"
                        + " from draft_proposal l join draft_commitment d on d.id = l.draft_id"
                        + " where l.proposal_id in (" + joined(proposalIds) + ") order by d.id",
                row -> {
                    ThemeGroupSummary group =
                            groups.computeIfAbsent(row.getLong("theme_group_id"), consultations::getThemeGroup);
                    // a withdrawn draft stays public with its reason, but nothing goes "into" it any more
                    if (!DraftStatus.WITHDRAWN.name().equals(row.getString("status"))
                            && isPublic(row.getString("status"), row.getTimestamp("published_at") != null)
                            && group.currentPhase().showsDrafts()) {
                        found.computeIfAbsent(row.getLong("proposal_id"), id -> new ArrayList<>())
                                .add(new CommitmentRef(row.getLong("id"), row.getString("title"), group.name()));
                    }
                });
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommitmentRef> commitmentsOf(long proposalId, boolean includeUnpublished) {
        List<CommitmentRef> found = new ArrayList<>();
        Map<Long, ThemeGroupSummary> groups = new HashMap<>();
        Map<Long, Boolean> moderated = new HashMap<>();
        jdbc.query(
                "select d.id, d.title, d.status, d.published_at, d.theme_group_id from draft_proposal l"
                        + " join draft_commitment d on d.id = l.draft_id where l.proposal_id = ? order by d.id",
                row -> {
                    long groupId = row.getLong("theme_group_id");
                    ThemeGroupSummary group = groups.computeIfAbsent(groupId, consultations::getThemeGroup);
                    boolean visible = isPublic(row.getString("status"), row.getTimestamp("published_at") != null)
                            && group.currentPhase().showsDrafts();
                    // Unpublished drafts only for their own group's moderators, decided per draft.
                    if (visible || (includeUnpublished && moderated.computeIfAbsent(groupId, rights::mayModerate))) {
                        found.add(new CommitmentRef(row.getLong("id"), row.getString("title"), group.name()));
                    }
                },
                proposalId);
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommitmentRef> linkableCommitments(long proposalId) {
        ProposalStanding proposal = standingOf(proposalId);
        ThemeGroupSummary home = consultations.getThemeGroup(proposal.themeGroupId());
        Map<Long, ThemeGroupSummary> groups = new LinkedHashMap<>();
        consultations.getConsultation(home.consultationSlug()).themeGroups().stream()
                .filter(group -> rights.mayModerate(group.id()))
                .forEach(group -> groups.put(group.id(), group));
        if (groups.isEmpty()) {
            return List.of();
        }
        return drafts.findByThemeGroups(groups.keySet()).stream()
                .filter(draft -> draft.status() != DraftStatus.WITHDRAWN)
                .map(draft -> new CommitmentRef(
                        draft.id(),
                        draft.title(),
                        groups.get(draft.themeGroupId()).name()))
                .toList();
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void replaceLinks(long proposalId, Collection<Long> draftIds) {
        Set<Long> wanted = new HashSet<>(draftIds);
        Set<Long> current = new HashSet<>(
                jdbc.queryForList("select draft_id from draft_proposal where proposal_id = ?", Long.class, proposalId));
        for (long draftId : wanted) {
            if (!current.contains(draftId)) {
                link(draftId, List.of(proposalId));
            }
        }
        for (long draftId : current) {
            // Links to drafts of groups the caller does not moderate are not theirs to remove, and a
            // withdrawn draft keeps the proposals it had (it is history, not offered for linking).
            DraftCommitment linked = draftService.find(draftId);
            if (!wanted.contains(draftId)
                    && linked.status() != DraftStatus.WITHDRAWN
                    && rights.mayModerate(linked.themeGroupId())) {
                unlink(draftId, proposalId);
            }
        }
    }

    /** Links change under the same rules as the draft's text. */
    private DraftCommitment linkableDraft(long draftId) {
        return draftService.editable(draftId);
    }

    private List<ProposalStanding> standingsOf(Collection<Long> proposalIds) {
        List<ProposalStanding> found = responses.standings(Set.copyOf(proposalIds));
        if (found.size() != Set.copyOf(proposalIds).size()) {
            throw new NotFoundException("proposal.error.notFound", proposalIds);
        }
        return found;
    }

    private ProposalStanding standingOf(long proposalId) {
        return standingsOf(List.of(proposalId)).getFirst();
    }

    private long consultationOf(long themeGroupId) {
        return consultations.getThemeGroup(themeGroupId).consultationId();
    }

    private static boolean isPublic(String status, boolean wasPublished) {
        return DraftCommitment.isPublic(DraftStatus.valueOf(status), wasPublished);
    }

    private static String joined(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
