package de.kokreation.opendata;

import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.shared.OpenDataTerms;
import java.io.OutputStream;
import java.time.Clock;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the open data of a consultation onto a stream: the JSON export and the CSV files, and
 * the JSON list of all consultations. For everyone, without login; what it writes is what the
 * public sees on the site (see {@link PublicContent}).
 *
 * <p>Every export streams: rows go from the database cursor through the JSON generator or the
 * CSV printer into {@code out} one by one, nothing but the few drafts is collected; the writing
 * runs on a second thread ({@link WriteBehind}) while this one reads. Each export
 * runs in one read-only, repeatable-read transaction in the calling thread: PostgreSQL serves a
 * fetch size only inside a transaction (otherwise it loads the whole result), and the snapshot
 * keeps the files consistent (a comment never refers to a proposal the same export lacks). The
 * caller's stream is flushed, never closed. An unknown slug throws
 * {@link de.kokreation.shared.NotFoundException} before the first byte is written.
 */
@Service
public class OpenDataExport {

    private static final JsonFactory JSON =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final ConsultationService consultations;
    private final PublicContent content;
    private final InstallationKey installationKey;
    private final OpenDataLinks links;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final OpenDataTerms terms;
    private final RecentVersions recentVersions;

    OpenDataExport(
            ConsultationService consultations,
            PublicContent content,
            InstallationKey installationKey,
            OpenDataLinks links,
            PlatformTransactionManager transactions,
            Clock clock,
            OpenDataTerms terms,
            @org.springframework.beans.factory.annotation.Value("${kokreation.open-data.version-kept:PT5S}")
                    java.time.Duration versionKept) {
        this.terms = terms;
        this.recentVersions = new RecentVersions(clock, versionKept);
        this.consultations = consultations;
        this.content = content;
        this.installationKey = installationKey;
        this.links = links;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Throws {@link de.kokreation.shared.NotFoundException} when there is no consultation {@code slug}. */
    public void requireConsultation(String slug) {
        consultations.getConsultation(slug);
    }

    /**
     * What the consultation's files depend on, as one string: the consultation as listed (its
     * phase decides whether drafts show), the owners' fingerprints of its content, deleted
     * accounts (their pseudonyms go) and the licence. Equal strings, equal files: an ETag.
     */
    public String version(String slug) {
        // an unknown slug throws before anything is kept
        ConsultationDetails details = consultations.getConsultation(slug);
        return recentVersions.of(slug, () -> details + "|" + content.fingerprint(details) + "|" + terms.fingerprint());
    }

    /** What the list of consultations depends on: every consultation as listed, and the licence. */
    public String listVersion() {
        return consultations.listConsultations() + "|" + terms.fingerprint();
    }

    /** All consultations, newest first, with their phase, timeline and the addresses of their files. */
    public void writeConsultationsJson(OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty("schema", links.schema(OpenDataLinks.CONSULTATIONS_SCHEMA));
            ExportJson.instant(json, "generatedAt", clock.instant());
            ExportJson.licence(json, terms);
            json.writeArrayPropertyStart("consultations");
            for (ConsultationSummary consultation : consultations.listConsultations()) {
                ExportJson.consultationEntry(json, consultation, links);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** One JSON object: the consultation, then its proposals, comments, drafts and draft comments. */
    public void writeExportJson(String slug, OutputStream out) {
        export(slug, export -> {
            try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
                    WriteBehind writes = new WriteBehind()) {
                PublicContent.DraftLinks draftLinks = draftLinks(export);
                writes.submit(() -> {
                    json.writeStartObject();
                    json.writeStringProperty("schema", links.schema(OpenDataLinks.EXPORT_SCHEMA));
                    ExportJson.instant(json, "generatedAt", clock.instant());
                    ExportJson.licence(json, terms);
                    ExportJson.consultation(
                            json,
                            export.details().consultation(),
                            export.details().themeGroups(),
                            links);
                    json.writeArrayPropertyStart("proposals");
                });
                content.proposals(
                        export.details(),
                        export.authors(),
                        draftLinks,
                        p -> writes.submit(() -> ExportJson.proposal(json, p)));
                writes.submit(() -> {
                    json.writeEndArray();
                    json.writeArrayPropertyStart("comments");
                });
                content.comments(
                        export.details(), export.authors(), c -> writes.submit(() -> ExportJson.comment(json, c)));
                writes.submit(() -> {
                    json.writeEndArray();
                    json.writeArrayPropertyStart("drafts");
                });
                if (export.showsDrafts()) {
                    content.drafts(export.details(), draftLinks)
                            .forEach(d -> writes.submit(() -> ExportJson.draft(json, d)));
                }
                writes.submit(() -> {
                    json.writeEndArray();
                    json.writeArrayPropertyStart("draftComments");
                });
                if (export.showsDrafts()) {
                    content.draftComments(
                            export.details(),
                            export.authors(),
                            c -> writes.submit(() -> ExportJson.draftComment(json, c)));
                }
                writes.submit(() -> {
                    json.writeEndArray();
                    json.writeEndObject();
                });
                writes.finish();
            }
        });
    }

    public void writeProposalsCsv(String slug, OutputStream out) {
        export(slug, export -> {
            ExportCsv csv = ExportCsv.proposals(out);
            PublicContent.DraftLinks draftLinks = draftLinks(export);
            WriteBehind.pipe(
                    rows -> content.proposals(export.details(), export.authors(), draftLinks, rows), csv::proposal);
            csv.finish();
        });
    }

    public void writeCommentsCsv(String slug, OutputStream out) {
        export(slug, export -> {
            ExportCsv csv = ExportCsv.comments(out);
            WriteBehind.pipe(rows -> content.comments(export.details(), export.authors(), rows), csv::comment);
            csv.finish();
        });
    }

    public void writeDraftsCsv(String slug, OutputStream out) {
        export(slug, export -> {
            ExportCsv csv = ExportCsv.drafts(out);
            if (export.showsDrafts()) {
                content.drafts(export.details(), draftLinks(export)).forEach(csv::draft);
            }
            csv.finish();
        });
    }

    public void writeDraftCommentsCsv(String slug, OutputStream out) {
        export(slug, export -> {
            ExportCsv csv = ExportCsv.draftComments(out);
            if (export.showsDrafts()) {
                WriteBehind.pipe(
                        rows -> content.draftComments(export.details(), export.authors(), rows), csv::draftComment);
            }
            csv.finish();
        });
    }

    private PublicContent.DraftLinks draftLinks(Export export) {
        return export.showsDrafts() ? content.draftLinks(export.details()) : PublicContent.DraftLinks.NONE;
    }

    private void export(String slug, Consumer<Export> writer) {
        ConsultationDetails details = consultations.getConsultation(slug);
        long id = details.consultation().id();
        // The key is read (or created) before the read-only transaction starts: creating it writes.
        AuthorPseudonyms.Scope authors = AuthorPseudonyms.forConsultation(installationKey.get(), id);
        Export export = new Export(
                details, authors, details.consultation().currentPhase().showsDrafts());
        readOnly.executeWithoutResult(status -> {
            // Read in the export's snapshot, like everything it writes.
            authors.leaveOut(content.deletedAccounts());
            writer.accept(export);
        });
    }

    /**
     * One export in progress. Drafts are public only from the draft-commenting phase on, as on the
     * site; before that the draft parts stay empty.
     */
    private record Export(ConsultationDetails details, AuthorPseudonyms.Scope authors, boolean showsDrafts) {

        long id() {
            return details.consultation().id();
        }
    }
}
