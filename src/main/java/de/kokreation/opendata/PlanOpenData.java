package de.kokreation.opendata;

import de.kokreation.actionplan.reads.PublishedPlans;
import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.proposal.reads.PublicProposals;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.OpenDataTerms;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.SpreadsheetSafeCsv;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Open data of the published action plans: a JSON list, per plan one JSON file with its
 * commitments, milestones, every report and the frozen reporting rounds, and CSV files of the
 * commitments, the milestones and the reports. Documented by {@code action-plans.schema.json} and
 * {@code action-plan.schema.json}. Reports carry no author: the open data names nobody.
 */
@Service
public class PlanOpenData {

    static final String PLAN_JSON = "plan.json";
    static final String COMMITMENTS_CSV = "commitments.csv";
    static final String MILESTONES_CSV = "milestones.csv";
    static final String REPORTS_CSV = "reports.csv";
    static final String PLANS_SCHEMA = "action-plans.schema.json";
    static final String PLAN_SCHEMA = "action-plan.schema.json";

    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final PublishedPlans plans;
    private final DraftRows drafts;
    private final PublicProposals proposals;
    private final OpenDataLinks links;
    private final Clock clock;
    private final OpenDataTerms terms;

    PlanOpenData(
            PublishedPlans plans,
            DraftRows drafts,
            PublicProposals proposals,
            OpenDataLinks links,
            Clock clock,
            OpenDataTerms terms) {
        this.terms = terms;
        this.plans = plans;
        this.drafts = drafts;
        this.proposals = proposals;
        this.links = links;
        this.clock = clock;
    }

    /** The plan; a plan in preparation does not exist here. */
    public PublishedPlans.Plan requirePlan(String slug) {
        return plans.plan(slug).orElseThrow(() -> new NotFoundException("plan.error.notFound", slug));
    }

    /**
     * What a published plan's files depend on, as one string: the plan, its commitments with their
     * milestones, the proposals they grew from that are still visible, every report, round and
     * snapshot, and the licence. A plan's data is small (dozens of commitments): read whole.
     */
    public String version(String slug) {
        PublishedPlans.Plan plan = requirePlan(slug);
        List<PublishedPlans.Commitment> commitments = plans.commitments(plan.id());
        Map<Long, List<Long>> linked = drafts.proposalsOf(
                commitments.stream().map(PublishedPlans.Commitment::draftId).toList());
        return plan + "|" + commitments + "|" + plans.milestones(plan.id()) + "|" + linked + "|"
                + proposals.hiddenAmong(
                        linked.values().stream().flatMap(List::stream).toList()) + "|"
                + plans.reports(plan.id()) + "|" + plans.rounds(plan.id()) + "|" + plans.snapshots(plan.id()) + "|"
                + terms.fingerprint();
    }

    /** What the list of published plans depends on. */
    public String listVersion() {
        return plans.plans() + "|" + terms.fingerprint();
    }

    @Transactional(readOnly = true)
    public void writePlansJson(OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty("schema", links.schema(PLANS_SCHEMA));
            ExportJson.instant(json, "generatedAt", clock.instant());
            ExportJson.licence(json, terms);
            json.writeArrayPropertyStart("actionPlans");
            for (PublishedPlans.Plan plan : plans.plans()) {
                json.writeStartObject();
                json.writeStringProperty("slug", plan.slug());
                json.writeStringProperty("title", plan.title());
                json.writeStringProperty("periodStart", plan.periodStart().toString());
                json.writeStringProperty("periodEnd", plan.periodEnd().toString());
                json.writeStringProperty("url", links.page(Permalinks.actionPlan(plan.slug())));
                json.writeObjectPropertyStart("files");
                json.writeStringProperty("planJson", file(plan.slug(), PLAN_JSON));
                json.writeStringProperty("commitmentsCsv", file(plan.slug(), COMMITMENTS_CSV));
                json.writeStringProperty("milestonesCsv", file(plan.slug(), MILESTONES_CSV));
                json.writeStringProperty("reportsCsv", file(plan.slug(), REPORTS_CSV));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    @Transactional(readOnly = true)
    public void writePlanJson(String slug, OutputStream out) {
        PublishedPlans.Plan plan = requirePlan(slug);
        List<PublishedPlans.Commitment> commitments = plans.commitments(plan.id());
        Map<Long, List<PublishedPlans.Milestone>> milestones = plans.milestones(plan.id());
        Map<Long, List<Long>> linked = drafts.proposalsOf(
                commitments.stream().map(PublishedPlans.Commitment::draftId).toList());
        Set<Long> hidden = proposals.hiddenAmong(
                linked.values().stream().flatMap(List::stream).toList());
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty("schema", links.schema(PLAN_SCHEMA));
            ExportJson.instant(json, "generatedAt", clock.instant());
            ExportJson.licence(json, terms);
            json.writeObjectPropertyStart("actionPlan");
            json.writeStringProperty("slug", plan.slug());
            json.writeStringProperty("title", plan.title());
            json.writeStringProperty("periodStart", plan.periodStart().toString());
            json.writeStringProperty("periodEnd", plan.periodEnd().toString());
            json.writeStringProperty("adoptingBody", plan.adoptingBody());
            json.writeStringProperty("introduction", plan.introduction());
            ExportJson.instant(json, "publishedAt", plan.publishedAt());
            json.writeStringProperty("url", links.page(Permalinks.actionPlan(plan.slug())));
            json.writeEndObject();
            json.writeArrayPropertyStart("commitments");
            for (PublishedPlans.Commitment commitment : commitments) {
                json.writeStartObject();
                json.writeNumberProperty("number", commitment.number());
                json.writeStringProperty("title", commitment.title());
                json.writeStringProperty("leadAgency", commitment.leadAgency());
                json.writeStringProperty("level", PublicContent.lower(commitment.level()));
                json.writeBooleanProperty("levelExplicit", commitment.levelReason() != null);
                json.writeStringProperty("levelReason", commitment.levelReason());
                json.writeNumberProperty("draftId", commitment.draftId());
                json.writeNumberProperty("draftVersion", commitment.draftVersion());
                json.writeStringProperty(
                        "url", links.page(Permalinks.planCommitment(plan.slug(), commitment.number())));
                json.writeArrayPropertyStart("proposalIds");
                for (long proposal : linked.getOrDefault(commitment.draftId(), List.of())) {
                    if (!hidden.contains(proposal)) {
                        json.writeNumber(proposal);
                    }
                }
                json.writeEndArray();
                json.writeArrayPropertyStart("milestones");
                for (PublishedPlans.Milestone milestone : milestones.getOrDefault(commitment.id(), List.of())) {
                    json.writeStartObject();
                    json.writeNumberProperty("number", milestone.number());
                    json.writeStringProperty("deliverable", milestone.deliverable());
                    json.writeStringProperty("start", milestone.start().toString());
                    json.writeStringProperty("end", milestone.end().toString());
                    json.writeStringProperty("level", PublicContent.lower(milestone.level()));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("reports");
            for (PublishedPlans.Report report : plans.reports(plan.id())) {
                json.writeStartObject();
                json.writeNumberProperty("id", report.id());
                json.writeNumberProperty("commitment", report.commitmentNumber());
                nullableNumber(json, "milestone", report.milestoneNumber());
                json.writeStringProperty("asOf", report.asOf().toString());
                ExportJson.instant(json, "reportedAt", report.reportedAt());
                json.writeStringProperty("level", report.level() == null ? null : PublicContent.lower(report.level()));
                json.writeStringProperty("previousLevel", PublicContent.lower(report.previousLevel()));
                json.writeStringProperty("note", report.note());
                json.writeArrayPropertyStart("evidenceLinks");
                for (String link : report.evidenceLinks()) {
                    json.writeString(link);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            List<PublishedPlans.SnapshotRow> snapshots = plans.snapshots(plan.id());
            json.writeArrayPropertyStart("rounds");
            for (PublishedPlans.Round round : plans.rounds(plan.id())) {
                json.writeStartObject();
                json.writeStringProperty("title", round.title());
                json.writeStringProperty("deadline", round.deadline().toString());
                json.writeStringProperty("status", PublicContent.lower(round.status()));
                ExportJson.instant(json, "frozenAt", round.frozenAt());
                json.writeArrayPropertyStart("snapshot");
                for (PublishedPlans.SnapshotRow row : snapshots) {
                    if (row.roundId() != round.id()) {
                        continue;
                    }
                    json.writeStartObject();
                    json.writeNumberProperty("commitment", row.commitmentNumber());
                    nullableNumber(json, "milestone", row.milestoneNumber());
                    json.writeStringProperty("level", PublicContent.lower(row.level()));
                    json.writeBooleanProperty("overdue", row.overdue());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** One row per commitment, also those without milestones, with the reason of an explicit level. */
    @Transactional(readOnly = true)
    public void writeCommitmentsCsv(String slug, OutputStream out) {
        PublishedPlans.Plan plan = requirePlan(slug);
        List<PublishedPlans.Commitment> commitments = plans.commitments(plan.id());
        Map<Long, List<Long>> linked = drafts.proposalsOf(
                commitments.stream().map(PublishedPlans.Commitment::draftId).toList());
        Set<Long> hidden = proposals.hiddenAmong(
                linked.values().stream().flatMap(List::stream).toList());
        SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(
                out,
                List.of(
                        "commitment",
                        "title",
                        "lead_agency",
                        "level",
                        "level_explicit",
                        "level_reason",
                        "draft_id",
                        "draft_version",
                        "proposal_ids",
                        "url"));
        for (PublishedPlans.Commitment commitment : commitments) {
            csv.row(
                    commitment.number(),
                    commitment.title(),
                    commitment.leadAgency(),
                    PublicContent.lower(commitment.level()),
                    commitment.levelReason() != null,
                    commitment.levelReason() == null ? "" : commitment.levelReason(),
                    commitment.draftId(),
                    commitment.draftVersion(),
                    linked.getOrDefault(commitment.draftId(), List.of()).stream()
                            .filter(proposal -> !hidden.contains(proposal))
                            .map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(" ")),
                    links.page(Permalinks.planCommitment(plan.slug(), commitment.number())));
        }
        csv.finish();
    }

    @Transactional(readOnly = true)
    public void writeMilestonesCsv(String slug, OutputStream out) {
        PublishedPlans.Plan plan = requirePlan(slug);
        Map<Long, List<PublishedPlans.Milestone>> milestones = plans.milestones(plan.id());
        SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(
                out,
                List.of(
                        "commitment",
                        "commitment_title",
                        "lead_agency",
                        "milestone",
                        "deliverable",
                        "start",
                        "end",
                        "level",
                        "commitment_level"));
        for (PublishedPlans.Commitment commitment : plans.commitments(plan.id())) {
            for (PublishedPlans.Milestone milestone : milestones.getOrDefault(commitment.id(), List.of())) {
                csv.row(
                        commitment.number(),
                        commitment.title(),
                        commitment.leadAgency(),
                        milestone.number(),
                        milestone.deliverable(),
                        milestone.start().toString(),
                        milestone.end().toString(),
                        PublicContent.lower(milestone.level()),
                        PublicContent.lower(commitment.level()));
            }
        }
        csv.finish();
    }

    @Transactional(readOnly = true)
    public void writeReportsCsv(String slug, OutputStream out) {
        PublishedPlans.Plan plan = requirePlan(slug);
        SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(
                out,
                List.of(
                        "id",
                        "commitment",
                        "milestone",
                        "as_of",
                        "reported_at",
                        "level",
                        "previous_level",
                        "note",
                        "evidence_links"));
        for (PublishedPlans.Report report : plans.reports(plan.id())) {
            List<@Nullable Object> cells = new ArrayList<>();
            cells.add(report.id());
            cells.add(report.commitmentNumber());
            cells.add(report.milestoneNumber());
            cells.add(report.asOf().toString());
            cells.add(report.reportedAt().toString());
            cells.add(report.level() == null ? "" : PublicContent.lower(report.level()));
            cells.add(PublicContent.lower(report.previousLevel()));
            cells.add(report.note());
            cells.add(String.join(" ", report.evidenceLinks()));
            csv.row(cells.toArray());
        }
        csv.finish();
    }

    private String file(String slug, String fileName) {
        return links.page(Permalinks.openDataPlanFile(slug, fileName));
    }

    private static void nullableNumber(JsonGenerator json, String name, @Nullable Integer value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeNumberProperty(name, value.intValue());
        }
    }
}
