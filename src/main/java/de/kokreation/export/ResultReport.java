package de.kokreation.export;

import static de.kokreation.shared.SideQueries.await;

import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.Phase;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.consultation.Timeline;
import de.kokreation.export.document.Document;
import de.kokreation.export.document.Document.Block;
import de.kokreation.export.document.Document.Chart;
import de.kokreation.export.document.Document.DataTable;
import de.kokreation.export.document.Document.Heading;
import de.kokreation.export.document.Document.Paragraph;
import de.kokreation.export.document.Rich;
import de.kokreation.jobs.JobProgress;
import de.kokreation.proposal.reads.ProposalFigures;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.SideQueries;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reasoned-response report (Ergebnisbericht) of a consultation: its course, participation
 * per theme group and per week, the commitments, and every visible proposal with its votes,
 * response, reason and the commitments it went into. Leads get the report of their own groups.
 */
@Service
public class ResultReport {

    private final MessageSource messages;
    private final SideQueries sideQueries;
    private final ConsultationService consultations;
    private final ExportAccess access;
    private final ReportFigures figures;
    private final ProposalLinks links;
    private final Clock clock;

    ResultReport(
            ConsultationService consultations,
            ExportAccess access,
            ReportFigures figures,
            ProposalLinks links,
            Clock clock,
            MessageSource messages,
            SideQueries sideQueries) {
        this.messages = messages;
        this.sideQueries = sideQueries;
        this.consultations = consultations;
        this.access = access;
        this.figures = figures;
        this.links = links;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void write(String consultationSlug, ExportFormat format, Locale locale, OutputStream out)
            throws IOException {
        write(consultationSlug, format, locale, out, JobProgress.none());
    }

    /**
     * Writes the report, telling {@code progress} of every proposal row written (the rows are the
     * bulk of the work and are read as the writer reaches them). Ends early when the job is cancelled.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void write(
            String consultationSlug, ExportFormat format, Locale locale, OutputStream out, JobProgress progress)
            throws IOException {
        if (format != ExportFormat.DOCX && format != ExportFormat.PDF) {
            throw new DomainException("export.error.reportFormat");
        }
        ConsultationDetails consultation = consultations.getConsultation(consultationSlug);
        List<ThemeGroupSummary> groups = access.exportableGroups(consultation);
        DocumentTexts texts = new DocumentTexts(messages, locale);
        Document document;
        // The participation figures scan every comment and vote; they run alongside, each on a
        // connection of its own, while the rest is read here, so PostgreSQL uses both cores.
        try (ExecutorService queries = sideQueries.executor()) {
            document = new Building(consultation, groups, texts, queries, progress).document();
        }
        format.writer().write(document, out);
    }

    /** Checks that the caller may have the consultation's report at all; refuses otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void checkAccess(String consultationSlug) {
        access.exportableGroups(consultations.getConsultation(consultationSlug));
    }

    public String fileName(String consultationSlug, ExportFormat format) {
        return consultationSlug + "-ergebnisbericht." + format.extension();
    }

    /** One report being put together. */
    private final class Building {

        private final ConsultationDetails consultation;
        private final List<ThemeGroupSummary> groups;
        private final List<Long> groupIds;
        private final DocumentTexts texts;
        private final List<Block> body = new ArrayList<>();
        private final CompletableFuture<Map<Long, Long>> participantsPerGroup;
        private final CompletableFuture<Long> participants;
        private final CompletableFuture<TreeMap<LocalDate, ProposalFigures.DayFigures>> perDay;
        private final JobProgress progress;

        Building(
                ConsultationDetails consultation,
                List<ThemeGroupSummary> groups,
                DocumentTexts texts,
                ExecutorService queries,
                JobProgress progress) {
            this.progress = progress;
            this.consultation = consultation;
            this.groups = groups;
            this.groupIds = groups.stream().map(ThemeGroupSummary::id).toList();
            this.texts = texts;
            this.participantsPerGroup =
                    CompletableFuture.supplyAsync(() -> figures.participantsPerGroup(groupIds), queries);
            this.participants = CompletableFuture.supplyAsync(() -> figures.participants(groupIds), queries);
            this.perDay = CompletableFuture.supplyAsync(() -> figures.perDay(groupIds), queries);
        }

        Document document() {
            ConsultationSummary summary = consultation.consultation();
            timeline(summary);
            participation();
            Map<Long, String> draftNumbers = commitments();
            proposals(draftNumbers);
            String scope = access.coversWholeConsultation(consultation, groups)
                    ? texts.get("groups.all")
                    : texts.get(
                            "groups.some",
                            groups.stream().map(ThemeGroupSummary::name).collect(Collectors.joining(", ")));
            List<String> titleLines = List.of(
                    texts.get("region", summary.region()),
                    scope,
                    texts.get("generated", texts.date(LocalDate.now(clock))));
            return new Document(
                    texts.get("report.title"), summary.title(), titleLines, texts.get("toc"), 2, body, texts.locale());
        }

        private void timeline(ConsultationSummary summary) {
            body.add(new Heading(1, "1", texts.get("report.timeline"), "timeline"));
            List<List<Rich>> rows = new ArrayList<>();
            for (Timeline.PhaseSpan span : summary.timeline()) {
                rows.add(List.of(
                        Rich.plain(texts.get("report.phase." + span.phase().name())),
                        Rich.plain(texts.date(span.start())),
                        Rich.plain(
                                span.phase() == Phase.CLOSED
                                        ? texts.get("report.timeline.open")
                                        : texts.date(span.end()))));
            }
            body.add(new DataTable(
                    texts.get("report.timeline.caption"),
                    List.of(
                            texts.get("report.timeline.phase"),
                            texts.get("report.timeline.start"),
                            texts.get("report.timeline.end")),
                    List.of(50, 25, 25),
                    rows));
            body.add(new Paragraph(Rich.plain(texts.get(
                    "report.timeline.current",
                    texts.get("report.phase." + summary.currentPhase().name())))));
        }

        private void participation() {
            body.add(new Heading(1, "2", texts.get("report.participation"), "participation"));
            Map<Long, ProposalFigures.GroupFigures> perGroup = figures.perGroup(groupIds);
            ProposalFigures.GroupFigures none = new ProposalFigures.GroupFigures(0, 0, 0);
            Map<Long, Long> participantsByGroup = await(participantsPerGroup);
            long proposals = 0;
            long comments = 0;
            long votes = 0;
            List<List<Rich>> rows = new ArrayList<>();
            for (ThemeGroupSummary group : groups) {
                ProposalFigures.GroupFigures counts = perGroup.getOrDefault(group.id(), none);
                proposals += counts.proposals();
                comments += counts.comments();
                votes += counts.votes();
                rows.add(List.of(
                        Rich.plain(group.name()),
                        number(participantsByGroup.getOrDefault(group.id(), 0L)),
                        number(counts.proposals()),
                        number(counts.comments()),
                        number(counts.votes())));
            }
            long participants = await(this.participants);
            rows.add(List.of(
                    Rich.plain(texts.get("report.participation.total")),
                    number(participants),
                    number(proposals),
                    number(comments),
                    number(votes)));
            body.add(new Paragraph(
                    Rich.plain(texts.get("report.participation.summary", participants, proposals, comments, votes))));
            body.add(new DataTable(
                    texts.get("report.participation.caption"),
                    List.of(
                            texts.get("report.participation.group"),
                            texts.get("report.participation.participants"),
                            texts.get("report.participation.proposals"),
                            texts.get("report.participation.comments"),
                            texts.get("report.participation.votes")),
                    List.of(32, 17, 17, 17, 17),
                    rows));
            long hidden = figures.hiddenProposals(groupIds);
            if (hidden > 0) {
                body.add(new Paragraph(Rich.plain(texts.get("report.participation.hidden", hidden))));
            }
            weeks();
        }

        private void weeks() {
            body.add(new Heading(2, "2.1", texts.get("report.weeks"), "weeks"));
            TreeMap<LocalDate, ProposalFigures.DayFigures> days = await(perDay);
            if (days.isEmpty()) {
                body.add(new Paragraph(Rich.plain(texts.get("report.weeks.none"))));
                return;
            }
            // Weeks from the first to the last contribution, quiet weeks included.
            LinkedHashMap<LocalDate, ProposalFigures.DayFigures> weeks = new LinkedHashMap<>();
            LocalDate last = days.lastKey().with(DayOfWeek.MONDAY);
            for (LocalDate monday = days.firstKey().with(DayOfWeek.MONDAY);
                    !monday.isAfter(last);
                    monday = monday.plusWeeks(1)) {
                weeks.put(monday, new ProposalFigures.DayFigures(0, 0, 0));
            }
            days.forEach(
                    (day, counts) -> weeks.merge(day.with(DayOfWeek.MONDAY), counts, ProposalFigures.DayFigures::plus));
            List<String> labels = new ArrayList<>();
            List<List<Rich>> rows = new ArrayList<>();
            weeks.forEach((monday, counts) -> {
                String week = texts.get(
                        "report.weeks.weekValue", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), texts.date(monday));
                labels.add(texts.get("report.weeks.chartLabel", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                rows.add(List.of(
                        Rich.plain(week),
                        number(counts.proposals()),
                        number(counts.comments()),
                        number(counts.votes())));
            });
            List<ProposalFigures.DayFigures> values = List.copyOf(weeks.values());
            byte[] png = ParticipationChart.png(
                    labels,
                    List.of(
                            new ParticipationChart.Series(
                                    texts.get("report.participation.proposals"),
                                    values.stream()
                                            .map(ProposalFigures.DayFigures::proposals)
                                            .toList()),
                            new ParticipationChart.Series(
                                    texts.get("report.participation.comments"),
                                    values.stream()
                                            .map(ProposalFigures.DayFigures::comments)
                                            .toList()),
                            new ParticipationChart.Series(
                                    texts.get("report.participation.votes"),
                                    values.stream()
                                            .map(ProposalFigures.DayFigures::votes)
                                            .toList())));
            LocalDate firstWeek = weeks.keySet().iterator().next();
            body.add(new Chart(
                    png,
                    ParticipationChart.WIDTH,
                    ParticipationChart.HEIGHT,
                    texts.get("report.weeks.chartAlt", texts.date(firstWeek), texts.date(last))));
            body.add(new DataTable(
                    texts.get("report.weeks.caption"),
                    List.of(
                            texts.get("report.weeks.week"),
                            texts.get("report.participation.proposals"),
                            texts.get("report.participation.comments"),
                            texts.get("report.participation.votes")),
                    List.of(40, 20, 20, 20),
                    rows));
        }

        /** Lists the commitments, numbered as in the drafts export; returns number and title per draft. */
        private Map<Long, String> commitments() {
            body.add(new Heading(1, "3", texts.get("report.drafts"), "commitments"));
            List<ReportFigures.DraftLine> lines = figures.drafts(groupIds);
            Map<Long, String> numbered = new HashMap<>();
            if (lines.isEmpty()) {
                body.add(new Paragraph(Rich.plain(texts.get("report.drafts.none"))));
                return numbered;
            }
            Map<Long, String> groupNames =
                    groups.stream().collect(Collectors.toMap(ThemeGroupSummary::id, ThemeGroupSummary::name));
            List<List<Rich>> rows = new ArrayList<>();
            int number = 0;
            for (ReportFigures.DraftLine line : lines) {
                number++;
                numbered.put(line.id(), number + " " + shortened(line.title()));
                rows.add(List.of(
                        number(number),
                        Rich.plain(line.title()),
                        Rich.plain(groupNames.getOrDefault(line.themeGroupId(), "")),
                        Rich.plain(texts.get("status." + line.status())),
                        number(line.proposalCount())));
            }
            body.add(new DataTable(
                    texts.get("report.drafts.caption"),
                    List.of(
                            texts.get("report.drafts.number"),
                            texts.get("report.drafts.title"),
                            texts.get("field.themeGroup"),
                            texts.get("report.drafts.status"),
                            texts.get("report.drafts.proposals")),
                    List.of(7, 45, 22, 14, 12),
                    rows));
            return numbered;
        }

        /**
         * Every visible proposal by group, most supported first. The counts come from one
         * aggregate query; the rows are read from the database as the writer reaches them.
         */
        private void proposals(Map<Long, String> draftNumbers) {
            body.add(new Heading(1, "4", texts.get("report.proposals"), "proposals"));
            Map<Long, List<Long>> draftsByProposal = figures.draftsByProposal(groupIds);
            Map<Long, Map<String, Long>> outcomes = figures.outcomes(groupIds);
            progress.total(outcomes.values().stream()
                    .flatMap(counts -> counts.values().stream())
                    .mapToLong(Long::longValue)
                    .sum());
            int number = 0;
            for (ThemeGroupSummary group : groups) {
                number++;
                body.add(new Heading(2, "4." + number, group.name(), "group_" + group.id()));
                Map<String, Long> counts = outcomes.getOrDefault(group.id(), Map.of());
                long total = counts.values().stream().mapToLong(Long::longValue).sum();
                body.add(new Paragraph(Rich.plain(texts.get(
                        "report.proposals.group.summary",
                        total,
                        counts.getOrDefault("ADOPTED", 0L),
                        counts.getOrDefault("PARTLY_ADOPTED", 0L),
                        counts.getOrDefault("NOT_ADOPTED", 0L),
                        counts.getOrDefault("DUPLICATE", 0L),
                        counts.getOrDefault("", 0L)))));
                if (total > 0) {
                    Iterable<ProposalFigures.ProposalLine> lines = figures.proposals(group.id());
                    Iterable<List<Rich>> rows = () -> StreamSupport.stream(lines.spliterator(), false)
                            .map(line -> proposalRow(line, draftsByProposal, draftNumbers))
                            .iterator();
                    body.add(new DataTable(
                            texts.get("report.proposals.caption", group.name()),
                            List.of(
                                    texts.get("proposal.title"),
                                    texts.get("proposal.votes"),
                                    texts.get("proposal.response"),
                                    texts.get("proposal.reason"),
                                    texts.get("proposal.commitments")),
                            List.of(26, 12, 17, 27, 18),
                            rows));
                }
            }
        }

        private List<Rich> proposalRow(
                ProposalFigures.ProposalLine line,
                Map<Long, List<Long>> draftsByProposal,
                Map<Long, String> draftNumbers) {
            progress.advance(1);
            List<String> commitments = draftsByProposal.getOrDefault(line.id(), List.of()).stream()
                    .map(draftNumbers::get)
                    .filter(Objects::nonNull)
                    .toList();
            return List.of(
                    links.titled(line.id(), line.title()),
                    Rich.plain(texts.get("proposal.votesValue", line.votesFor(), line.votesAgainst())),
                    Rich.plain(
                            line.outcome() == null
                                    ? texts.get("proposal.unanswered")
                                    : texts.get("outcome." + line.outcome())),
                    Rich.plain(line.reason() == null ? "" : line.reason()),
                    lines(commitments));
        }

        /** Long titles would fill the narrow column; the full title stands in the commitments table. */
        private static String shortened(String title) {
            return title.length() <= 45 ? title : title.substring(0, 43).strip() + " …";
        }

        private Rich number(long value) {
            return Rich.plain(String.format(texts.locale(), "%,d", value));
        }

        private static Rich lines(List<String> lines) {
            if (lines.isEmpty()) {
                return Rich.plain("–");
            }
            List<Rich.Inline> inlines = new ArrayList<>();
            for (String line : lines) {
                if (!inlines.isEmpty()) {
                    inlines.add(new Rich.LineBreak());
                }
                inlines.add(new Rich.Run(line, false, false));
            }
            return new Rich(List.of(new Rich.Para(inlines)));
        }
    }
}
