package de.kokreation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftLinking;
import de.kokreation.drafting.DraftService;
import de.kokreation.drafting.Milestone;
import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobFile;
import de.kokreation.jobs.JobKind;
import de.kokreation.jobs.JobState;
import de.kokreation.jobs.JobStatus;
import de.kokreation.moderation.ContentModeration;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.ResponseService;
import de.kokreation.proposal.VoteService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.voting.VoteDirection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfParagraphProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.text.OdfEditableTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.w3c.dom.Element;

/**
 * The drafts export and the Ergebnisbericht, read back with independent readers: POI for DOCX,
 * the ODF Toolkit for ODT, PDFBox for PDF. Checks structure (headings, tables, lists, links),
 * umlauts and ß, embedded fonts, and who may export what.
 */
@IntegrationTest
@Tag("database")
class DocumentExportTest {

    private static final String PROBLEM = """
            Bürgerinnen und Bürger finden Straßendaten nur verstreut.

            - erster Punkt mit **Gewicht**
            - zweiter Punkt mit [Quelle](https://example.org/quelle)
            """;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DraftService drafts;

    @Autowired
    DraftLinking linking;

    @Autowired
    ResponseService responses;

    @Autowired
    ContentModeration moderation;

    @Autowired
    VoteService votes;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    DraftDocuments documents;

    @Autowired
    ResultReport report;

    @Autowired
    ExportJobs exportJobs;

    @Autowired
    BackgroundJobs jobs;

    private ConsultationDetails consultation;
    private ThemeGroupSummary openData;
    private ThemeGroupSummary transparency;
    private UserAccount leadOfOpenData;
    private UserAccount coordinator;
    private UserAccount coordinatorElsewhere;
    private UserAccount citizen;
    private long openDataDraft;
    private long transparencyDraft;
    private String slug;

    @BeforeEach
    void setUp() {
        consultation = fixtures.collectingConsultation();
        slug = consultation.consultation().slug();
        openData = consultation.themeGroups().get(0);
        transparency = consultation.themeGroups().get(1);
        leadOfOpenData = fixtures.leadOf(openData, "Lea Offene Daten");
        fixtures.leadOf(transparency, "Leitung Transparenz");
        coordinator = fixtures.account("Koordination", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        coordinatorElsewhere = fixtures.account("Koordination anderswo", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        ConsultationDetails elsewhere = fixtures.collectingConsultation();
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        fixtures.as(admin, () -> {
            administration.assignCoordinator(consultation.consultation().id(), coordinator.id());
            administration.assignCoordinator(elsewhere.consultation().id(), coordinatorElsewhere.id());
            return null;
        });
        citizen = fixtures.citizen();

        long adopted = fixtures.proposal(openData, citizen, "Straßendaten als offene Daten");
        long rejected = fixtures.proposal(openData, citizen, "Alles ausdrucken");
        long hidden = fixtures.proposal(openData, citizen, "Verbotene Werbung für Größenwahn");
        fixtures.proposal(transparency, citizen, "Lobbyregister für alle Ämter");
        fixtures.as(fixtures.citizen(), () -> votes.cast(adopted, VoteDirection.FOR));
        openDataDraft = fixtures.as(leadOfOpenData, () -> drafts.create(openData.id(), content("Offene Straßendaten")));
        transparencyDraft = fixtures.as(admin, () -> drafts.create(transparency.id(), content("Lobbyregister")));
        fixtures.as(leadOfOpenData, () -> {
            linking.link(openDataDraft, List.of(adopted));
            responses.respond(
                    adopted,
                    ResponseOutcome.ADOPTED,
                    "Geht in die Verpflichtung zu Straßendaten ein.",
                    List.of(openDataDraft));
            responses.respond(rejected, ResponseOutcome.NOT_ADOPTED, "Papier widerspricht dem Ziel.");
            moderation.hideProposal(hidden, "Werbung");
            return null;
        });
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    private static DraftContent content(String title) {
        return new DraftContent(
                title,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 6, 30),
                "Ministerium für Verkehr",
                PROBLEM,
                "Ein Portal für **alle** Straßendaten.",
                "Daten werden auffindbar.",
                "Transparenz und Beteiligung.",
                "Budget: 120.000 €",
                "Erika Muster",
                "Referentin",
                "erika.muster@verkehr.example",
                "Landesbetrieb Straßen",
                "Open Knowledge Foundation",
                "–",
                List.of(
                        new Milestone(
                                "Datenkatalog veröffentlichen", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)),
                        new Milestone(
                                "Schnittstelle für Maßnahmen öffnen",
                                LocalDate.of(2027, 7, 1),
                                LocalDate.of(2028, 6, 30))));
    }

    private byte[] drafts(UserAccount caller, List<Long> ids, ExportFormat format) {
        return fixtures.as(caller, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                documents.write(slug, ids, format, Locale.GERMAN, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toByteArray();
        });
    }

    private byte[] report(UserAccount caller, ExportFormat format) {
        return fixtures.as(caller, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                report.write(slug, format, Locale.GERMAN, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toByteArray();
        });
    }

    @Test
    void docxHasTitlePageTableOfContentsNumberedSectionsFieldTableMilestonesListsAndLinks() throws IOException {
        byte[] docx = drafts(coordinator, List.of(openDataDraft, transparencyDraft), ExportFormat.DOCX);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text)
                    .contains(
                            "Entwürfe der Verpflichtungen",
                            consultation.consultation().title(),
                            "1 Offene Straßendaten",
                            "2 Lobbyregister",
                            "Bürgerinnen und Bürger finden Straßendaten",
                            "Ministerium für Verkehr",
                            "erika.muster@verkehr.example",
                            "Budget: 120.000 €");
            assertThat(document.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Entwürfe der Verpflichtungen");
            List<XWPFParagraph> headings = document.getParagraphs().stream()
                    .filter(paragraph -> "Heading1".equals(paragraph.getStyle()))
                    .toList();
            assertThat(headings)
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("1 Offene Straßendaten", "2 Lobbyregister");
            // contents entries with page numbers that office suites compute: PAGEREF to each heading's bookmark
            assertThat(document.getParagraphs())
                    .filteredOn(paragraph -> "TOC1".equals(paragraph.getStyle()))
                    .extracting(paragraph -> paragraph.getText().strip())
                    .containsExactly("1 Offene Straßendaten", "2 Lobbyregister");
            assertThat(document.getParagraphs())
                    .filteredOn(paragraph -> "TOC1".equals(paragraph.getStyle()))
                    .allSatisfy(paragraph ->
                            assertThat(paragraph.getCTP().xmlText()).contains("PAGEREF commitment_"));

            XWPFTable fields = document.getTables().getFirst();
            assertThat(fields.getRow(0).getTableCells()).hasSize(2);
            assertThat(fields.getRows())
                    .extracting(row -> row.getCell(0).getText())
                    .contains("Laufzeit", "Federführendes Ressort", "Kontakt");
            var problemCell = fields.getRows().stream()
                    .filter(row -> row.getCell(0).getText().startsWith("Problembeschreibung"))
                    .findFirst()
                    .orElseThrow()
                    .getCell(1);
            List<XWPFParagraph> listItems = problemCell.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getNumID() != null)
                    .toList();
            assertThat(listItems)
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("erster Punkt mit Gewicht", "zweiter Punkt mit Quelle");
            assertThat(listItems.get(0).getRuns()).anySatisfy(run -> {
                assertThat(run.text()).isEqualTo("Gewicht");
                assertThat(run.isBold()).isTrue();
            });
            assertThat(listItems.get(1).getRuns())
                    .filteredOn(XWPFHyperlinkRun.class::isInstance)
                    .singleElement()
                    .satisfies(run -> assertThat(((XWPFHyperlinkRun) run)
                                    .getHyperlink(document)
                                    .getURL())
                            .isEqualTo("https://example.org/quelle"));

            XWPFTable milestones = document.getTables().get(1);
            assertThat(milestones.getRow(0).getCell(1).getText()).isEqualTo("Meilenstein (überprüfbares Ergebnis)");
            assertThat(milestones.getRow(2).getCell(1).getText()).isEqualTo("Schnittstelle für Maßnahmen öffnen");
            assertThat(milestones.getRow(0).isRepeatHeader()).isTrue();
            // The commitment traces back to the proposal it builds on, not to the hidden one.
            assertThat(text).contains("Straßendaten als offene Daten").doesNotContain("Größenwahn");
        }
    }

    @Test
    void odtKeepsHeadingsTablesListsLinksAndUmlauts() throws Exception {
        byte[] odt = drafts(leadOfOpenData, List.of(openDataDraft), ExportFormat.ODT);

        try (OdfTextDocument document = OdfTextDocument.loadDocument(new ByteArrayInputStream(odt))) {
            var content = document.getContentDom().getDocumentElement();
            String text = OdfEditableTextExtractor.newOdfEditableTextExtractor(document)
                    .getText();
            assertThat(text)
                    .contains(
                            "Entwürfe der Verpflichtungen",
                            "1 Offene Straßendaten",
                            "Bürgerinnen und Bürger finden Straßendaten",
                            "Schnittstelle für Maßnahmen öffnen");
            var headings = content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "h");
            List<String> headingTexts = new ArrayList<>();
            for (int i = 0; i < headings.getLength(); i++) {
                headingTexts.add(headings.item(i).getTextContent());
            }
            assertThat(headingTexts).contains("1 Offene Straßendaten", "1.1 Meilensteine");
            assertThat(content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table")
                            .getLength())
                    .isGreaterThanOrEqualTo(3);
            var items = content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "list-item");
            assertThat(items.getLength()).isEqualTo(2);
            var links = content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "a");
            List<String> targets = new ArrayList<>();
            for (int i = 0; i < links.getLength(); i++) {
                targets.add(((Element) links.item(i)).getAttributeNS("http://www.w3.org/1999/xlink", "href"));
            }
            assertThat(targets).contains("https://example.org/quelle", "#commitment_1");
            // the contents' page numbers: references to the headings' bookmarks, in page format
            var pageRefs =
                    content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "bookmark-ref");
            assertThat(pageRefs.getLength()).isOne();
            assertThat(((Element) pageRefs.item(0))
                            .getAttributeNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "reference-format"))
                    .isEqualTo("page");
            // headings never stand alone at the bottom of a page
            var headingStyle = document.getContentDom()
                    .getAutomaticStyles()
                    .getStyle(
                            ((Element) headings.item(0))
                                    .getAttributeNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "style-name"),
                            OdfStyleFamily.Paragraph);
            assertThat(headingStyle.getProperty(OdfParagraphProperties.KeepWithNext))
                    .isEqualTo("always");
            // the same sans-serif look as the DOCX and the PDF
            assertThat(new String(document.getDocumentStyles()
                            .getDefaultStyle(OdfStyleFamily.Paragraph)
                            .getProperty(OdfTextProperties.FontFamily)))
                    .startsWith("Arial");
        }
    }

    @Test
    void pdfEmbedsItsFontsIsTaggedAndKeepsTextAndLinks() throws IOException {
        byte[] pdf = drafts(coordinator, List.of(openDataDraft), ExportFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Entwürfe der Verpflichtungen",
                            "1 Offene Straßendaten",
                            "Bürgerinnen und Bürger finden Straßendaten",
                            "Schnittstelle für Maßnahmen öffnen",
                            "erster Punkt mit Gewicht");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Entwürfe der Verpflichtungen");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot())
                    .as("tagged PDF")
                    .isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
            List<PDFont> fonts = new ArrayList<>();
            List<String> uris = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVu");
            });
            assertThat(uris).contains("https://example.org/quelle");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void markdownKeepsStructureAndEscapesText() {
        String markdown =
                new String(drafts(coordinator, List.of(openDataDraft), ExportFormat.MARKDOWN), StandardCharsets.UTF_8);

        assertThat(markdown)
                .startsWith("# Entwürfe der Verpflichtungen")
                .contains(
                        "- [1 Offene Straßendaten](#commitment_1)",
                        "## 1 Offene Straßendaten",
                        "- erster Punkt mit **Gewicht**",
                        "[Quelle](<https://example.org/quelle>)",
                        "| 2 | Schnittstelle für Maßnahmen öffnen |",
                        "**Federführendes Ressort**");
    }

    @Test
    void theReportIsMadeAsABackgroundJobWithAStepPerProposalRow() throws IOException {
        JobStatus started =
                fixtures.as(coordinator, () -> exportJobs.startReport(slug, ExportFormat.DOCX, Locale.GERMAN));
        assertThat(started.kind()).isEqualTo(JobKind.RESULT_REPORT);
        assertThat(started.fileName()).isEqualTo(slug + "-ergebnisbericht.docx");
        JobStatus done = ended(coordinator, started);
        assertThat(done.state()).isEqualTo(JobState.DONE);
        // three visible proposals (the hidden one is not a row), each a step
        assertThat(done.stepsTotal()).isEqualTo(3);
        assertThat(done.stepsDone()).isEqualTo(3);
        JobStatus finished = done;
        JobFile file = fixtures.as(coordinator, () -> jobs.file(finished.id()));
        assertThat(file.contentType()).isEqualTo(ExportFormat.DOCX.contentType());
        try (var in = file.open();
                XWPFDocument document = new XWPFDocument(in)) {
            assertThat(new XWPFWordExtractor(document).getText()).contains("Straßendaten als offene Daten");
        }
    }

    @Test
    void nobodyWithoutRightsStartsTheReportJobNorSeesAnother() {
        assertThatThrownBy(
                        () -> fixtures.as(citizen, () -> exportJobs.startReport(slug, ExportFormat.PDF, Locale.GERMAN)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixtures.as(
                        coordinatorElsewhere, () -> exportJobs.startReport(slug, ExportFormat.PDF, Locale.GERMAN)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() ->
                        fixtures.as(coordinator, () -> exportJobs.startReport(slug, ExportFormat.ODT, Locale.GERMAN)))
                .isInstanceOf(DomainException.class);
        assertThat(fixtures.as(
                        citizen,
                        () -> jobs.latest(
                                JobKind.RESULT_REPORT,
                                ExportJobs.reportSubject(slug, ExportFormat.PDF, Locale.GERMAN))))
                .isEmpty();
    }

    @Test
    void theChosenDraftsAreMadeAsABackgroundJobOnlyOfDraftsTheCallerMayExport() throws IOException {
        JobStatus started = fixtures.as(
                leadOfOpenData,
                () -> exportJobs.startDrafts(slug, List.of(openDataDraft), ExportFormat.DOCX, Locale.GERMAN));
        assertThat(started.kind()).isEqualTo(JobKind.DRAFT_EXPORT);
        JobStatus done = ended(leadOfOpenData, started);
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.fileName()).isEqualTo(slug + "-verpflichtungen.docx");
        // the page finds this document again for this choice only
        assertThat(done.subject())
                .isEqualTo(ExportJobs.draftsSubject(slug, ExportFormat.DOCX, Locale.GERMAN, List.of(openDataDraft)))
                .isNotEqualTo(ExportJobs.draftsSubject(
                        slug, ExportFormat.DOCX, Locale.GERMAN, List.of(openDataDraft, transparencyDraft)));
        JobStatus finished = done;
        JobFile file = fixtures.as(leadOfOpenData, () -> jobs.file(finished.id()));
        try (var in = file.open();
                XWPFDocument document = new XWPFDocument(in)) {
            assertThat(new XWPFWordExtractor(document).getText()).contains("Offene Straßendaten");
        }
        // refused before any job is queued: another group's draft, nothing chosen, no rights at all
        assertThatThrownBy(() -> fixtures.as(
                        leadOfOpenData,
                        () -> exportJobs.startDrafts(
                                slug, List.of(transparencyDraft), ExportFormat.PDF, Locale.GERMAN)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixtures.as(
                        leadOfOpenData, () -> exportJobs.startDrafts(slug, List.of(), ExportFormat.PDF, Locale.GERMAN)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("export.error.noDraftChosen");
        assertThatThrownBy(() -> fixtures.as(
                        citizen,
                        () -> exportJobs.startDrafts(slug, List.of(openDataDraft), ExportFormat.PDF, Locale.GERMAN)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(fixtures.as(
                        citizen,
                        () -> jobs.latest(
                                JobKind.DRAFT_EXPORT,
                                ExportJobs.draftsSubject(
                                        slug, ExportFormat.PDF, Locale.GERMAN, List.of(openDataDraft)))))
                .isEmpty();
    }

    /** The job as its owner sees it once it ended (or after 20 s). */
    private JobStatus ended(UserAccount owner, JobStatus started) {
        JobStatus now = started;
        for (int i = 0; i < 400 && now.state().isActive(); i++) {
            sleep();
            now = fixtures.as(owner, () -> jobs.status(started.id()));
        }
        return now;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void reportListsTimelineParticipationCommitmentsAndEveryVisibleProposalWithItsResponse() throws IOException {
        byte[] docx = report(coordinator, ExportFormat.DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text)
                    .contains(
                            "Ergebnisbericht",
                            "Sammlung von Vorschlägen",
                            "Beteiligung je Themengruppe",
                            "Offene Daten",
                            "Transparenz",
                            "Straßendaten als offene Daten",
                            "Übernommen",
                            "Geht in die Verpflichtung zu Straßendaten ein.",
                            "1 Offene Straßendaten",
                            "Alles ausdrucken",
                            "Papier widerspricht dem Ziel.",
                            "Lobbyregister für alle Ämter",
                            "Noch nicht beantwortet",
                            "1 dafür / 0 dagegen",
                            "Ein Vorschlag wurde von der Moderation ausgeblendet")
                    .doesNotContain("Größenwahn");
            assertThat(document.getAllPictures()).as("the weekly chart").hasSize(1);
            // the closed phase has no end; it must not read "offen" as if still open
            XWPFTable timeline = document.getTables().stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().equals("Phase"))
                    .findFirst()
                    .orElseThrow();
            assertThat(timeline.getRows().getLast().getCell(2).getText()).isEqualTo("–");
            assertThat(timeline.getText()).doesNotContain("offen");
            XWPFTable perGroup = document.getTables().stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().equals("Themengruppe")
                            && table.getRow(0).getTableCells().size() == 5)
                    .findFirst()
                    .orElseThrow();
            // Offene Daten: 2 visible proposals, 1 vote; participants: the author and the voter.
            assertThat(perGroup.getRow(1).getTableCells())
                    .extracting(cell -> cell.getText())
                    .containsExactly("Offene Daten", "2", "2", "0", "1");
        }

        byte[] pdf = report(coordinator, ExportFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Narrow table columns wrap lines; compare words, not line breaks.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Ergebnisbericht",
                            "Beteiligung je Woche",
                            "Straßendaten als offene Daten",
                            "Geht in die Verpflichtung zu Straßendaten ein.")
                    .doesNotContain("Größenwahn");
        }
    }

    @Test
    void leadsExportTheirOwnGroupsCoordinatorsTheirConsultationAndNobodyElseAnything() {
        assertThat(fixtures.as(leadOfOpenData, () -> documents.exportableDrafts(slug)))
                .extracting(ExportableDraft::id)
                .containsExactly(openDataDraft);
        assertThat(fixtures.as(coordinator, () -> documents.exportableDrafts(slug)))
                .extracting(ExportableDraft::id)
                .containsExactly(openDataDraft, transparencyDraft);

        assertThatThrownBy(() -> drafts(leadOfOpenData, List.of(transparencyDraft), ExportFormat.DOCX))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> drafts(coordinatorElsewhere, List.of(openDataDraft), ExportFormat.PDF))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> drafts(citizen, List.of(openDataDraft), ExportFormat.MARKDOWN))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> report(citizen, ExportFormat.DOCX)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> documents.write(
                        slug, List.of(openDataDraft), ExportFormat.DOCX, Locale.GERMAN, new ByteArrayOutputStream()))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);

        // A lead's report covers their own theme group only.
        String leadsReport = fixtures.as(leadOfOpenData, () -> {
            try (XWPFDocument document =
                    new XWPFDocument(new ByteArrayInputStream(report(leadOfOpenData, ExportFormat.DOCX)))) {
                return new XWPFWordExtractor(document).getText();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(leadsReport)
                .contains("Themengruppen: Offene Daten", "Straßendaten als offene Daten")
                .doesNotContain("Lobbyregister für alle Ämter");
    }

    @Test
    void englishDocumentsUseEnglishLabels() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fixtures.as(coordinator, () -> {
            try {
                report.write(slug, ExportFormat.DOCX, Locale.ENGLISH, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(new XWPFWordExtractor(document).getText())
                    .contains("Results report", "Participation per week", "Adopted", "Not answered yet");
        }
    }
}
