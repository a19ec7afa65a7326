package de.kokreation.actionplan;

import de.kokreation.shared.CsvRows;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.SpreadsheetSafeCsv;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's milestones as a CSV sheet, one format both ways: the responsible persons and the
 * coordinators download it, fill in level, date, note and evidence, and upload it again. Every
 * row is checked first (the milestone exists, the caller may report on it, the values are valid);
 * when any row is refused nothing is written and each refusal names its line. A row whose level
 * is unchanged and whose note is empty is left alone, so that the file downloaded and uploaded
 * again writes nothing.
 */
@Service
public class MilestoneSheet {

    /** The columns, named in the file's header; values of {@code level} are the names of {@link CompletionLevel}. */
    public static final List<String> COLUMNS =
            List.of("commitment", "milestone", "deliverable", "end_date", "level", "as_of", "note", "evidence_links");

    /** Rows beyond this are refused: a plan has about 20 commitments with a few milestones each. */
    public static final int MAX_ROWS = 2_000;

    private final PlanAccess access;
    private final PlanQueries queries;
    private final ImplementationService implementation;
    private final Clock clock;

    MilestoneSheet(PlanAccess access, PlanQueries queries, ImplementationService implementation, Clock clock) {
        this.access = access;
        this.queries = queries;
        this.implementation = implementation;
        this.clock = clock;
    }

    /** Whether the caller may download and upload the sheet: coordinators and responsible persons. */
    @Transactional(readOnly = true)
    public boolean mayUse(long planId) {
        ActionPlan plan = access.visible(planId);
        return plan.isPublished() && !reportableCommitments(plan).isEmpty();
    }

    /** Writes the milestones the caller may report on, as they stand. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void write(long planId, OutputStream out) {
        ActionPlan plan = published(planId);
        List<Long> mine = reportableCommitments(plan);
        SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, COLUMNS);
        for (CommitmentLine commitment : queries.commitments(plan.id(), LocalDate.now(clock))) {
            if (!mine.contains(commitment.id())) {
                continue;
            }
            for (MilestoneLine milestone : commitment.milestones()) {
                csv.row(
                        commitment.number(),
                        milestone.number(),
                        milestone.deliverable(),
                        milestone.end().toString(),
                        milestone.level().name(),
                        "",
                        "",
                        "");
            }
        }
        csv.finish();
    }

    /**
     * Reads the sheet and writes one report per changed row, all or nothing. Answers the number of
     * reports, or the refusals by line.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MilestoneImport read(long planId, InputStream in) {
        ActionPlan plan = published(planId);
        List<Long> mine = reportableCommitments(plan);
        LocalDate today = LocalDate.now(clock);
        Map<String, MilestoneLine> milestones = new HashMap<>();
        Map<Long, Long> commitmentOfMilestone = new HashMap<>();
        Map<Integer, Long> commitmentByNumber = new HashMap<>();
        Map<Long, Integer> lineOfMilestone = new HashMap<>();
        for (CommitmentLine commitment : queries.commitments(plan.id(), today)) {
            commitmentByNumber.put(commitment.number(), commitment.id());
            for (MilestoneLine milestone : commitment.milestones()) {
                milestones.put(commitment.number() + "." + milestone.number(), milestone);
                commitmentOfMilestone.put(milestone.id(), commitment.id());
            }
        }
        List<MilestoneImport.RowError> errors = new ArrayList<>();
        List<Map.Entry<Long, ProgressReport>> reports = new ArrayList<>();
        CsvRows sheet;
        try {
            sheet = CsvRows.read(in);
        } catch (DomainException unreadable) {
            return refused(1, "plan.import.error.unreadable");
        }
        if (!sheet.header().containsAll(List.of("commitment", "milestone", "level"))) {
            return refused(1, "plan.import.error.header", String.join(", ", COLUMNS));
        }
        int rows = 0;
        for (CsvRows.Row row : sheet.rows()) {
            int line = row.line();
            if (++rows > MAX_ROWS) {
                return refused(line, "plan.import.error.tooManyRows", MAX_ROWS);
            }
            try {
                Map<String, String> cells = row.cells();
                MilestoneLine milestone =
                        milestones.get(number(cells, "commitment") + "." + number(cells, "milestone"));
                if (milestone == null || !commitmentByNumber.containsKey(number(cells, "commitment"))) {
                    throw new DomainException("plan.import.error.unknownMilestone");
                }
                if (!mine.contains(commitmentOfMilestone.get(milestone.id()))) {
                    throw new DomainException("plan.import.error.notResponsible");
                }
                CompletionLevel level = level(cells.getOrDefault("level", ""));
                String note = cells.getOrDefault("note", "");
                String links = cells.getOrDefault("evidence_links", "").replace(' ', '\n');
                if (level == milestone.level() && note.isBlank() && links.isBlank()) {
                    continue;
                }
                String asOfText = cells.getOrDefault("as_of", "");
                LocalDate asOf = asOfText.isBlank() ? today : date(asOfText);
                ProgressReport report = new ProgressReport(level, asOf, note, links);
                report.validated(today);
                Integer earlier = lineOfMilestone.putIfAbsent(milestone.id(), line);
                if (earlier != null) {
                    // Two reports for one milestone: which one is meant is not for us to guess.
                    throw new DomainException("plan.import.error.duplicate", earlier);
                }
                reports.add(Map.entry(milestone.id(), report));
            } catch (DomainException refused) {
                errors.add(new MilestoneImport.RowError(
                        line, refused.messageKey(), Arrays.asList(refused.messageArguments())));
            }
        }
        if (!errors.isEmpty()) {
            return new MilestoneImport(0, errors);
        }
        for (Map.Entry<Long, ProgressReport> report : reports) {
            implementation.report(report.getKey(), report.getValue());
        }
        return new MilestoneImport(reports.size(), List.of());
    }

    private ActionPlan published(long planId) {
        ActionPlan plan = access.visible(planId);
        plan.requirePublishedForReports();
        return plan;
    }

    private List<Long> reportableCommitments(ActionPlan plan) {
        return access.reportableCommitmentIds(plan);
    }

    private static MilestoneImport refused(int line, String key, Object... arguments) {
        return new MilestoneImport(0, List.of(new MilestoneImport.RowError(line, key, Arrays.asList(arguments))));
    }

    private static int number(Map<String, String> cells, String column) {
        try {
            return Integer.parseInt(cells.getOrDefault(column, "").strip());
        } catch (NumberFormatException notANumber) {
            throw new DomainException("plan.import.error.number", column);
        }
    }

    private static CompletionLevel level(String text) {
        try {
            return CompletionLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainException(
                    "plan.import.error.level",
                    text,
                    String.join(
                            ", ",
                            Arrays.stream(CompletionLevel.values())
                                    .map(Enum::name)
                                    .toList()));
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new DomainException("plan.import.error.date", text);
        }
    }
}
