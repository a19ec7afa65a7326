package de.kokreation.meeting;

import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.ThemeGroupSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings for everyone to read; planned, changed and cancelled by their organisers (see
 * {@link MeetingAccess}). A change of time or place and a cancellation are news for everyone
 * registered.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    public static final int PAGE_SIZE = 50;

    private final MeetingRepository meetings;
    private final RegistrationRepository registrations;
    private final MeetingAccess access;
    private final ConsultationService consultations;
    private final WaitingList waitingList;
    private final DotVotes dotVotes;
    private final de.kokreation.proposal.ProposalService proposals;
    private final de.kokreation.actionplan.ActionPlanService actionPlans;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(
            MeetingRepository meetings,
            RegistrationRepository registrations,
            MeetingAccess access,
            ConsultationService consultations,
            WaitingList waitingList,
            DotVotes dotVotes,
            de.kokreation.proposal.ProposalService proposals,
            de.kokreation.actionplan.ActionPlanService actionPlans,
            org.springframework.jdbc.core.JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.dotVotes = dotVotes;
        this.proposals = proposals;
        this.actionPlans = actionPlans;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.registrations = registrations;
        this.access = access;
        this.consultations = consultations;
        this.waitingList = waitingList;
        this.events = events;
        this.clock = clock;
    }

    /** Meetings not over yet, the soonest first, a page of {@link #PAGE_SIZE}. */
    public List<MeetingSummary> coming(int page) {
        return summaries(meetings.findComing(clock.instant(), PageRequest.of(page, PAGE_SIZE)));
    }

    /** Meetings that are over, the latest first, a page of {@link #PAGE_SIZE}. */
    public List<MeetingSummary> past(int page) {
        return summaries(meetings.findPast(clock.instant(), PageRequest.of(page, PAGE_SIZE)));
    }

    public List<MeetingSummary> ofConsultation(long consultationId) {
        return summaries(meetings.findByConsultation(consultationId));
    }

    public List<MeetingSummary> ofForum() {
        return summaries(meetings.findForumMeetings());
    }

    public MeetingDetails meeting(long meetingId) {
        Meeting meeting = access.find(meetingId);
        MeetingSummary summary = summaries(List.of(meeting)).getFirst();
        boolean organiser = access.organises(meeting);
        Registration mine = access.me()
                .flatMap(me -> registrations.find(meetingId, me.accountId()))
                .orElse(null);
        int waitingPosition = 0;
        if (mine != null && mine.status() == RegistrationStatus.WAITING) {
            List<Registration> waiting = registrations.findWaiting(meetingId);
            waitingPosition =
                    1 + waiting.stream().map(Registration::accountId).toList().indexOf(mine.accountId());
        }
        boolean seesLink = organiser || (mine != null && mine.status() == RegistrationStatus.CONFIRMED);
        List<String> groupNames = meeting.consultationId() == null
                ? List.of()
                : consultations.getConsultation(meeting.consultationId()).themeGroups().stream()
                        .filter(group -> meeting.themeGroupIds().contains(group.id()))
                        .map(ThemeGroupSummary::name)
                        .toList();
        return new MeetingDetails(
                summary,
                meeting.agendaHtml(),
                meeting.accessibility(),
                seesLink ? meeting.onlineLink() : null,
                groupNames,
                mine == null ? null : mine.status(),
                mine == null ? "" : mine.needs(),
                waitingPosition,
                meeting.takesRegistrations(clock.instant()),
                organiser,
                organiser
                        && meeting.consultationId() != null
                        && meeting.cancelledAt() == null
                        && meeting.hasBegun(clock.instant()));
    }

    /**
     * The forum's meetings held (begun, not cancelled), the earliest first, with the gaps between
     * them and since the last: whether the forum keeps OGP's six-month minimum.
     */
    public ForumRecord forumRecord() {
        Instant now = clock.instant();
        List<Meeting> held = meetings.findForumMeetings().stream()
                .filter(meeting -> meeting.cancelledAt() == null && meeting.hasBegun(now))
                .toList();
        List<MeetingSummary> summaries = summaries(held);
        java.util.Set<Long> withMinutes = held.isEmpty()
                ? java.util.Set.of()
                : new java.util.HashSet<>(jdbc.queryForList(
                        "select distinct meeting_id from meeting_minutes where meeting_id in ("
                                + de.kokreation.shared.Cursors.placeholders(held.size()) + ")",
                        Long.class,
                        held.stream().map(Meeting::id).toArray()));
        List<ForumRecord.Line> lines = new java.util.ArrayList<>();
        Instant previous = null;
        boolean keeps = !held.isEmpty();
        for (MeetingSummary meeting : summaries) {
            Long gap = previous == null
                    ? null
                    : java.time.Duration.between(previous, meeting.startsAt()).toDays();
            ForumRecord.Line line = new ForumRecord.Line(meeting, gap, withMinutes.contains(meeting.id()));
            keeps &= !line.gapTooLong();
            lines.add(line);
            previous = meeting.startsAt();
        }
        Long sinceLast = previous == null
                ? null
                : java.time.Duration.between(previous, now).toDays();
        keeps &= sinceLast != null && sinceLast <= ForumRecord.MAX_GAP_DAYS;
        return new ForumRecord(lines, sinceLast, keeps);
    }

    /** The proposals the room of a meeting voted on (dots or live), with their results. */
    public List<RoomResultLine> roomResults(long meetingId) {
        access.find(meetingId);
        java.util.Map<Long, Integer> dots = dotVotes.ofMeeting(meetingId);
        java.util.Map<Long, int[]> live = new java.util.LinkedHashMap<>();
        jdbc.query(
                "select proposal_id, votes_for, votes_against from meeting_live_poll where meeting_id = ? order by id",
                row -> {
                    live.put(row.getLong(1), new int[] {row.getInt(2), row.getInt(3)});
                },
                meetingId);
        java.util.LinkedHashSet<Long> ids = new java.util.LinkedHashSet<>(live.keySet());
        ids.addAll(new java.util.TreeSet<>(dots.keySet()));
        return proposals.visibleSummaries(List.copyOf(ids)).stream()
                .map(proposal -> {
                    int[] votes = live.getOrDefault(proposal.id(), new int[2]);
                    return new RoomResultLine(
                            proposal.id(), proposal.title(), dots.get(proposal.id()), votes[0], votes[1]);
                })
                .toList();
    }

    /** The plan of a meeting, for its organisers' form. */
    public MeetingPlan plan(long meetingId) {
        Meeting meeting = access.organised(meetingId);
        return new MeetingPlan(
                meeting.kind(),
                meeting.title(),
                meeting.startsAt(),
                meeting.endsAt(),
                nullToEmpty(meeting.place()),
                nullToEmpty(meeting.accessibility()),
                nullToEmpty(meeting.onlineLink()),
                meeting.agendaSource(),
                meeting.capacity(),
                meeting.themeGroupIds());
    }

    /** The consultation a meeting belongs to ({@code null}: the forum), for forms and links. */
    public @Nullable Long consultationOf(long meetingId) {
        return access.find(meetingId).consultationId();
    }

    /** Whether the caller may plan a meeting of the consultation ({@code null}: of the forum). */
    public boolean mayCreate(@Nullable Long consultationId) {
        return access.mayCreateAny(consultationId);
    }

    /** Plans an event of a published action plan (its coordinators); answers its id. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long createForPlan(long planId, MeetingPlan plan) {
        access.requireMayCreateForPlan(planId, plan.themeGroupIds());
        return meetings.save(new Meeting(null, planId, plan, access.myAccountId(), clock.instant()))
                .id();
    }

    public List<MeetingSummary> ofPlan(long planId) {
        return summaries(meetings.findByActionPlan(planId));
    }

    /** Meetings as the pages of consultations and plans list them. */
    static List<de.kokreation.shared.EventTeaser> teasers(List<MeetingSummary> found) {
        return found.stream()
                .map(meeting -> new de.kokreation.shared.EventTeaser(
                        meeting.title(),
                        meeting.kind().messageKey(),
                        meeting.startsAt(),
                        meeting.endsAt(),
                        meeting.place(),
                        meeting.cancelled(),
                        de.kokreation.shared.Permalinks.meeting(meeting.id())))
                .toList();
    }

    /** The action plan a meeting belongs to ({@code null}: none), for forms and links. */
    public @Nullable Long actionPlanOf(long meetingId) {
        return access.find(meetingId).actionPlanId();
    }

    /** Plans a meeting; answers its id. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long create(@Nullable Long consultationId, MeetingPlan plan) {
        access.requireMayCreate(consultationId, plan.themeGroupIds());
        return meetings.save(new Meeting(consultationId, plan, access.myAccountId(), clock.instant()))
                .id();
    }

    /**
     * Changes a meeting's plan. People registered hear of a new time or place; more seats move
     * the waiting list up at once.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void change(long meetingId, MeetingPlan plan) {
        Meeting meeting = access.organisedForUpdate(meetingId);
        if (meeting.consultationId() != null) {
            // The groups it concerns change only as they could be chosen when planning it: a lead
            // does not add other leads' groups.
            access.requireMayCreate(meeting.consultationId(), plan.themeGroupIds());
        } else if (!plan.themeGroupIds().isEmpty()) {
            throw new de.kokreation.shared.DomainException("meeting.error.themeGroups");
        }
        boolean news = meeting.change(plan, clock.instant());
        if (news) {
            tellEveryoneRegistered(meeting, MeetingNews.Kind.CHANGED);
        }
        waitingList.fillSeats(meeting);
    }

    /** Cancels a meeting; everyone registered hears of it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void cancel(long meetingId) {
        Meeting meeting = access.organisedForUpdate(meetingId);
        meeting.cancel(clock.instant());
        tellEveryoneRegistered(meeting, MeetingNews.Kind.CANCELLED);
    }

    private void tellEveryoneRegistered(Meeting meeting, MeetingNews.Kind kind) {
        for (Registration registration : registrations.findByMeeting(meeting.id())) {
            events.publishEvent(WaitingList.news(registration.accountId(), kind, meeting));
        }
    }

    List<MeetingSummary> summaries(Collection<Meeting> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, ConsultationSummary> consultationsById = consultations.listConsultations().stream()
                .collect(Collectors.toMap(ConsultationSummary::id, Function.identity()));
        Map<Long, de.kokreation.actionplan.PlanRef> plansById = new HashMap<>();
        found.stream()
                .map(Meeting::actionPlanId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(planId -> actionPlans.publishedPlan(planId).ifPresent(plan -> plansById.put(planId, plan)));
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row :
                registrations.countByMeetings(found.stream().map(Meeting::id).toList())) {
            long[] seatsAndWaiting = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
            seatsAndWaiting[row[1] == RegistrationStatus.CONFIRMED ? 0 : 1] = ((Number) row[2]).longValue();
        }
        return found.stream()
                .map(meeting -> {
                    long[] seatsAndWaiting = counts.getOrDefault(meeting.id(), new long[2]);
                    ConsultationSummary consultation =
                            meeting.consultationId() == null ? null : consultationsById.get(meeting.consultationId());
                    return new MeetingSummary(
                            meeting.id(),
                            meeting.kind(),
                            meeting.title(),
                            meeting.startsAt(),
                            meeting.endsAt(),
                            meeting.place(),
                            meeting.onlineLink() != null,
                            meeting.cancelledAt() != null,
                            meeting.capacity(),
                            seatsAndWaiting[0],
                            seatsAndWaiting[1],
                            consultation == null ? null : consultation.slug(),
                            consultation == null ? null : consultation.title(),
                            meeting.actionPlanId() == null ? null : slugOf(plansById.get(meeting.actionPlanId())),
                            meeting.actionPlanId() == null ? null : titleOf(plansById.get(meeting.actionPlanId())));
                })
                .toList();
    }

    private static @Nullable String slugOf(de.kokreation.actionplan.@Nullable PlanRef plan) {
        return plan == null ? null : plan.slug();
    }

    private static @Nullable String titleOf(de.kokreation.actionplan.@Nullable PlanRef plan) {
        return plan == null ? null : plan.title();
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
