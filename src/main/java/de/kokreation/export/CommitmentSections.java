package de.kokreation.export;

import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.export.document.Document.DataTable;
import de.kokreation.export.document.Document.Field;
import de.kokreation.export.document.Rich;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a commitment in the OGP template that the drafts' document and the action plan's
 * document share: the template's fields, the milestones' table and the proposals' table.
 */
final class CommitmentSections {

    private CommitmentSections() {}

    /** The template's fields from the period to the private-sector actors. */
    static List<Field> templateFields(DraftRows.Draft draft, DocumentTexts texts) {
        String period = (draft.start() == null ? "…" : texts.date(draft.start())) + " – "
                + (draft.end() == null ? "…" : texts.date(draft.end()));
        String contact = String.join(
                ", ",
                Stream.of(draft.contactName(), draft.contactRole(), draft.contactEmail())
                        .filter(part -> !part.isBlank())
                        .toList());
        return List.of(
                new Field(texts.get("field.period"), Rich.plain(period)),
                new Field(texts.get("field.leadAgency"), Rich.plain(draft.leadAgency())),
                new Field(texts.get("field.problem"), Rich.markdown(draft.problem())),
                new Field(texts.get("field.commitment"), Rich.markdown(draft.commitment())),
                new Field(texts.get("field.contribution"), Rich.markdown(draft.contribution())),
                new Field(texts.get("field.ogpRelevance"), Rich.markdown(draft.ogpRelevance())),
                new Field(texts.get("field.additionalInfo"), Rich.markdown(draft.additionalInfo())),
                new Field(texts.get("field.contact"), Rich.plain(contact)),
                new Field(texts.get("field.actorsState"), Rich.plain(draft.actorsState())),
                new Field(texts.get("field.actorsCivilSociety"), Rich.plain(draft.actorsCivilSociety())),
                new Field(texts.get("field.actorsPrivate"), Rich.plain(draft.actorsPrivate())));
    }

    static DataTable milestones(List<DraftRows.Milestone> milestones, DocumentTexts texts) {
        return milestones(milestones, texts, null);
    }

    /**
     * The milestones as a table; with {@code levelOf}, a last column with each milestone's level of
     * implementation (by its number, from 1).
     */
    static DataTable milestones(
            List<DraftRows.Milestone> milestones, DocumentTexts texts, @Nullable Function<Integer, String> levelOf) {
        List<List<Rich>> rows = new ArrayList<>();
        int number = 1;
        for (DraftRows.Milestone milestone : milestones) {
            List<Rich> row = new ArrayList<>(List.of(
                    Rich.plain(Integer.toString(number)),
                    Rich.plain(milestone.deliverable()),
                    Rich.plain(texts.date(milestone.start())),
                    Rich.plain(texts.date(milestone.end()))));
            if (levelOf != null) {
                row.add(Rich.plain(levelOf.apply(number)));
            }
            rows.add(row);
            number++;
        }
        List<String> headers = new ArrayList<>(List.of(
                texts.get("milestone.number"),
                texts.get("milestone.deliverable"),
                texts.get("milestone.start"),
                texts.get("milestone.end")));
        if (levelOf == null) {
            return new DataTable("", headers, List.of(6, 58, 18, 18), rows);
        }
        headers.add(texts.get("milestone.level"));
        return new DataTable("", headers, List.of(6, 44, 16, 16, 18), rows);
    }

    static DataTable proposals(List<DraftSheets.LinkedProposal> proposals, ProposalLinks links, DocumentTexts texts) {
        List<List<Rich>> rows = proposals.stream()
                .map(proposal -> List.of(
                        links.titled(proposal.id(), proposal.title()),
                        Rich.plain(
                                proposal.outcome() == null
                                        ? texts.get("proposal.unanswered")
                                        : texts.get("outcome." + proposal.outcome()))))
                .toList();
        return new DataTable(
                "", List.of(texts.get("proposal.title"), texts.get("proposal.response")), List.of(70, 30), rows);
    }
}
