package de.kokreation.drafting;

import de.kokreation.account.CurrentUser;
import de.kokreation.account.reads.AccountNames;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.voting.VoteDirection;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing draft commitments and moving them through their status flow. Leads and coordinators
 * write in the theme groups they moderate; only coordinators set a draft final. Every check is
 * made for the draft at hand.
 */
@Service
public class DraftService {

    private final DraftCommitmentRepository drafts;
    private final DraftVersionRepository versions;
    private final ModerationRights rights;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final DraftVotes votes;
    private final ApplicationEventPublisher events;
    private final AccountNames accountNames;
    private final Clock clock;

    DraftService(
            DraftCommitmentRepository drafts,
            DraftVersionRepository versions,
            ModerationRights rights,
            ConsultationService consultations,
            CurrentUser currentUser,
            JdbcTemplate jdbc,
            DraftVotes votes,
            AccountNames accountNames,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accountNames = accountNames;
        this.drafts = drafts;
        this.versions = versions;
        this.rights = rights;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.votes = votes;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a draft in a theme group the caller moderates; answers its id. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long create(long themeGroupId, DraftContent content) {
        rights.requireModerator(themeGroupId);
        requireEditingPhase(consultations.getThemeGroup(themeGroupId));
        DraftContent valid = content.validated();
        DraftCommitment draft = drafts.save(new DraftCommitment(themeGroupId, valid.title(), clock.instant()));
        if (valid.equals(DraftContent.titled(valid.title()))) {
            // Just a title, as a lead starts a draft: kept as version 0, so that the first save
            // of real content is version 1 (and the edit check by version number still holds).
            versions.saveAndFlush(new DraftVersion(draft.id(), 0, me(), valid, clock.instant()));
        } else {
            writeVersion(draft, 0, valid);
        }
        return draft.id();
    }

    /**
     * Saves a new version on top of {@code baseVersion}, the version the editor started from.
     * Answers the new version's number; throws {@link DraftEditConflict} when someone saved in
     * between, so that neither text is lost.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int save(long draftId, int baseVersion, DraftContent content) {
        DraftCommitment draft = editable(draftId);
        DraftContent valid = content.validated();
        try {
            return writeVersion(draft, baseVersion, valid);
        } catch (ObjectOptimisticLockingFailureException raced) {
            // Another save changed the draft's row at the same moment and took the next number.
            throw new DraftEditConflict(baseVersion + 1);
        }
    }

    private int writeVersion(DraftCommitment draft, int baseVersion, DraftContent content) {
        int number = draft.nextVersion(baseVersion, content.title(), clock.instant());
        drafts.saveAndFlush(draft);
        versions.saveAndFlush(new DraftVersion(draft.id(), number, me(), content, clock.instant()));
        return number;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void publish(long draftId) {
        DraftCommitment draft = editable(draftId);
        draft.publish(currentContent(draft), clock.instant());
        audit(ContentModerated.Action.PUBLISH_DRAFT, draft, null);
    }

    /** Coordinators of the consultation (and admins) set a published draft final. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void makeFinal(long draftId) {
        DraftCommitment draft = find(draftId);
        requireCoordinator(draft);
        draft.makeFinal(clock.instant());
        audit(ContentModerated.Action.FINALIZE_DRAFT, draft, null);
    }

    /** Withdraws a draft with a public reason; a final draft only its coordinators withdraw. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void withdraw(long draftId, String reason) {
        DraftCommitment draft = editable(draftId);
        draft.withdraw(reason, clock.instant());
        audit(ContentModerated.Action.WITHDRAW_DRAFT, draft, reason.strip());
    }

    /** The draft as its page shows it; unpublished drafts only for its moderators. */
    @Transactional(readOnly = true)
    public DraftDetails get(long draftId) {
        DraftCommitment draft = find(draftId);
        ThemeGroupSummary group = consultations.getThemeGroup(draft.themeGroupId());
        boolean mayModerate = rights.mayModerate(draft.themeGroupId());
        requireVisible(draft, group, mayModerate);
        boolean mayCoordinate = rights.mayCoordinate(group.consultationId());
        boolean editable = editRefusal(draft, group, mayModerate, mayCoordinate) == null;
        return new DraftDetails(
                draft.id(),
                group,
                draft.status(),
                draft.currentVersion(),
                currentContent(draft),
                draft.updatedAt(),
                draft.publishedAt(),
                draft.statusReason(),
                draft.votesFor(),
                draft.votesAgainst(),
                draft.commentCount(),
                myVote(draftId),
                mayModerate,
                editable,
                mayCoordinate && draft.status() == DraftStatus.PUBLISHED,
                draft.status() == DraftStatus.PUBLISHED && group.currentPhase().allowsDraftComments());
    }

    /** The content of one version, for the history and for an edit conflict. */
    @Transactional(readOnly = true)
    public DraftContent versionContent(long draftId, int number) {
        visible(draftId);
        return versions.findVersion(draftId, number)
                .orElseThrow(() -> new NotFoundException("draft.error.versionNotFound", number))
                .content();
    }

    /** All versions, newest first, with their authors. */
    @Transactional(readOnly = true)
    public List<VersionInfo> versions(long draftId) {
        visible(draftId);
        record Row(int number, @Nullable Long authorId, Instant savedAt) {}
        List<Row> rows = jdbc.query(
                "select version_number, author_id, saved_at from draft_version"
                        + " where draft_id = ? and version_number > 0 order by version_number desc",
                (row, n) -> new Row(
                        row.getInt("version_number"),
                        row.getObject("author_id", Long.class),
                        row.getTimestamp("saved_at").toInstant()),
                draftId);
        Map<Long, String> names = accountNames.displayNames(
                rows.stream().map(Row::authorId).filter(Objects::nonNull).toList());
        return rows.stream()
                .map(row -> new VersionInfo(
                        row.number(),
                        row.authorId() == null ? "" : names.getOrDefault(row.authorId(), ""),
                        row.savedAt()))
                .toList();
    }

    /** What changed from one version to another, field by field, as readable HTML. */
    @Transactional(readOnly = true)
    public List<DraftDiffer.FieldChange> compare(long draftId, int from, int to, Locale locale) {
        return DraftDiffer.compare(versionContent(draftId, from), versionContent(draftId, to), locale);
    }

    /** The drafts of a theme group: all for its moderators, the public ones for everybody else. */
    @Transactional(readOnly = true)
    public List<DraftSummary> draftsOfGroup(long themeGroupId) {
        boolean mayModerate = rights.mayModerate(themeGroupId);
        boolean shown = consultations.getThemeGroup(themeGroupId).currentPhase().showsDrafts();
        List<DraftCommitment> found = drafts.findByThemeGroup(themeGroupId).stream()
                .filter(draft -> mayModerate || (shown && draft.isPublic()))
                .toList();
        return summarize(found);
    }

    /** The public drafts of all theme groups of a consultation, in the groups' order. */
    @Transactional(readOnly = true)
    public List<DraftSummary> publicDrafts(String consultationSlug) {
        var consultation = consultations.getConsultation(consultationSlug);
        List<Long> groupIds = consultation.themeGroups().stream()
                .filter(group -> group.currentPhase().showsDrafts())
                .map(ThemeGroupSummary::id)
                .toList();
        if (groupIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> order = new HashMap<>();
        groupIds.forEach(id -> order.put(id, order.size()));
        List<DraftCommitment> found = drafts.findByThemeGroups(groupIds).stream()
                .filter(DraftCommitment::isPublic)
                .sorted(Comparator.comparing((DraftCommitment d) -> order.get(d.themeGroupId()))
                        .thenComparing(DraftCommitment::id))
                .toList();
        return summarize(found);
    }

    private List<DraftSummary> summarize(List<DraftCommitment> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> proposalCounts = new HashMap<>();
        String in = found.stream().map(d -> Long.toString(d.id())).collect(Collectors.joining(","));
        jdbc.query(
                "select draft_id, count(*) as linked from draft_proposal where draft_id in (" + in + ")"
                        + " group by draft_id",
                row -> {
                    proposalCounts.put(row.getLong("draft_id"), row.getInt("linked"));
                });
        return found.stream()
                .map(d -> new DraftSummary(
                        d.id(),
                        d.themeGroupId(),
                        d.title(),
                        d.status(),
                        d.currentVersion(),
                        d.updatedAt(),
                        d.votesFor(),
                        d.votesAgainst(),
                        d.commentCount(),
                        proposalCounts.getOrDefault(d.id(), 0)))
                .toList();
    }

    DraftCommitment find(long draftId) {
        return drafts.findById(draftId).orElseThrow(() -> new NotFoundException("draft.error.notFound", draftId));
    }

    /** The draft if the caller may read it; otherwise it does not exist for them. */
    DraftCommitment visible(long draftId) {
        DraftCommitment draft = find(draftId);
        requireVisible(
                draft, consultations.getThemeGroup(draft.themeGroupId()), rights.mayModerate(draft.themeGroupId()));
        return draft;
    }

    private static void requireVisible(DraftCommitment draft, ThemeGroupSummary group, boolean mayModerate) {
        if (!mayModerate && !shownToPublic(draft, group)) {
            throw new NotFoundException("draft.error.notFound", draft.id());
        }
    }

    /** Whether everybody may read the draft: public, and its consultation is far enough along to show drafts. */
    static boolean shownToPublic(DraftCommitment draft, ThemeGroupSummary group) {
        return group.currentPhase().showsDrafts() && draft.isPublic();
    }

    /** The draft if the caller may change it now; otherwise the refusal says why. */
    DraftCommitment editable(long draftId) {
        DraftCommitment draft = find(draftId);
        ThemeGroupSummary group = consultations.getThemeGroup(draft.themeGroupId());
        boolean mayModerate = rights.mayModerate(draft.themeGroupId());
        String refusal =
                editRefusal(draft, group, mayModerate, mayModerate && rights.mayCoordinate(group.consultationId()));
        if (refusal == null) {
            return draft;
        }
        boolean notTheirs =
                refusal.equals("moderation.error.notModerator") || refusal.equals("draft.error.finalOnlyCoordinators");
        throw notTheirs ? new NotPermittedException(refusal) : new DomainException(refusal);
    }

    /**
     * The one rule for changing a draft (text, status, links): its group's moderators, while the phase
     * lets drafts be written, not once withdrawn, and a final draft only its coordinators. Answers the
     * message key of the refusal, or null when the change is allowed.
     */
    private static @Nullable String editRefusal(
            DraftCommitment draft, ThemeGroupSummary group, boolean mayModerate, boolean mayCoordinate) {
        if (!mayModerate) {
            return "moderation.error.notModerator";
        }
        if (!group.currentPhase().allowsDraftEditing()) {
            return "draft.error.phase";
        }
        if (draft.status() == DraftStatus.WITHDRAWN) {
            return "draft.error.withdrawn";
        }
        if (draft.status() == DraftStatus.FINAL && !mayCoordinate) {
            return "draft.error.finalOnlyCoordinators";
        }
        return null;
    }

    private void requireCoordinator(DraftCommitment draft) {
        long consultationId = consultations.getThemeGroup(draft.themeGroupId()).consultationId();
        if (!rights.mayCoordinate(consultationId)) {
            throw new NotPermittedException("consultation.error.notCoordinator");
        }
    }

    private static void requireEditingPhase(ThemeGroupSummary group) {
        if (!group.currentPhase().allowsDraftEditing()) {
            throw new DomainException("draft.error.phase");
        }
    }

    DraftContent currentContent(DraftCommitment draft) {
        return versions.findVersion(draft.id(), draft.currentVersion())
                .orElseThrow(() -> new IllegalStateException("draft " + draft.id() + " has no current version"))
                .content();
    }

    private @Nullable VoteDirection myVote(long draftId) {
        return currentUser
                .accountId()
                .flatMap(me -> votes.directionOf(draftId, me))
                .orElse(null);
    }

    private void audit(ContentModerated.Action action, DraftCommitment draft, @Nullable String reason) {
        ThemeGroupSummary group = consultations.getThemeGroup(draft.themeGroupId());
        events.publishEvent(new ContentModerated(
                action,
                ContentModerated.TargetType.DRAFT,
                draft.id(),
                group.id(),
                group.consultationId(),
                me(),
                reason));
    }

    private long me() {
        return currentUser.require().accountId();
    }
}
