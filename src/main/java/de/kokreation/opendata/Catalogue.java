package de.kokreation.opendata;

import static de.kokreation.opendata.RdfGraph.iri;
import static de.kokreation.opendata.RdfGraph.plain;
import static de.kokreation.opendata.RdfGraph.text;
import static de.kokreation.opendata.RdfGraph.typed;

import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.reads.PublicProposals;
import de.kokreation.shared.OpenDataTerms;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.RichText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The installation's open data as a DCAT-AP.de 3.0 catalogue, for GovData and other portals to
 * harvest: one dataset per consultation, its JSON export and CSV files as distributions, with the
 * licence, the publisher and a contact, the consultation's time span (first to last day of its
 * phases) and region (the Land by its key in DCAT-AP.de's political geocoding, Germany for a
 * federal consultation). Written as Turtle and as JSON-LD from one graph.
 */
@Component
class Catalogue {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String DCATDE = "http://dcat-ap.de/def/dcatde/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String GEOCODING = "http://dcat-ap.de/def/politicalGeocoding/";

    /** The Länder by name (as consultations name their region) and their key (AGS). */
    private static final Map<String, String> STATE_KEYS = Map.ofEntries(
            Map.entry("schleswig-holstein", "01"),
            Map.entry("hamburg", "02"),
            Map.entry("niedersachsen", "03"),
            Map.entry("bremen", "04"),
            Map.entry("nordrhein-westfalen", "05"),
            Map.entry("hessen", "06"),
            Map.entry("rheinland-pfalz", "07"),
            Map.entry("baden-württemberg", "08"),
            Map.entry("bayern", "09"),
            Map.entry("saarland", "10"),
            Map.entry("berlin", "11"),
            Map.entry("brandenburg", "12"),
            Map.entry("mecklenburg-vorpommern", "13"),
            Map.entry("sachsen", "14"),
            Map.entry("sachsen-anhalt", "15"),
            Map.entry("thüringen", "16"));

    private static final List<String> FEDERAL = List.of("bund", "deutschland", "germany", "bundesweit");

    /** The files of a consultation: name, title, format code, media type. */
    private record File(String name, String title, String format, String mediaType) {}

    private static final List<File> FILES = List.of(
            new File(OpenDataLinks.EXPORT_JSON, "Alles in einer Datei (JSON)", "JSON", "application/json"),
            new File(OpenDataLinks.PROPOSALS_CSV, "Vorschläge (CSV)", "CSV", "text/csv"),
            new File(OpenDataLinks.COMMENTS_CSV, "Kommentare zu Vorschlägen (CSV)", "CSV", "text/csv"),
            new File(OpenDataLinks.DRAFTS_CSV, "Verpflichtungsentwürfe (CSV)", "CSV", "text/csv"),
            new File(
                    OpenDataLinks.DRAFT_COMMENTS_CSV,
                    "Kommentare zu Verpflichtungsentwürfen (CSV)",
                    "CSV",
                    "text/csv"));

    private final ConsultationService consultations;
    private final PublicProposals proposals;
    private final OpenDataLinks links;
    private final OpenDataTerms terms;

    Catalogue(ConsultationService consultations, PublicProposals proposals, OpenDataLinks links, OpenDataTerms terms) {
        this.consultations = consultations;
        this.proposals = proposals;
        this.links = links;
        this.terms = terms;
    }

    /** The catalogue's address, which names it in the graph. */
    String catalogueIri() {
        return links.page(Permalinks.OPEN_DATA_API + "/catalog");
    }

    RdfGraph graph() {
        RdfGraph graph = new RdfGraph()
                .prefix("dcat", DCAT)
                .prefix("dct", DCT)
                .prefix("dcatde", DCATDE)
                .prefix("foaf", FOAF)
                .prefix("vcard", VCARD)
                .prefix("xsd", RdfGraph.XSD);
        String catalogue = catalogueIri();
        String publisher = links.page(Permalinks.home()) + "#publisher";
        graph.type(catalogue, DCAT + "Catalog")
                .add(catalogue, DCT + "title", text("Kokreation – Offene Daten", "de"))
                .add(catalogue, DCT + "title", text("Kokreation – open data", "en"))
                .add(
                        catalogue,
                        DCT + "description",
                        text(
                                "Die öffentlichen Inhalte der Konsultationen zu Open-Government-Aktionsplänen: Vorschläge, "
                                        + "Kommentare, Antworten und Verpflichtungsentwürfe, Personen nur unter Pseudonym.",
                                "de"))
                .add(catalogue, DCT + "publisher", iri(publisher))
                .add(catalogue, DCT + "language", iri(EU + "language/DEU"))
                .add(catalogue, FOAF + "homepage", iri(links.page(Permalinks.home())))
                .add(catalogue, DCT + "license", iri(terms.licence().dcatIri()));
        graph.type(publisher, FOAF + "Agent")
                .type(publisher, FOAF + "Organization")
                .add(publisher, FOAF + "name", text(terms.publisher(), "de"));
        Instant newest = null;
        for (ConsultationSummary summary : consultations.listConsultations()) {
            ConsultationDetails details = consultations.getConsultation(summary.slug());
            Instant modified = modified(details);
            newest = newest == null || modified.isAfter(newest) ? modified : newest;
            graph.add(catalogue, DCAT + "dataset", iri(dataset(graph, details, publisher, modified)));
        }
        graph.add(catalogue, DCT + "modified", dateTime(newest == null ? Instant.EPOCH : newest));
        return graph;
    }

    private String dataset(RdfGraph graph, ConsultationDetails details, String publisher, Instant modified) {
        ConsultationSummary consultation = details.consultation();
        String page = links.page(Permalinks.consultation(consultation.slug()));
        String dataset = page + "#open-data";
        String description = RichText.plainText(consultation.descriptionHtml()).strip();
        graph.type(dataset, DCAT + "Dataset")
                .add(dataset, DCT + "title", text(consultation.title(), "de"))
                .add(
                        dataset,
                        DCT + "description",
                        text(description.isEmpty() ? consultation.title() : description, "de"))
                .add(dataset, DCT + "identifier", plain(dataset))
                .add(dataset, DCT + "publisher", iri(publisher))
                .add(dataset, DCT + "modified", dateTime(modified))
                .add(dataset, DCT + "language", iri(EU + "language/DEU"))
                .add(dataset, DCAT + "keyword", text("Open Government", "de"))
                .add(dataset, DCAT + "keyword", text("Bürgerbeteiligung", "de"))
                .add(dataset, DCAT + "keyword", text("Aktionsplan", "de"))
                .add(dataset, DCAT + "theme", iri(EU + "data-theme/GOVE"))
                .add(dataset, DCT + "accessRights", iri(EU + "access-right/PUBLIC"))
                .add(dataset, DCAT + "landingPage", iri(page));
        Optional<Region> region = region(consultation.region());
        // A region without a key here (a district, a city) is still in Germany: named as such, without a level.
        String spatial = region.map(Region::spatial).orElse(EU + "country/DEU");
        graph.add(dataset, DCT + "spatial", iri(spatial));
        graph.type(spatial, DCT + "Location");
        region.ifPresent(known ->
                graph.add(dataset, DCATDE + "politicalGeocodingLevelURI", iri(GEOCODING + "Level/" + known.level())));
        RdfGraph.Term period = graph.blank();
        LocalDate first = consultation.timeline().getFirst().start();
        LocalDate last = consultation.timeline().stream()
                .map(span -> span.end())
                .filter(java.util.Objects::nonNull)
                .reduce((a, b) -> b)
                .orElse(first);
        graph.add(dataset, DCT + "temporal", period)
                .add(period, RdfGraph.RDF_TYPE, iri(DCT + "PeriodOfTime"))
                .add(period, DCAT + "startDate", typed(first.toString(), RdfGraph.XSD + "date"))
                .add(period, DCAT + "endDate", typed(last.toString(), RdfGraph.XSD + "date"));
        RdfGraph.Term contact = graph.blank();
        graph.add(dataset, DCAT + "contactPoint", contact)
                .add(contact, RdfGraph.RDF_TYPE, iri(VCARD + "Kind"))
                .add(contact, RdfGraph.RDF_TYPE, iri(VCARD + "Organization"))
                .add(contact, VCARD + "fn", plain(terms.publisher()))
                .add(contact, VCARD + "hasEmail", iri("mailto:" + terms.contactEmail()));
        for (File file : FILES) {
            String address = links.file(consultation.slug(), file.name());
            graph.add(dataset, DCAT + "distribution", iri(address));
            graph.type(address, DCAT + "Distribution")
                    .add(address, DCT + "title", text(file.title(), "de"))
                    .add(address, DCAT + "accessURL", iri(address))
                    .add(address, DCAT + "downloadURL", iri(address))
                    .add(address, DCT + "license", iri(terms.licence().dcatIri()))
                    .add(address, DCT + "format", iri(EU + "file-type/" + file.format()))
                    .add(address, DCAT + "mediaType", iri(IANA + file.mediaType()))
                    .add(address, DCT + "modified", dateTime(modified));
            if (terms.licence().requiresAttribution()) {
                graph.add(address, DCATDE + "licenseAttributionByText", plain(terms.attribution()));
            }
        }
        return dataset;
    }

    /** When the consultation's public content last changed, as its newest proposal or response says. */
    private Instant modified(ConsultationDetails details) {
        List<Long> groups =
                details.themeGroups().stream().map(ThemeGroupSummary::id).toList();
        Instant start = details.consultation()
                .timeline()
                .getFirst()
                .start()
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        return proposals
                .lastChange(groups)
                .filter(changed -> changed.isAfter(start))
                .orElse(start);
    }

    private record Region(String spatial, String level) {}

    /** The consultation's region in DCAT-AP.de's terms; empty for a region it has no key for. */
    static Optional<Region> region(String name) {
        String key = name.strip().toLowerCase(java.util.Locale.GERMAN);
        if (FEDERAL.contains(key)) {
            return Optional.of(new Region(EU + "country/DEU", "federal"));
        }
        String state = STATE_KEYS.get(key);
        return state == null ? Optional.empty() : Optional.of(new Region(GEOCODING + "stateKey/" + state, "state"));
    }

    private static RdfGraph.Term dateTime(Instant instant) {
        return typed(instant.truncatedTo(ChronoUnit.SECONDS).toString(), RdfGraph.XSD + "dateTime");
    }
}
