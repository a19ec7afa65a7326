package de.kokreation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.PlanFixtures.FinalDraft;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.actionplan.CompletionLevel;
import de.kokreation.actionplan.ImplementationService;
import de.kokreation.actionplan.PlanSummary;
import de.kokreation.actionplan.ProgressReport;
import de.kokreation.actionplan.RoundService;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shell.Formats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.incubator.doc.text.OdfEditableTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A published action plan as a document, read back with independent readers: Apache POI (DOCX),
 * the ODF Toolkit (ODT), PDFBox (PDF). Anybody may download it; a plan in preparation does not
 * exist for the document either.
 */
@IntegrationTest
@Tag("database")
class PlanDocumentsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PlanDocuments documents;

    @Autowired
    ImplementationService implementation;

    @Autowired
    RoundService rounds;

    @Autowired
    StatusReports statusReports;

    private PlanSummary plan;
    private UserAccount coordinator;
    private String title;

    @BeforeEach
    void setUp() {
        coordinator = fixtures.account("Koordination", EnumSet.of(Role.CITIZEN));
        UserAccount author = fixtures.citizen();
        title = "Offene Förderdaten " + Fixtures.next();
        FinalDraft draft = planFixtures.finalDraft(author, title, 2);
        plan = planFixtures.published(coordinator, draft);
        long milestone = fixtures.as(coordinator, () -> implementation.commitment(plan.slug(), 1))
                .commitment()
                .milestones()
                .getFirst()
                .id();
        fixtures.as(coordinator, () -> {
            implementation.report(
                    milestone,
                    new ProgressReport(CompletionLevel.COMPLETED, LocalDate.now(Formats.ZONE), "Erledigt.", ""));
            return null;
        });
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    private byte[] write(ExportFormat format, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.write(plan.slug(), format, locale, out);
        return out.toByteArray();
    }

    @Test
    void docxHoldsTheIntroductionEachCommitmentInTheTemplateItsLevelAndItsMilestonesWithTheirLevels()
            throws IOException {
        try (XWPFDocument document =
                new XWPFDocument(new ByteArrayInputStream(write(ExportFormat.DOCX, Locale.GERMAN)))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text)
                    .contains("2. Nationaler Aktionsplan")
                    .contains("Aktionsplan in der Open Government Partnership")
                    .contains("Beschlossen von: Bundeskabinett")
                    .contains("Einleitung")
                    .contains("Der Plan setzt die Ergebnisse der Konsultationen um.")
                    .contains("1 " + title)
                    .contains("Stand der Umsetzung")
                    .contains("Wir veröffentlichen sie offen.")
                    .contains("Vorschlag: " + title);
            XWPFTable fields = document.getTables().getFirst();
            assertThat(fields.getRow(0).getCell(0).getText()).isEqualTo("Stand der Umsetzung");
            assertThat(fields.getRow(0).getCell(1).getText()).isEqualTo("substanziell");
            XWPFTable milestones = document.getTables().get(1);
            assertThat(milestones.getRow(0).getCell(4).getText()).isEqualTo("Stand");
            assertThat(milestones.getRow(1).getCell(4).getText()).isEqualTo("abgeschlossen");
            assertThat(milestones.getRow(2).getCell(4).getText()).isEqualTo("nicht begonnen");
        }
    }

    @Test
    void odtAndPdfOpenInTheirReadersInEnglishToo() throws Exception {
        try (OdfTextDocument document =
                OdfTextDocument.loadDocument(new ByteArrayInputStream(write(ExportFormat.ODT, Locale.ENGLISH)))) {
            String text = OdfEditableTextExtractor.newOdfEditableTextExtractor(document)
                    .getText();
            assertThat(text)
                    .contains("Introduction")
                    .contains("State of implementation")
                    .contains("completed");
        }
        try (PDDocument document = Loader.loadPDF(write(ExportFormat.PDF, Locale.GERMAN))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Stand der Umsetzung")
                    .contains("Förderdaten")
                    .contains("abgeschlossen");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("tagged PDF")
                    .isTrue();
        }
        assertThat(new String(write(ExportFormat.MARKDOWN, Locale.GERMAN), java.nio.charset.StandardCharsets.UTF_8))
                .contains("# 1 " + title);
    }

    @Test
    void theStatusReportOfAFrozenRoundHasTheChartTheFiguresAndATablePerCommitment() throws IOException {
        long round =
                fixtures.as(coordinator, () -> rounds.open(plan.id(), "Stand Dezember", LocalDate.now(Formats.ZONE)));
        rounds.freezeDue(LocalDate.now(Formats.ZONE).plusDays(1));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        statusReports.write(plan.slug(), round, ExportFormat.DOCX, Locale.GERMAN, docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text)
                    .contains("Statusbericht: Stand Dezember")
                    .contains("Festgeschriebener Stand")
                    .contains("erste Berichtsrunde")
                    .contains("Verpflichtung 1: " + title)
                    .contains("Erledigt.");
            assertThat(document.getAllPictures()).as("the progress chart").hasSize(1);
            XWPFTable figures = document.getTables().getFirst();
            assertThat(figures.getRow(1).getCell(2).getText()).isEqualTo("substanziell");
            assertThat(figures.getRow(1).getCell(3).getText())
                    .as("completed milestones")
                    .isEqualTo("1");
            assertThat(figures.getRow(1).getCell(6).getText()).as("not started").isEqualTo("1");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        statusReports.write(plan.slug(), round, ExportFormat.PDF, Locale.ENGLISH, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Status report: Stand Dezember")
                    .contains("substantial");
        }
    }

    @Test
    void aPlanInPreparationHasNoDocument() {
        PlanSummary prepared = planFixtures.plan(coordinator);
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> {
                    try {
                        documents.write(prepared.slug(), ExportFormat.PDF, Locale.GERMAN, new ByteArrayOutputStream());
                    } catch (IOException failed) {
                        throw new java.io.UncheckedIOException(failed);
                    }
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
    }
}
