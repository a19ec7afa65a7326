package de.kokreation.export;

import de.kokreation.actionplan.reads.PublishedPlans;
import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.export.document.Document;
import de.kokreation.export.document.Document.Block;
import de.kokreation.export.document.Document.Field;
import de.kokreation.export.document.Document.FieldTable;
import de.kokreation.export.document.Document.Heading;
import de.kokreation.export.document.Document.Paragraph;
import de.kokreation.export.document.Rich;
import de.kokreation.shared.NotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published action plan as one document in the OGP template: a title page, a table of
 * contents, the introduction, then per commitment a numbered section with the template's fields
 * as adopted, its level of implementation, its milestones with their levels, and the proposals
 * it grew from. Public like the plan; a fixed number of queries whatever its size.
 */
@Service
public class PlanDocuments {

    private final PublishedPlans plans;
    private final DraftRows drafts;
    private final DraftSheets sheets;
    private final ProposalLinks links;
    private final MessageSource messages;
    private final Clock clock;

    PlanDocuments(
            PublishedPlans plans,
            DraftRows drafts,
            DraftSheets sheets,
            ProposalLinks links,
            MessageSource messages,
            Clock clock) {
        this.plans = plans;
        this.drafts = drafts;
        this.sheets = sheets;
        this.links = links;
        this.messages = messages;
        this.clock = clock;
    }

    /** The plan's title; a plan that is not published does not exist here. */
    @Transactional(readOnly = true)
    public String title(String planSlug) {
        return published(planSlug).title();
    }

    @Transactional(readOnly = true)
    public void write(String planSlug, ExportFormat format, Locale locale, OutputStream out) throws IOException {
        PublishedPlans.Plan plan = published(planSlug);
        format.writer().write(document(plan, new DocumentTexts(messages, locale)), out);
    }

    public String fileName(String planSlug, ExportFormat format) {
        return planSlug + "." + format.extension();
    }

    private PublishedPlans.Plan published(String planSlug) {
        return plans.plan(planSlug).orElseThrow(() -> new NotFoundException("plan.error.notFound", planSlug));
    }

    private Document document(PublishedPlans.Plan plan, DocumentTexts texts) {
        List<PublishedPlans.Commitment> commitments = plans.commitments(plan.id());
        Map<Long, List<PublishedPlans.Milestone>> milestones = plans.milestones(plan.id());
        Map<Long, Integer> versions = new LinkedHashMap<>();
        commitments.forEach(commitment -> versions.put(commitment.draftId(), commitment.draftVersion()));
        Map<Long, DraftRows.Draft> adopted = drafts.versions(versions);
        Map<Long, List<DraftSheets.LinkedProposal>> proposals = sheets.linkedProposals(versions.keySet());

        List<Block> body = new ArrayList<>();
        if (!plan.introduction().isBlank()) {
            body.add(new Heading(1, "", texts.get("plandoc.introduction"), "introduction"));
            body.add(new Paragraph(Rich.markdown(plan.introduction())));
        }
        for (PublishedPlans.Commitment commitment : commitments) {
            String number = Integer.toString(commitment.number());
            DraftRows.Draft draft = adopted.get(commitment.draftId());
            if (draft == null) {
                throw new IllegalStateException("commitment " + commitment.id() + " names a missing draft version");
            }
            body.add(new Heading(1, number, commitment.title(), "commitment_" + number));
            List<Field> fields = new ArrayList<>();
            fields.add(new Field(texts.get("plandoc.level"), level(commitment, texts)));
            fields.addAll(CommitmentSections.templateFields(draft, texts));
            body.add(new FieldTable(texts.get("drafts.caption", commitment.number()), fields));
            body.add(new Heading(2, number + ".1", texts.get("drafts.milestones"), "milestones_" + number));
            List<PublishedPlans.Milestone> ownMilestones = milestones.getOrDefault(commitment.id(), List.of());
            body.add(
                    ownMilestones.isEmpty()
                            ? new Paragraph(Rich.plain(texts.get("drafts.milestones.none")))
                            : CommitmentSections.milestones(
                                    ownMilestones.stream()
                                            .map(m -> new DraftRows.Milestone(m.deliverable(), m.start(), m.end()))
                                            .toList(),
                                    texts,
                                    n -> texts.get(
                                            "level." + ownMilestones.get(n - 1).level())));
            body.add(new Heading(2, number + ".2", texts.get("drafts.proposals"), "proposals_" + number));
            List<DraftSheets.LinkedProposal> linked = proposals.getOrDefault(commitment.draftId(), List.of());
            body.add(
                    linked.isEmpty()
                            ? new Paragraph(Rich.plain(texts.get("drafts.proposals.none")))
                            : CommitmentSections.proposals(linked, links, texts));
        }
        List<String> titleLines = new ArrayList<>();
        titleLines.add(texts.get("plandoc.period", texts.date(plan.periodStart()), texts.date(plan.periodEnd())));
        if (!plan.adoptingBody().isBlank()) {
            titleLines.add(texts.get("plandoc.adoptedBy", plan.adoptingBody()));
        }
        titleLines.add(texts.get("drafts.count", commitments.size()));
        titleLines.add(texts.get("generated", texts.date(LocalDate.now(clock))));
        return new Document(
                plan.title(), texts.get("plandoc.subtitle"), titleLines, texts.get("toc"), 1, body, texts.locale());
    }

    private static Rich level(PublishedPlans.Commitment commitment, DocumentTexts texts) {
        String level = texts.get("level." + commitment.level());
        return commitment.levelReason() == null
                ? Rich.plain(level)
                : Rich.plain(texts.get("plandoc.levelExplicit", level, commitment.levelReason()));
    }
}
