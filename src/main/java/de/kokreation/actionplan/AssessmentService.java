package de.kokreation.actionplan;

import de.kokreation.account.reads.AccountNames;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.RichText;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The civil society's view of the implementation: registered participants comment on each report
 * and may say whether they agree with the level it reports; per reporting round they say per
 * commitment whether they agree with the frozen level, and why, shown beside the official level.
 * The plan's coordinators hide abuse with a public reason and publish a summary of the view per
 * round.
 */
@Service
public class AssessmentService {

    private static final int SUMMARY_MAX = 10_000;

    private final RoundAssessmentRepository assessments;
    private final ReportCommentRepository reportComments;
    private final ImplementationReportRepository reports;
    private final ReportingRoundRepository rounds;
    private final PlanAccess access;
    private final AccountNames accountNames;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AssessmentService(
            RoundAssessmentRepository assessments,
            ReportCommentRepository reportComments,
            ImplementationReportRepository reports,
            ReportingRoundRepository rounds,
            PlanAccess access,
            AccountNames accountNames,
            JdbcTemplate jdbc,
            Clock clock) {
        this.assessments = assessments;
        this.reportComments = reportComments;
        this.reports = reports;
        this.rounds = rounds;
        this.access = access;
        this.accountNames = accountNames;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Says (or restates) whether the caller agrees with the commitment's level in the round. Only a
     * frozen round is assessed: until its deadline the levels may still change under the assessment
     * (a report is commented on instead).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void assess(long roundId, long commitmentId, boolean agrees, String reason) {
        ReportingRound round = round(roundId);
        if (round.status() != RoundStatus.FROZEN) {
            access.visible(round.planId());
            throw new DomainException("plan.error.assessmentNotFrozen");
        }
        PlanCommitment commitment = access.commitment(commitmentId);
        if (commitment.planId() != round.planId()) {
            throw new NotFoundException("plan.error.commitmentNotFound", commitmentId);
        }
        access.visible(round.planId()).requirePublishedForReports();
        long me = access.myAccountId();
        Instant now = clock.instant();
        assessments
                .findOwn(roundId, commitmentId, me)
                .ifPresentOrElse(
                        own -> own.restate(agrees, reason, now),
                        () -> assessments.save(new RoundAssessment(roundId, commitmentId, me, agrees, reason, now)));
    }

    /**
     * Comments on a report of a published plan, saying whether the caller agrees with the level it
     * reports (or taking no side); any signed-in participant may. Answers the comment's id.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long commentOnReport(long reportId, @Nullable Stance stance, String body) {
        ImplementationReport report = report(reportId);
        access.visible(access.commitment(report.commitmentId()).planId()).requirePublishedForReports();
        return reportComments
                .save(new ReportComment(reportId, access.myAccountId(), stance, body, clock.instant()))
                .id();
    }

    /** Hides a comment on a report with a public reason; the plan's coordinators do. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void hideReportComment(long commentId, String reason) {
        ReportComment comment = reportComments
                .findById(commentId)
                .orElseThrow(() -> new NotFoundException("plan.error.reportCommentNotFound", commentId));
        access.coordinated(
                access.commitment(report(comment.reportId()).commitmentId()).planId());
        comment.hide(reason, clock.instant());
    }

    private ImplementationReport report(long reportId) {
        return reports.findById(reportId)
                .orElseThrow(() -> new NotFoundException("plan.error.reportNotFound", reportId));
    }

    /** Hides an assessment with a public reason; the plan's coordinators do. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void hide(long assessmentId, String reason) {
        RoundAssessment assessment = assessments
                .findById(assessmentId)
                .orElseThrow(() -> new NotFoundException("plan.error.assessmentNotFound", assessmentId));
        access.coordinated(round(assessment.roundId()).planId());
        assessment.hide(reason, clock.instant());
    }

    /** Publishes (or replaces) the summary of the civil society's view of the round. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void publishSummary(long roundId, String summary) {
        ReportingRound round = round(roundId);
        access.coordinated(round.planId());
        String clean = summary.strip();
        if (clean.isEmpty() || clean.length() > SUMMARY_MAX) {
            throw new DomainException("plan.error.summarySize", SUMMARY_MAX);
        }
        if (!RichText.isRenderable(clean)) {
            throw new DomainException("richtext.error.tooDeep", RichText.MAX_NESTING);
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        long me = access.myAccountId();
        if (jdbc.update(
                        "update round_summary set summary = ?, author_id = ?, published_at = ? where round_id = ?",
                        clean,
                        me,
                        now,
                        roundId)
                == 0) {
            jdbc.update(
                    "insert into round_summary (round_id, summary, author_id, published_at) values (?, ?, ?, ?)",
                    roundId,
                    clean,
                    me,
                    now);
        }
    }

    /** The assessments of the round by commitment number, and the summary. */
    @Transactional(readOnly = true)
    public CivilSocietyView view(long roundId) {
        ReportingRound round = round(roundId);
        access.visible(round.planId());
        @Nullable Long me = access.me().map(principal -> principal.accountId()).orElse(null);
        record Row(
                long id,
                int number,
                @Nullable Long authorId,
                boolean agrees,
                String reason,
                @Nullable String hiddenReason,
                Instant assessedAt) {}
        List<Row> rows = jdbc.query(
                """
                select a.id, c.position, a.author_id, a.agrees, a.reason, a.hidden_reason, a.assessed_at
                  from round_assessment a join plan_commitment c on c.id = a.commitment_id
                 where a.round_id = ? order by c.position, a.id""",
                (row, n) -> {
                    long author = row.getLong(3);
                    return new Row(
                            row.getLong(1),
                            row.getInt(2),
                            row.wasNull() ? null : author,
                            row.getBoolean(4),
                            row.getString(5),
                            row.getString(6),
                            row.getObject(7, OffsetDateTime.class).toInstant());
                },
                roundId);
        Map<Long, String> names = accountNames.displayNames(
                rows.stream().map(Row::authorId).filter(Objects::nonNull).toList());
        Map<Integer, List<CivilSocietyView.Assessment>> byCommitment = new HashMap<>();
        for (Row row : rows) {
            boolean hidden = row.hiddenReason() != null;
            byCommitment
                    .computeIfAbsent(row.number(), number -> new ArrayList<>())
                    .add(new CivilSocietyView.Assessment(
                            row.id(),
                            hidden || row.authorId() == null ? "" : names.getOrDefault(row.authorId(), ""),
                            row.agrees(),
                            hidden ? null : row.reason(),
                            row.hiddenReason(),
                            row.assessedAt(),
                            me != null && me.equals(row.authorId())));
        }
        record Summary(String text, Instant publishedAt) {}
        Summary summary = jdbc
                .query(
                        "select summary, published_at from round_summary where round_id = ?",
                        (row, n) -> new Summary(
                                row.getString(1),
                                row.getObject(2, OffsetDateTime.class).toInstant()),
                        roundId)
                .stream()
                .findFirst()
                .orElse(null);
        return new CivilSocietyView(
                byCommitment, summary == null ? null : summary.text(), summary == null ? null : summary.publishedAt());
    }

    private ReportingRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("plan.error.roundNotFound", roundId));
    }
}
