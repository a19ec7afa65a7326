package de.kokreation.opendata;

import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.Permalinks;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The open-data endpoints under {@code /api/v1}: read-only, for everyone (see the web security
 * configuration), callable from other sites' scripts (CORS). Thin: {@link OpenDataExport} writes,
 * this class names the files and maps an unknown consultation to a small 404 JSON body.
 */
@RestController
@RequestMapping(Permalinks.OPEN_DATA_API)
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class OpenDataController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType JSON_SCHEMA = MediaType.parseMediaType("application/schema+json");

    private final OpenDataExport export;
    private final PlanOpenData plans;

    OpenDataController(OpenDataExport export, PlanOpenData plans) {
        this.export = export;
        this.plans = plans;
    }

    @GetMapping("/action-plans")
    ResponseEntity<StreamingResponseBody> actionPlans() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(plans::writePlansJson);
    }

    @GetMapping("/action-plans/{slug}/" + PlanOpenData.PLAN_JSON)
    ResponseEntity<StreamingResponseBody> planJson(@PathVariable String slug) {
        return planFile(slug, PlanOpenData.PLAN_JSON, MediaType.APPLICATION_JSON, plans::writePlanJson);
    }

    @GetMapping("/action-plans/{slug}/" + PlanOpenData.COMMITMENTS_CSV)
    ResponseEntity<StreamingResponseBody> planCommitmentsCsv(@PathVariable String slug) {
        return planFile(slug, PlanOpenData.COMMITMENTS_CSV, CSV, plans::writeCommitmentsCsv);
    }

    @GetMapping("/action-plans/{slug}/" + PlanOpenData.MILESTONES_CSV)
    ResponseEntity<StreamingResponseBody> planMilestonesCsv(@PathVariable String slug) {
        return planFile(slug, PlanOpenData.MILESTONES_CSV, CSV, plans::writeMilestonesCsv);
    }

    @GetMapping("/action-plans/{slug}/" + PlanOpenData.REPORTS_CSV)
    ResponseEntity<StreamingResponseBody> planReportsCsv(@PathVariable String slug) {
        return planFile(slug, PlanOpenData.REPORTS_CSV, CSV, plans::writeReportsCsv);
    }

    @GetMapping("/consultations")
    ResponseEntity<StreamingResponseBody> consultations() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(export::writeConsultationsJson);
    }

    @GetMapping("/consultations/{slug}/" + OpenDataLinks.EXPORT_JSON)
    ResponseEntity<StreamingResponseBody> exportJson(@PathVariable String slug) {
        return file(slug, OpenDataLinks.EXPORT_JSON, MediaType.APPLICATION_JSON, export::writeExportJson);
    }

    @GetMapping("/consultations/{slug}/" + OpenDataLinks.PROPOSALS_CSV)
    ResponseEntity<StreamingResponseBody> proposalsCsv(@PathVariable String slug) {
        return file(slug, OpenDataLinks.PROPOSALS_CSV, CSV, export::writeProposalsCsv);
    }

    @GetMapping("/consultations/{slug}/" + OpenDataLinks.COMMENTS_CSV)
    ResponseEntity<StreamingResponseBody> commentsCsv(@PathVariable String slug) {
        return file(slug, OpenDataLinks.COMMENTS_CSV, CSV, export::writeCommentsCsv);
    }

    @GetMapping("/consultations/{slug}/" + OpenDataLinks.DRAFTS_CSV)
    ResponseEntity<StreamingResponseBody> draftsCsv(@PathVariable String slug) {
        return file(slug, OpenDataLinks.DRAFTS_CSV, CSV, export::writeDraftsCsv);
    }

    @GetMapping("/consultations/{slug}/" + OpenDataLinks.DRAFT_COMMENTS_CSV)
    ResponseEntity<StreamingResponseBody> draftCommentsCsv(@PathVariable String slug) {
        return file(slug, OpenDataLinks.DRAFT_COMMENTS_CSV, CSV, export::writeDraftCommentsCsv);
    }

    @GetMapping("/schema/{name:export|consultations|action-plans|action-plan}.schema.json")
    ResponseEntity<Resource> schema(@PathVariable String name) {
        return ResponseEntity.ok()
                .contentType(JSON_SCHEMA)
                .body(new ClassPathResource("opendata/" + name + ".schema.json"));
    }

    /** An unknown consultation: a small JSON answer, no stack trace, no echo of the request. */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 404, "error", "not_found", "message", "Nothing published with this slug."));
    }

    /** A file of a published plan, looked up before streaming starts (an unknown slug gets its 404). */
    private ResponseEntity<StreamingResponseBody> planFile(
            String slug, String fileName, MediaType type, BiConsumer<String, OutputStream> writer) {
        plans.requirePlan(slug);
        return download(slug, fileName, type, writer);
    }

    /**
     * A download named {@code {slug}-{file}}. The consultation is looked up before streaming
     * starts, so that an unknown slug still gets its 404 (once streaming runs, the status is sent).
     */
    private ResponseEntity<StreamingResponseBody> file(
            String slug, String fileName, MediaType type, BiConsumer<String, OutputStream> writer) {
        export.requireConsultation(slug);
        return download(slug, fileName, type, writer);
    }

    private static ResponseEntity<StreamingResponseBody> download(
            String slug, String fileName, MediaType type, BiConsumer<String, OutputStream> writer) {
        ContentDisposition disposition = (CSV.equals(type)
                        ? ContentDisposition.attachment()
                        : ContentDisposition.inline())
                .filename(slug + "-" + fileName)
                .build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(out -> writer.accept(slug, out));
    }
}
