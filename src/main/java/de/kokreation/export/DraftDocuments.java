package de.kokreation.export;

import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.export.document.Document;
import de.kokreation.export.document.Document.Block;
import de.kokreation.export.document.Document.Field;
import de.kokreation.export.document.Document.FieldTable;
import de.kokreation.export.document.Document.Heading;
import de.kokreation.export.document.Document.Paragraph;
import de.kokreation.export.document.Rich;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft commitments of a consultation as one document in the OGP commitment template: a
 * title page, a table of contents, then per commitment a numbered section with the template's
 * fields, its milestones and the proposals it builds on.
 */
@Service
public class DraftDocuments {

    private final MessageSource messages;
    private final ConsultationService consultations;
    private final ExportAccess access;
    private final DraftSheets sheets;
    private final Clock clock;
    private final ProposalLinks links;

    DraftDocuments(
            ConsultationService consultations,
            ExportAccess access,
            DraftSheets sheets,
            Clock clock,
            ProposalLinks links,
            MessageSource messages) {
        this.messages = messages;
        this.consultations = consultations;
        this.access = access;
        this.sheets = sheets;
        this.clock = clock;
        this.links = links;
    }

    /** The drafts the caller may export, by theme group; refuses people who lead no group of it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ExportableDraft> exportableDrafts(String consultationSlug) {
        ConsultationDetails consultation = consultations.getConsultation(consultationSlug);
        return sheets.drafts(names(access.exportableGroups(consultation)));
    }

    /**
     * Writes the chosen drafts. Every draft must be one the caller may export; the check happens
     * before the first byte is written.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void write(
            String consultationSlug, Collection<Long> draftIds, ExportFormat format, Locale locale, OutputStream out)
            throws IOException {
        if (draftIds.isEmpty()) {
            throw new DomainException("export.error.noDraftChosen");
        }
        ConsultationDetails consultation = consultations.getConsultation(consultationSlug);
        List<ThemeGroupSummary> groups = access.exportableGroups(consultation);
        Set<Long> allowed =
                sheets.drafts(names(groups)).stream().map(ExportableDraft::id).collect(Collectors.toSet());
        if (!allowed.containsAll(draftIds)) {
            throw new NotPermittedException("export.error.draftNotPermitted");
        }
        List<DraftSheets.Sheet> chosen = sheets.sheets(
                new LinkedHashSet<>(draftIds),
                groups.stream().map(ThemeGroupSummary::id).toList());
        format.writer().write(document(consultation, chosen, new DocumentTexts(messages, locale)), out);
    }

    public String fileName(String consultationSlug, ExportFormat format) {
        return consultationSlug + "-verpflichtungen." + format.extension();
    }

    private Document document(ConsultationDetails consultation, List<DraftSheets.Sheet> chosen, DocumentTexts texts) {
        Map<Long, String> groupNames = names(consultation.themeGroups());
        List<Block> body = new ArrayList<>();
        int number = 0;
        for (DraftSheets.Sheet sheet : chosen) {
            number++;
            String prefix = Integer.toString(number);
            body.add(new Heading(1, prefix, sheet.draft().title(), "commitment_" + number));
            body.add(new FieldTable(texts.get("drafts.caption", number), fields(sheet, groupNames, texts)));
            body.add(new Heading(2, prefix + ".1", texts.get("drafts.milestones"), "milestones_" + number));
            body.add(
                    sheet.milestones().isEmpty()
                            ? new Paragraph(Rich.plain(texts.get("drafts.milestones.none")))
                            : CommitmentSections.milestones(sheet.milestones(), texts));
            body.add(new Heading(2, prefix + ".2", texts.get("drafts.proposals"), "proposals_" + number));
            body.add(
                    sheet.proposals().isEmpty()
                            ? new Paragraph(Rich.plain(texts.get("drafts.proposals.none")))
                            : CommitmentSections.proposals(sheet.proposals(), links, texts));
        }
        List<String> titleLines = List.of(
                texts.get("region", consultation.consultation().region()),
                texts.get("drafts.count", chosen.size()),
                texts.get("generated", texts.date(LocalDate.now(clock))));
        return new Document(
                texts.get("drafts.title"),
                consultation.consultation().title(),
                titleLines,
                texts.get("toc"),
                1,
                body,
                texts.locale());
    }

    private List<Field> fields(DraftSheets.Sheet sheet, Map<Long, String> groupNames, DocumentTexts texts) {
        DraftRows.Draft draft = sheet.draft();
        LocalDate saved = draft.savedAt().atZone(clock.getZone()).toLocalDate();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(
                texts.get("field.themeGroup"), Rich.plain(groupNames.getOrDefault(draft.themeGroupId(), ""))));
        fields.add(new Field(
                texts.get("field.status"),
                Rich.plain(texts.get(
                        "field.statusValue",
                        texts.get("status." + draft.status()),
                        draft.version(),
                        texts.date(saved)))));
        fields.addAll(CommitmentSections.templateFields(draft, texts));
        fields.add(new Field(
                texts.get("field.votes"),
                Rich.plain(
                        texts.get("field.votesValue", draft.votesFor(), draft.votesAgainst(), draft.commentCount()))));
        return fields;
    }

    private static Map<Long, String> names(List<ThemeGroupSummary> groups) {
        return groups.stream()
                .collect(Collectors.toMap(
                        ThemeGroupSummary::id, ThemeGroupSummary::name, (a, b) -> a, LinkedHashMap::new));
    }
}
