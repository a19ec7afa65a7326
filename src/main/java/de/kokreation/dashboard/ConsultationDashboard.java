package de.kokreation.dashboard;

import static de.kokreation.shared.SideQueries.await;

import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.moderation.ModerationQueue;
import de.kokreation.moderation.ModerationQueue.QueueFigures;
import de.kokreation.proposal.reads.ParticipationOverview;
import de.kokreation.proposal.reads.ProposalFigures;
import de.kokreation.proposal.reads.ProposalFigures.DayFigures;
import de.kokreation.proposal.reads.ProposalFigures.GroupFigures;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shared.SideQueries;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The dashboard of a consultation: coordinators see every theme group, leads their own, nobody
 * else anything. Twelve aggregate queries, whatever the size of the consultation; the heavy ones
 * (over every vote and comment) run side by side, each on a connection of its own, so that
 * PostgreSQL uses more than one core. At national scale that is still seconds, so the page shows
 * the figures counted last on this node at once and counts again in the background when they are
 * older than {@code kokreation.statistics.dashboard-refresh}; the new figures are pushed.
 */
@Service
public class ConsultationDashboard {

    /** How many proposals the "most supported" and "most discussed" lists show. */
    public static final int TOP = 5;

    /** A consultation longer than this is shown per week, a shorter one per day. */
    static final int DAYS_SHOWN_PER_DAY = 31;

    private final ConsultationService consultations;
    private final ModerationRights rights;
    private final ModerationQueue queue;
    private final ProposalFigures figures;
    private final ParticipationOverview overview;
    private final SideQueries sideQueries;
    private final Clock clock;
    private final Duration refresh;
    private final Map<Scope, DashboardFigures> counted = new ConcurrentHashMap<>();
    private final Map<Scope, CompletableFuture<DashboardFigures>> counting = new ConcurrentHashMap<>();
    private final ExecutorService countingThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final java.util.concurrent.Semaphore countSlot = new java.util.concurrent.Semaphore(1, true);

    ConsultationDashboard(
            ConsultationService consultations,
            ModerationRights rights,
            ModerationQueue queue,
            ProposalFigures figures,
            ParticipationOverview overview,
            SideQueries sideQueries,
            Clock clock,
            @Value("${kokreation.statistics.dashboard-refresh:PT5M}") Duration refresh) {
        this.refresh = refresh;
        this.consultations = consultations;
        this.rights = rights;
        this.queue = queue;
        this.figures = figures;
        this.overview = overview;
        this.sideQueries = sideQueries;
        this.clock = clock;
    }

    /** Whether the caller may see the consultation's dashboard (for the link on its page). */
    @PreAuthorize("isAuthenticated()")
    public boolean mayView(ConsultationDetails consultation) {
        return !groupsOfCaller(consultation).isEmpty();
    }

    /**
     * The figures counted last for the caller's view of the consultation (coordinator or lead),
     * however old (see {@link DashboardFigures#computedAt()}), or empty when never counted on this
     * node. Checks the caller's rights first.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<DashboardFigures> counted(String consultationSlug) {
        return Optional.ofNullable(counted.get(scope(consultationSlug)));
    }

    /** Whether figures counted at {@code computedAt} should be counted again. */
    public boolean isStale(DashboardFigures figures) {
        return figures.computedAt().plus(refresh).isBefore(clock.instant());
    }

    /**
     * Counts the figures in the background (seconds at national scale: every vote and comment is
     * read) with the caller's rights, and keeps them for the next visitor; a count already running
     * for the same view is joined, so that ten coordinators opening the page make one count.
     */
    @PreAuthorize("isAuthenticated()")
    public CompletableFuture<DashboardFigures> count(String consultationSlug) {
        Scope scope = scope(consultationSlug);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        CompletableFuture<DashboardFigures> mine = new CompletableFuture<>();
        CompletableFuture<DashboardFigures> running = counting.putIfAbsent(scope, mine);
        if (running != null) {
            return running;
        }
        CompletableFuture.supplyAsync(
                        () -> {
                            SecurityContext context = SecurityContextHolder.createEmptyContext();
                            context.setAuthentication(caller);
                            SecurityContextHolder.setContext(context);
                            // one count at a time per node: each lead's view is a count of its own
                            countSlot.acquireUninterruptibly();
                            try {
                                return figures(consultationSlug);
                            } finally {
                                countSlot.release();
                                SecurityContextHolder.clearContext();
                            }
                        },
                        countingThreads)
                .whenComplete((figures, failure) -> {
                    // kept before the waiting pages hear of it; only then may a new count start
                    if (figures != null) {
                        counted.put(scope, figures);
                    }
                    counting.remove(scope, mine);
                    if (figures != null) {
                        mine.complete(figures);
                    } else {
                        mine.completeExceptionally(failure);
                    }
                });
        return mine;
    }

    /** The view of the consultation the caller has: which groups. Refuses callers with none. */
    private Scope scope(String consultationSlug) {
        ConsultationDetails consultation = consultations.getConsultation(consultationSlug);
        List<ThemeGroupSummary> groups = groupsOfCaller(consultation);
        if (groups.isEmpty()) {
            throw new NotPermittedException("dashboard.error.notPermitted");
        }
        return new Scope(
                consultationSlug, groups.stream().map(ThemeGroupSummary::id).toList());
    }

    /** A consultation as one kind of caller sees it (all groups, or a lead's). */
    private record Scope(String slug, List<Long> groupIds) {}

    /** Counts the figures now, on this thread (the page uses {@link #count}). */
    @PreAuthorize("isAuthenticated()")
    public DashboardFigures figures(String consultationSlug) {
        ConsultationDetails consultation = consultations.getConsultation(consultationSlug);
        List<ThemeGroupSummary> groups = groupsOfCaller(consultation);
        if (groups.isEmpty()) {
            throw new NotPermittedException("dashboard.error.notPermitted");
        }
        List<Long> ids = groups.stream().map(ThemeGroupSummary::id).toList();
        Instant now = clock.instant();
        // the moderation checks the caller's rights: asked on this thread, which has them
        Map<Long, QueueFigures> queues = queue.figures(ids);
        // a few at a time (a fifth of the connection pool, at most three): the pool keeps room for pages
        try (ExecutorService queries = sideQueries.executor()) {
            var perGroup = run(queries, () -> figures.perGroup(ids));
            var outcomes = run(queries, () -> figures.outcomes(ids));
            var participantsPerGroup = run(queries, () -> figures.participantsPerGroup(ids));
            var perDay = run(queries, () -> figures.perDay(ids));
            var newParticipants = run(queries, () -> overview.newParticipantsPerDay(ids));
            var workshops = run(queries, () -> overview.workshopProposals(ids));
            var supported = run(queries, () -> overview.mostSupported(ids, TOP));
            var discussed = run(queries, () -> overview.mostDiscussed(ids, TOP));

            List<DashboardFigures.GroupRow> rows = new ArrayList<>();
            for (ThemeGroupSummary group : groups) {
                GroupFigures counts = await(perGroup).getOrDefault(group.id(), new GroupFigures(0, 0, 0));
                Map<String, Long> byOutcome = await(outcomes).getOrDefault(group.id(), Map.of());
                long unanswered = byOutcome.getOrDefault("", 0L);
                long all =
                        byOutcome.values().stream().mapToLong(Long::longValue).sum();
                QueueFigures waiting = queues.getOrDefault(group.id(), new QueueFigures(0, 0, null));
                rows.add(new DashboardFigures.GroupRow(
                        group.id(),
                        group.name(),
                        await(participantsPerGroup).getOrDefault(group.id(), 0L),
                        counts.proposals(),
                        await(workshops).getOrDefault(group.id(), 0L),
                        all - unanswered,
                        counts.comments(),
                        counts.votes(),
                        waiting.entries(),
                        waiting.flagged(),
                        waiting.oldestWaiting()));
            }
            TreeMap<LocalDate, Long> firsts = await(newParticipants);
            DashboardFigures.Totals totals = new DashboardFigures.Totals(
                    firsts.values().stream().mapToLong(Long::longValue).sum(),
                    sum(rows, DashboardFigures.GroupRow::proposals),
                    sum(rows, DashboardFigures.GroupRow::workshopProposals),
                    sum(rows, DashboardFigures.GroupRow::answered),
                    sum(rows, DashboardFigures.GroupRow::comments),
                    sum(rows, DashboardFigures.GroupRow::votes),
                    sum(rows, DashboardFigures.GroupRow::queueEntries),
                    oldest(rows.stream()
                            .map(DashboardFigures.GroupRow::queueOldest)
                            .toList()));
            TreeMap<LocalDate, DayFigures> days = await(perDay);
            boolean weekly = spanInDays(days, firsts) > DAYS_SHOWN_PER_DAY;
            return new DashboardFigures(
                    consultation.consultation(),
                    groups.size() == consultation.themeGroups().size(),
                    totals,
                    rows,
                    weekly,
                    periods(days, firsts, weekly),
                    top(await(supported)),
                    top(await(discussed)),
                    now);
        }
    }

    private static List<DashboardFigures.TopProposal> top(List<ParticipationOverview.TopProposal> proposals) {
        return proposals.stream()
                .map(proposal -> new DashboardFigures.TopProposal(
                        proposal.id(),
                        proposal.title(),
                        proposal.votesFor(),
                        proposal.votesAgainst(),
                        proposal.comments()))
                .toList();
    }

    private List<ThemeGroupSummary> groupsOfCaller(ConsultationDetails consultation) {
        if (rights.mayCoordinate(consultation.consultation().id())) {
            return consultation.themeGroups();
        }
        List<Long> led = rights.moderatedThemeGroupIds();
        return consultation.themeGroups().stream()
                .filter(group -> led.contains(group.id()))
                .toList();
    }

    /** Every day or week from the first contribution to the last, quiet ones included. */
    static List<DashboardFigures.Period> periods(
            TreeMap<LocalDate, DayFigures> days, TreeMap<LocalDate, Long> firsts, boolean weekly) {
        if (days.isEmpty() && firsts.isEmpty()) {
            return List.of();
        }
        LocalDate first = min(days.isEmpty() ? null : days.firstKey(), firsts.isEmpty() ? null : firsts.firstKey());
        LocalDate last = max(days.isEmpty() ? null : days.lastKey(), firsts.isEmpty() ? null : firsts.lastKey());
        TreeMap<LocalDate, long[]> periods = new TreeMap<>();
        for (LocalDate start = startOf(first, weekly);
                !start.isAfter(last);
                start = weekly ? start.plusWeeks(1) : start.plusDays(1)) {
            periods.put(start, new long[4]);
        }
        firsts.forEach((day, people) -> periods.get(startOf(day, weekly))[0] += people);
        days.forEach((day, counts) -> {
            long[] period = periods.get(startOf(day, weekly));
            period[1] += counts.proposals();
            period[2] += counts.comments();
            period[3] += counts.votes();
        });
        List<DashboardFigures.Period> result = new ArrayList<>();
        periods.forEach((start, counts) ->
                result.add(new DashboardFigures.Period(start, counts[0], counts[1], counts[2], counts[3])));
        return result;
    }

    private static long spanInDays(TreeMap<LocalDate, DayFigures> days, TreeMap<LocalDate, Long> firsts) {
        if (days.isEmpty() && firsts.isEmpty()) {
            return 0;
        }
        LocalDate first = min(days.isEmpty() ? null : days.firstKey(), firsts.isEmpty() ? null : firsts.firstKey());
        LocalDate last = max(days.isEmpty() ? null : days.lastKey(), firsts.isEmpty() ? null : firsts.lastKey());
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    private static LocalDate startOf(LocalDate day, boolean weekly) {
        return weekly ? day.with(DayOfWeek.MONDAY) : day;
    }

    private static LocalDate min(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a == null ? Objects.requireNonNull(b) : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a == null ? Objects.requireNonNull(b) : b == null || a.isAfter(b) ? a : b;
    }

    private static @Nullable Instant oldest(Collection<@Nullable Instant> instants) {
        return instants.stream()
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
    }

    private static long sum(
            List<DashboardFigures.GroupRow> rows, java.util.function.ToLongFunction<DashboardFigures.GroupRow> field) {
        return rows.stream().mapToLong(field).sum();
    }

    private static <T> CompletableFuture<T> run(ExecutorService queries, Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, queries);
    }
}
