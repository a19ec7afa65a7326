package de.kokreation.export;

import de.kokreation.actionplan.CompletionLevel;
import de.kokreation.actionplan.RoundDetails;
import de.kokreation.actionplan.RoundService;
import de.kokreation.export.document.Document;
import de.kokreation.export.document.Document.Block;
import de.kokreation.export.document.Document.Chart;
import de.kokreation.export.document.Document.DataTable;
import de.kokreation.export.document.Document.Heading;
import de.kokreation.export.document.Document.Paragraph;
import de.kokreation.export.document.Rich;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status report of a reporting round (DOCX and PDF): the state of every commitment and
 * milestone as the round froze it (or as it stands while the round is open), what changed since
 * the round before, a progress chart with the same figures as a table, and a table per commitment.
 * Public like the plan; the round service decides what the caller may read.
 */
@Service
public class StatusReports {

    private final RoundService rounds;
    private final MessageSource messages;
    private final Clock clock;

    StatusReports(RoundService rounds, MessageSource messages, Clock clock) {
        this.rounds = rounds;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public void write(String planSlug, long roundId, ExportFormat format, Locale locale, OutputStream out)
            throws IOException {
        RoundDetails details = rounds.round(planSlug, roundId);
        format.writer().write(document(details, new DocumentTexts(messages, locale)), out);
    }

    public String fileName(String planSlug, long roundId, ExportFormat format) {
        return planSlug + "-statusbericht-" + roundId + "." + format.extension();
    }

    private Document document(RoundDetails details, DocumentTexts texts) {
        List<Block> body = new ArrayList<>();
        body.add(new Heading(1, "1", texts.get("status.overview"), "overview"));
        long changed = details.commitments().stream()
                .filter(RoundDetails.Commitment::changed)
                .count();
        body.add(new Paragraph(Rich.plain(
                details.previous() == null
                        ? texts.get("status.firstRound", details.commitments().size())
                        : texts.get(
                                "status.changedSince",
                                details.commitments().size(),
                                changed,
                                details.previous().title()))));
        List<String> levelNames = ProgressChart.LEVELS.stream()
                .map(level -> texts.get("level." + level))
                .toList();
        List<ProgressChart.Bar> bars = new ArrayList<>();
        List<List<Rich>> figures = new ArrayList<>();
        for (RoundDetails.Commitment commitment : details.commitments()) {
            List<Integer> counts = ProgressChart.LEVELS.stream()
                    .map(level -> (int) commitment.milestones().stream()
                            .filter(m -> m.level().name().equals(level))
                            .count())
                    .toList();
            bars.add(new ProgressChart.Bar(commitment.number(), counts));
            List<Rich> row = new ArrayList<>();
            row.add(Rich.plain(Integer.toString(commitment.number())));
            row.add(Rich.plain(commitment.title()));
            row.add(Rich.plain(level(commitment.level(), commitment.previousLevel(), texts)));
            counts.forEach(count -> row.add(Rich.plain(Integer.toString(count))));
            figures.add(row);
        }
        body.add(new Chart(
                ProgressChart.png(bars, levelNames),
                ProgressChart.WIDTH,
                ProgressChart.height(bars.size()),
                texts.get("status.chartAlt")));
        List<String> headers = new ArrayList<>(
                List.of(texts.get("milestone.number"), texts.get("status.commitment"), texts.get("plandoc.level")));
        headers.addAll(levelNames);
        body.add(new DataTable(texts.get("status.figures"), headers, List.of(6, 34, 20, 8, 8, 8, 8, 8), figures));
        int section = 2;
        for (RoundDetails.Commitment commitment : details.commitments()) {
            String number = Integer.toString(section++);
            body.add(new Heading(
                    1,
                    number,
                    texts.get("status.commitmentHeading", commitment.number(), commitment.title()),
                    "commitment_" + commitment.number()));
            body.add(new Paragraph(Rich.plain(texts.get(
                    "status.commitmentLevel",
                    commitment.leadAgency(),
                    level(commitment.level(), commitment.previousLevel(), texts)))));
            List<List<Rich>> rows = new ArrayList<>();
            for (RoundDetails.Milestone milestone : commitment.milestones()) {
                String level = level(milestone.level(), milestone.previousLevel(), texts)
                        + (milestone.overdue() ? " – " + texts.get("status.overdue") : "");
                rows.add(List.of(
                        Rich.plain(Integer.toString(milestone.number())),
                        Rich.plain(milestone.deliverable()),
                        Rich.plain(texts.date(milestone.end())),
                        Rich.plain(level),
                        milestone.note() == null ? Rich.plain("–") : Rich.markdown(milestone.note())));
            }
            body.add(
                    rows.isEmpty()
                            ? new Paragraph(Rich.plain(texts.get("drafts.milestones.none")))
                            : new DataTable(
                                    "",
                                    List.of(
                                            texts.get("milestone.number"),
                                            texts.get("milestone.deliverable"),
                                            texts.get("milestone.end"),
                                            texts.get("milestone.level"),
                                            texts.get("status.note")),
                                    List.of(6, 30, 14, 20, 30),
                                    rows));
        }
        List<String> titleLines = new ArrayList<>();
        titleLines.add(texts.get("status.deadline", texts.date(details.round().deadline())));
        titleLines.add(
                details.round().isFrozen()
                        ? texts.get("status.frozen")
                        : texts.get("status.open", texts.date(LocalDate.now(clock))));
        titleLines.add(texts.get("generated", texts.date(LocalDate.now(clock))));
        return new Document(
                texts.get("status.title", details.round().title()),
                details.plan().title(),
                titleLines,
                texts.get("toc"),
                1,
                body,
                texts.locale());
    }

    /** The level, and the one before where it changed. */
    private static String level(CompletionLevel level, @Nullable CompletionLevel previous, DocumentTexts texts) {
        String now = texts.get("level." + level.name());
        return previous == null || previous == level
                ? now
                : texts.get("status.levelChanged", now, texts.get("level." + previous.name()));
    }
}
