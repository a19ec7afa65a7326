package de.kokreation.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.moderation.ContentModeration;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.ResponseService;
import de.kokreation.proposal.VoteService;
import de.kokreation.voting.VoteDirection;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The platform as a citizen of the open web, over real HTTP as an anonymous visitor: validators
 * and 304s, compression, 404s for unknown pages and ids, the sitemap, robots.txt and icons, the
 * Atom feeds read by a feed reader (ROME), the phase calendar read by a calendar library
 * (biweekly), the DCAT-AP.de catalogue validated with SHACL (Apache Jena), the limit on running
 * downloads, and each page's first HTML as search engines and link previews read it.
 */
@IntegrationTest
@Tag("database")
class OpenWebTest {

    private static final String BASE = "https://kokreation.test";
    private static final String TITLE = "Offene Fahrpläne für Busse und Bahnen in Gemeinden";
    private static final String BODY =
            "Alle **Verkehrsverbünde** veröffentlichen ihre Fahrpläne als offene Daten, täglich aktuell.";
    private static final String HIDDEN = "Versteckt Geheimwort-Zulu";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    ResponseService responses;

    @Autowired
    VoteService votes;

    @Autowired
    ContentModeration moderation;

    @Autowired
    DownloadSlots slots;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String slug;
    private ThemeGroupSummary group;
    private long proposal;
    private long answered;
    private long hidden;

    @BeforeEach
    void setUp() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        slug = consultation.consultation().slug();
        group = consultation.themeGroups().getFirst();
        UserAccount author = fixtures.citizen();
        UserAccount lead = fixtures.leadOf(group, "Leitung " + Fixtures.next());
        proposal = fixtures.as(author, () -> proposals.submit(group.id(), new ProposalDraft(TITLE, BODY)));
        answered = fixtures.proposal(group, author, "Ein Vorschlag, der eine Antwort bekommt");
        hidden = fixtures.proposal(group, author, HIDDEN);
        fixtures.as(lead, () -> {
            responses.respond(answered, ResponseOutcome.ADOPTED, "Wird in den Entwurf übernommen.");
            moderation.hideProposal(hidden, "Beleidigend");
            return null;
        });
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void aFileTheClientHasIsA304UntilSomethingInItChanges() throws Exception {
        for (String path : List.of(
                "/api/v1/consultations",
                "/api/v1/consultations/" + slug + "/export.json",
                "/api/v1/consultations/" + slug + "/proposals.csv")) {
            HttpResponse<String> first = get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(cache -> assertThat(cache).contains("public", "max-age=60"));

            HttpResponse<String> again = get(path, "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
        String exportPath = "/api/v1/consultations/" + slug + "/export.json";
        String before = get(exportPath).headers().firstValue("ETag").orElseThrow();
        fixtures.as(fixtures.citizen(), () -> votes.cast(proposal, VoteDirection.FOR));
        HttpResponse<String> afterVote = get(exportPath, "If-None-Match", before);
        assertThat(afterVote.statusCode())
                .as("a vote changes the counts in the file")
                .isEqualTo(200);
        assertThat(afterVote.headers().firstValue("ETag")).isNotEqualTo(Optional.of(before));
    }

    @Test
    void dataAndPagesAreCompressedForClientsThatAcceptGzip() throws Exception {
        for (String path : List.of("/api/v1/consultations/" + slug + "/export.json", "/", "/api/v1/catalog.ttl")) {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Accept-Encoding", "gzip")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(path)
                    .contains("gzip");
            String text;
            try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                text = new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(text).as(path).isNotBlank();
            if (path.endsWith("export.json")) {
                assertThat(text).contains(TITLE);
            }
        }
    }

    @Test
    void unknownPagesAndIdsAre404sWithTheFriendlyPageAndTheInterfaceNeverStartsASession() throws Exception {
        for (String path : List.of(
                "/vorschlaege/987654321",
                "/vorschlaege/keine-zahl",
                "/konsultationen/gibt-es-nicht",
                "/konsultationen/" + slug + "/themen/gibt-es-nicht",
                "/entwuerfe/987654321",
                "/veranstaltungen/987654321",
                "/aktionsplaene/gibt-es-nicht",
                "/diese/seite/gibt/es/nicht")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            Document html = Jsoup.parse(page.body());
            assertThat(html.title()).as(path).startsWith("Seite nicht gefunden");
            assertThat(html.select("meta[name=robots]").attr("content")).contains("noindex");
        }
        for (String path : List.of("/api/v1/gibt-es-nicht", "/api/v1/consultations/" + slug + "/nichts.csv")) {
            HttpResponse<String> missing = get(path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).contains("\"error\":\"not_found\"");
            assertThat(missing.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(get("/vorschlaege/" + proposal).statusCode()).isEqualTo(200);
    }

    @Test
    void aProposalsFirstHtmlCarriesItsTitleExcerptCanonicalAddressAndPreviewTags() throws Exception {
        Document html = Jsoup.parse(get("/vorschlaege/" + proposal).body());

        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(html.title()).isEqualTo(TITLE + " – Kokreation");
        assertThat(meta(html, "name", "description")).startsWith("Alle Verkehrsverbünde veröffentlichen");
        assertThat(meta(html, "property", "og:title")).isEqualTo(TITLE + " – Kokreation");
        assertThat(meta(html, "property", "og:type")).isEqualTo("article");
        assertThat(meta(html, "property", "og:url")).isEqualTo(BASE + "/vorschlaege/" + proposal);
        assertThat(meta(html, "property", "og:image")).isEqualTo(BASE + "/icons/og-image.png");
        assertThat(meta(html, "name", "twitter:card")).isEqualTo("summary");
        assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/vorschlaege/" + proposal);
        assertThat(html.select("link[rel=alternate][hreflang=en]").attr("href"))
                .isEqualTo(BASE + "/vorschlaege/" + proposal + "?lang=en");
        assertThat(html.select("meta[name=robots]")).isEmpty();

        Document english =
                Jsoup.parse(get("/vorschlaege/" + proposal + "?lang=en").body());
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("link[rel=canonical]").attr("href")).endsWith("?lang=en");

        HttpResponse<String> hiddenPage = get("/vorschlaege/" + hidden);
        assertThat(hiddenPage.statusCode())
                .as("the page exists for its moderators")
                .isEqualTo(200);
        assertThat(hiddenPage.body()).doesNotContain("Geheimwort-Zulu");
        assertThat(meta(Jsoup.parse(hiddenPage.body()), "name", "robots")).contains("noindex");

        Document consultationPage = Jsoup.parse(get("/konsultationen/" + slug).body());
        assertThat(consultationPage
                        .select("link[rel=alternate][type=application/atom+xml]")
                        .attr("href"))
                .isEqualTo(BASE + "/api/v1/feeds/consultations/" + slug + ".atom");
        assertThat(consultationPage
                        .select("link[rel=alternate][type=text/calendar]")
                        .attr("href"))
                .isEqualTo(BASE + "/api/v1/calendar/consultations/" + slug + ".ics");
    }

    @Test
    void theSitemapIndexListsPagedSitemapsOfThePublicPagesOnly() throws Exception {
        HttpResponse<String> index = get("/sitemap.xml");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Set-Cookie")).isEmpty();
        List<String> sitemaps = Jsoup.parse(index.body(), "", org.jsoup.parser.Parser.xmlParser())
                .select("sitemap > loc")
                .eachText();
        assertThat(sitemaps).contains(BASE + "/sitemaps/pages.xml");
        String proposalsSitemap = BASE + "/sitemaps/proposals-" + proposal / Sitemaps.PROPOSALS_PER_SITEMAP + ".xml";
        assertThat(sitemaps).contains(proposalsSitemap);

        List<String> pages = locations(get("/sitemaps/pages.xml").body());
        assertThat(pages)
                .contains(
                        BASE + "/konsultationen/" + slug, BASE + "/konsultationen/" + slug + "/themen/" + group.slug());
        List<String> proposalPages =
                locations(get(proposalsSitemap.substring(BASE.length())).body());
        assertThat(proposalPages)
                .contains(BASE + "/vorschlaege/" + proposal)
                .doesNotContain(BASE + "/vorschlaege/" + hidden);
        assertThat(get("/sitemaps/proposals-999999.xml").statusCode()).isEqualTo(404);

        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.body())
                .contains("Disallow: /admin", "Disallow: /moderation", "Sitemap: " + BASE + "/sitemap.xml");
        HttpResponse<byte[]> favicon = http.send(
                HttpRequest.newBuilder(uri("/favicon.ico")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.body()).startsWith(0, 0, 1, 0);
        assertThat(get("/icons/icon-192.png").statusCode()).isEqualTo(200);
        assertThat(get("/manifest.webmanifest").body()).contains("\"icons\"");
    }

    @Test
    void theFeedsOfAConsultationAndAThemeGroupReadInAFeedReader() throws Exception {
        for (String path : List.of(
                "/api/v1/feeds/consultations/" + slug + ".atom",
                "/api/v1/feeds/consultations/" + slug + "/themes/" + group.slug() + ".atom")) {
            HttpResponse<byte[]> response =
                    http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
            SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body())));
            assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
            List<String> titles =
                    feed.getEntries().stream().map(SyndEntry::getTitle).toList();
            assertThat(titles)
                    .contains(
                            "Neuer Vorschlag: " + TITLE,
                            "Antwort (übernommen): Ein Vorschlag, der eine Antwort bekommt");
            assertThat(titles).noneMatch(title -> title.contains("Geheimwort"));
            SyndEntry newest = feed.getEntries().stream()
                    .filter(entry -> entry.getTitle().endsWith(TITLE))
                    .findFirst()
                    .orElseThrow();
            assertThat(newest.getLink()).isEqualTo(BASE + "/vorschlaege/" + proposal);
            String etag = response.headers().firstValue("ETag").orElseThrow();
            assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        }
        assertThat(get("/api/v1/feeds/consultations/gibt-es-nicht.atom").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theConsultationsCalendarHoldsItsPhasesAsWholeDays() throws Exception {
        HttpResponse<String> response = get("/api/v1/calendar/consultations/" + slug + ".ics");
        assertThat(response.statusCode()).isEqualTo(200);
        ICalendar calendar = Biweekly.parse(response.body()).first();
        List<VEvent> phases = calendar.getEvents().stream()
                .filter(event -> event.getUid().getValue().startsWith("consultation-"))
                .toList();
        assertThat(phases).hasSize(4);
        VEvent collecting = phases.get(1);
        assertThat(collecting.getSummary().getValue()).startsWith("Vorschläge sammeln – ");
        assertThat(collecting.getDateStart().getValue().hasTime()).isFalse();
        LocalDate today = LocalDate.now(de.kokreation.shell.Formats.ZONE);
        LocalDate firstDay = collecting
                .getDateStart()
                .getValue()
                .toInstant()
                .atZone(java.time.ZoneId.systemDefault())
                .toLocalDate();
        assertThat(firstDay).isEqualTo(today.minusDays(5));
    }

    @Test
    void theCatalogueIsDcatApDeAndTheSameGraphInTurtleAndJsonLd() throws Exception {
        HttpResponse<String> turtle = get("/api/v1/catalog.ttl");
        HttpResponse<String> jsonLd = get("/api/v1/catalog.jsonld");
        assertThat(turtle.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/turtle"));
        Model fromTurtle = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body()).lang(Lang.TURTLE).parse(fromTurtle);
        Model fromJsonLd = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonLd.body()).lang(Lang.JSONLD).parse(fromJsonLd);
        assertThat(fromTurtle.isIsomorphicWith(fromJsonLd)).isTrue();
        assertThat(turtle.body())
                .contains("<" + BASE + "/api/v1/consultations/" + slug + "/proposals.csv>")
                .contains("<http://dcat-ap.de/def/licenses/dl-by-de/2.0>");

        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("dcat/kokreation-dcat-ap-de-shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, fromTurtle.getGraph());
        assertThat(messages(report)).isEmpty();

        // A broken catalogue must fail: the shapes are not empty words.
        Model broken = ModelFactory.createDefaultModel().add(fromTurtle);
        broken.removeAll(null, broken.createProperty("http://purl.org/dc/terms/license"), null);
        assertThat(ShaclValidator.get().validate(shapes, broken.getGraph()).conforms())
                .isFalse();
    }

    /**
     * The official DCAT-AP.de 3.0 shapes (GovData's validator profile), where an operator has them:
     * {@code -Dkokreation.dcat.official-shapes=DIR} with the profile's five shape files and, as
     * data, the licence list and the vocabulary entries the catalogue names (the shapes check
     * {@code skos:inScheme} in the data graph). Not committed: they are GovData's, not ours.
     */
    @Test
    void theCatalogueHasNoViolationOfTheOfficialShapesWhereTheyAreGiven() throws Exception {
        String directory = System.getProperty("kokreation.dcat.official-shapes");
        org.junit.jupiter.api.Assumptions.assumeTrue(directory != null, "no official shapes given");
        java.nio.file.Path dir = java.nio.file.Path.of(directory);
        Model shapesModel = ModelFactory.createDefaultModel();
        for (String file : List.of(
                "dcat-ap-SHACL.ttl",
                "dcat-ap-SHACL-DE.ttl",
                "dcat-ap-spec-german-additions.ttl",
                "dcat-ap-de-controlledvocabularies.ttl",
                "dcat-ap-de-deprecated.ttl")) {
            RDFDataMgr.read(shapesModel, dir.resolve(file).toString());
        }
        Model data = ModelFactory.createDefaultModel();
        RDFParser.fromString(get("/api/v1/catalog.ttl").body())
                .lang(Lang.TURTLE)
                .parse(data);
        try (java.util.stream.Stream<java.nio.file.Path> vocabularies = java.nio.file.Files.list(dir)) {
            vocabularies
                    .filter(path -> path.getFileName()
                            .toString()
                            .matches("(vocab-licenses-open\\.rdf|LOCAL-STUB.*|mirror-vcard\\.ttl)"))
                    .forEach(path -> RDFDataMgr.read(data, path.toString()));
        }
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesModel.getGraph()), data.getGraph());
        List<String> violations = report.getEntries().stream()
                .filter(entry -> entry.severity().level().getURI().endsWith("Violation"))
                .map(ReportEntry::toString)
                .toList();
        System.out.println("DCAT-AP.de official shapes: " + report.getEntries().size() + " results, "
                + violations.size() + " violations");
        report.getEntries().forEach(entry -> System.out.println("  " + entry));
        assertThat(violations).isEmpty();
        Model broken = ModelFactory.createDefaultModel().add(data);
        broken.removeAll(null, broken.createProperty("http://purl.org/dc/terms/license"), null);
        assertThat(ShaclValidator.get()
                        .validate(Shapes.parse(shapesModel.getGraph()), broken.getGraph())
                        .conforms())
                .as("the official shapes miss a licence")
                .isFalse();
    }

    @Test
    void aClientRunningAllItsDownloadsGetsA429WithRetryAfter() throws Exception {
        List<DownloadSlots.Slot> held = new ArrayList<>();
        try {
            for (int i = 0; i < slots.perClient(); i++) {
                held.add(slots.take("127.0.0.1").orElseThrow());
            }
            HttpResponse<String> refused = get("/api/v1/consultations/" + slug + "/proposals.csv");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).contains("10");
            assertThat(refused.body()).contains("too_many_requests");
            assertThat(get("/api/v1/consultations").statusCode())
                    .as("small answers are not limited")
                    .isEqualTo(200);
        } finally {
            held.forEach(DownloadSlots.Slot::close);
        }
        assertThat(get("/api/v1/consultations/" + slug + "/proposals.csv").statusCode())
                .isEqualTo(200);
        assertThat(slots.take("127.0.0.1"))
                .as("the finished download gave its slot back")
                .isPresent()
                .get()
                .satisfies(DownloadSlots.Slot::close);
    }

    private static List<String> messages(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).toList();
    }

    private static List<String> locations(String sitemap) {
        return Jsoup.parse(sitemap, "", org.jsoup.parser.Parser.xmlParser())
                .select("url > loc")
                .eachText();
    }

    private static String meta(Document html, String attribute, String name) {
        return html.select("meta[" + attribute + "=" + name + "]").attr("content");
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
