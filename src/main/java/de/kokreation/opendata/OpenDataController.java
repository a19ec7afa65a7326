package de.kokreation.opendata;

import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.OpenDataTerms;
import de.kokreation.shared.Permalinks;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.context.request.WebRequest;
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
    private static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");
    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");

    /** Seconds a client over its limit of running downloads is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 10;

    private final OpenDataExport export;
    private final PlanOpenData plans;
    private final DownloadSlots slots;
    private final OpenDataTerms terms;
    private final Catalogue catalogue;

    OpenDataController(
            OpenDataExport export, PlanOpenData plans, DownloadSlots slots, OpenDataTerms terms, Catalogue catalogue) {
        this.catalogue = catalogue;
        this.export = export;
        this.plans = plans;
        this.slots = slots;
        this.terms = terms;
    }

    @GetMapping("/action-plans")
    ResponseEntity<StreamingResponseBody> actionPlans(WebRequest request) {
        return list(plans.listVersion(), plans::writePlansJson, request);
    }

    @GetMapping("/action-plans/{slug}/" + PlanOpenData.PLAN_JSON)
    ResponseEntity<StreamingResponseBody> planJson(
            @PathVariable String slug, WebRequest request, HttpServletRequest client) {
        return file(
                slug,
                plans.version(slug),
                PlanOpenData.PLAN_JSON,
                MediaType.APPLICATION_JSON,
                plans::writePlanJson,
                request,
                client);
    }

    @GetMapping("/action-plans/{slug}/" + PlanOpenData.COMMITMENTS_CSV)
    ResponseEntity<StreamingResponseBody> planCommitmentsCsv(
            @PathVariable String slug, WebRequest request, HttpServletRequest client) {
        return file(
                slug,
                plans.version(slug),
                PlanOpenData.COMMITMENTS_CSV,
                CSV,
                plans::writeCommitmentsCsv,
                request,
                client);
    }

    @GetMapping("/action-plans/{slug}/" + PlanOpenData.MILESTONES_CSV)
    ResponseEntity<StreamingResponseBody> planMilestonesCsv(
            @PathVariable String slug, WebRequest request, HttpServletRequest client) {
        return file(
                slug,
                plans.version(slug),
                PlanOpenData.MILESTONES_CSV,
                CSV,
                plans::writeMilestonesCsv,
                request,
                client);
    }

    @GetMapping("/action-plans/{slug}/" + PlanOpenData.REPORTS_CSV)
    ResponseEntity<StreamingResponseBody> planReportsCsv(
            @PathVariable String slug, WebRequest request, HttpServletRequest client) {
        return file(slug, plans.version(slug), PlanOpenData.REPORTS_CSV, CSV, plans::writeReportsCsv, request, client);
    }

    @GetMapping("/consultations")
    ResponseEntity<StreamingResponseBody> consultations(WebRequest request) {
        return list(export.listVersion(), export::writeConsultationsJson, request);
    }

    @GetMapping("/consultations/{slug}/" + OpenDataLinks.EXPORT_JSON)
    ResponseEntity<StreamingResponseBody> exportJson(
            @PathVariable String slug, WebRequest request, HttpServletRequest client) {
        return file(
                slug,
                export.version(slug),
                OpenDataLinks.EXPORT_JSON,
                MediaType.APPLICATION_JSON,
                export::writeExportJson,
                request,
                client);
    }

    @GetMapping("/consultations/{slug}/" + OpenDataLinks.PROPOSALS_CSV)
    ResponseEntity<StreamingResponseBody> proposalsCsv(
            @PathVariable String slug, WebRequest request, HttpServletRequest client) {
        return file(
                slug,
                export.version(slug),
                OpenDataLinks.PROPOSALS_CSV,
                CSV,
                export::writeProposalsCsv,
                request,
                client);
    }

    @GetMapping("/consultations/{slug}/" + OpenDataLinks.COMMENTS_CSV)
    ResponseEntity<StreamingResponseBody> commentsCsv(
            @PathVariable String slug, WebRequest request, HttpServletRequest client) {
        return file(
                slug, export.version(slug), OpenDataLinks.COMMENTS_CSV, CSV, export::writeCommentsCsv, request, client);
    }

    @GetMapping("/consultations/{slug}/" + OpenDataLinks.DRAFTS_CSV)
    ResponseEntity<StreamingResponseBody> draftsCsv(
            @PathVariable String slug, WebRequest request, HttpServletRequest client) {
        return file(slug, export.version(slug), OpenDataLinks.DRAFTS_CSV, CSV, export::writeDraftsCsv, request, client);
    }

    @GetMapping("/consultations/{slug}/" + OpenDataLinks.DRAFT_COMMENTS_CSV)
    ResponseEntity<StreamingResponseBody> draftCommentsCsv(
            @PathVariable String slug, WebRequest request, HttpServletRequest client) {
        return file(
                slug,
                export.version(slug),
                OpenDataLinks.DRAFT_COMMENTS_CSV,
                CSV,
                export::writeDraftCommentsCsv,
                request,
                client);
    }

    /** The DCAT-AP.de catalogue of the consultations' open data, in Turtle: what GovData harvests. */
    @GetMapping("/catalog.ttl")
    ResponseEntity<String> catalogueTurtle(WebRequest request) {
        return small(catalogue.graph().turtle(), TURTLE, request);
    }

    /** The same catalogue in JSON-LD (expanded form: no context to fetch). */
    @GetMapping("/catalog.jsonld")
    ResponseEntity<String> catalogueJsonLd(WebRequest request) {
        return small(catalogue.graph().jsonLd(), JSON_LD, request);
    }

    /** The OpenAPI 3.1 description of this interface; its schemas are the files under {@code schema/}. */
    @GetMapping("/openapi.json")
    ResponseEntity<Resource> openApi() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(HttpValidators.PUBLIC_DATA)
                .body(new ClassPathResource("opendata/openapi.json"));
    }

    /** A small answer made in memory: its validator is the hash of its content. */
    private static ResponseEntity<String> small(String content, MediaType type, WebRequest request) {
        String etag = HttpValidators.etag(content);
        if (request.checkNotModified(etag)) {
            return HttpValidators.notModified(etag);
        }
        return ResponseEntity.ok()
                .contentType(type)
                .eTag(etag)
                .cacheControl(HttpValidators.PUBLIC_DATA)
                .body(content);
    }

    @GetMapping("/schema/{name:export|consultations|action-plans|action-plan}.schema.json")
    ResponseEntity<Resource> schema(@PathVariable String name) {
        return ResponseEntity.ok()
                .contentType(JSON_SCHEMA)
                .body(new ClassPathResource("opendata/" + name + ".schema.json"));
    }

    /**
     * Any other address under {@code /api/v1}: the same 404 answer as an unknown slug, from here
     * rather than from the page servlet, which would start a session and answer with a page.
     */
    @RequestMapping("/**")
    ResponseEntity<Map<String, Object>> unknownAddress() {
        return notFound();
    }

    /** An unknown consultation: a small JSON answer, no stack trace, no echo of the request. */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound() {
        return notFoundAnswer();
    }

    static ResponseEntity<Map<String, Object>> notFoundAnswer() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 404, "error", "not_found", "message", "Nothing published with this slug."));
    }

    /** A list (consultations, plans): small, streamed, with its validator. */
    private ResponseEntity<StreamingResponseBody> list(String version, StreamingResponseBody body, WebRequest request) {
        String etag = HttpValidators.etag(version);
        if (request.checkNotModified(etag)) {
            return HttpValidators.notModified(etag);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(etag)
                .cacheControl(HttpValidators.PUBLIC_DATA)
                .header(HttpHeaders.LINK, licenceLink())
                .body(body);
    }

    /**
     * A download named {@code {slug}-{file}} of a consultation or a published plan at its
     * {@code version}. The caller looks the slug up for the version, before streaming starts, so
     * that an unknown slug still gets its 404 (once streaming runs, the status is sent); a client
     * that has the file as it stands gets a 304 without it.
     */
    private ResponseEntity<StreamingResponseBody> file(
            String slug,
            String version,
            String fileName,
            MediaType type,
            BiConsumer<String, OutputStream> writer,
            WebRequest request,
            HttpServletRequest client) {
        String etag = HttpValidators.etag(version + "|" + fileName);
        if (request.checkNotModified(etag)) {
            return HttpValidators.notModified(etag);
        }
        return download(
                slug, fileName, type, writer, client, ResponseEntity.ok().eTag(etag));
    }

    /**
     * Streams a large file while the client holds one of its download slots; a client whose
     * slots are all in use gets 429 with {@code Retry-After} instead of another stream.
     */
    private ResponseEntity<StreamingResponseBody> download(
            String slug,
            String fileName,
            MediaType type,
            BiConsumer<String, OutputStream> writer,
            HttpServletRequest client,
            ResponseEntity.BodyBuilder answer) {
        Optional<DownloadSlots.Slot> slot = slots.take(client.getRemoteAddr());
        if (slot.isEmpty()) {
            return tooManyDownloads();
        }
        ContentDisposition disposition = (CSV.equals(type)
                        ? ContentDisposition.attachment()
                        : ContentDisposition.inline())
                .filename(slug + "-" + fileName)
                .build();
        DownloadSlots.Slot held = slot.get();
        try {
            return answer.contentType(type)
                    .cacheControl(HttpValidators.PUBLIC_DATA)
                    .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                    .header(HttpHeaders.LINK, licenceLink())
                    .body(out -> {
                        try (held) {
                            writer.accept(slug, out);
                        }
                    });
        } catch (RuntimeException beforeStreaming) {
            held.close();
            throw beforeStreaming;
        }
    }

    private ResponseEntity<StreamingResponseBody> tooManyDownloads() {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(out -> out.write(("{\"status\":429,\"error\":\"too_many_requests\","
                                + "\"message\":\"At most " + slots.perClient()
                                + " large downloads at once per client; try again in " + RETRY_AFTER_SECONDS
                                + " seconds.\"}")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    /** The licence as a typed link (RFC 8288), so that a CSV file's download states it too. */
    private String licenceLink() {
        return "<" + terms.licence().url() + ">; rel=\"license\"";
    }
}
