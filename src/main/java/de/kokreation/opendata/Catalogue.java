package de.kokreation.opendata;

import static de.kokreation.opendata.RdfGraph.iri;
import static de.kokreation.opendata.RdfGraph.plain;
import static de.kokreation.opendata.RdfGraph.text;
import static de.kokreation.opendata.RdfGraph.typed;

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
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

    /** The languages the catalogue's own texts are written in (the consultations' texts are German). */
    private static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);

    /** The files of a consultation: name, the message key of its title (as the consultation page names it), format, media type. */
    private record File(String name, String titleKey, String format, String mediaType) {}

    private static final List<File> FILES = List.of(
            new File(OpenDataLinks.EXPORT_JSON, "opendata.exportJson", "JSON", "application/json"),
            new File(OpenDataLinks.PROPOSALS_CSV, "opendata.proposalsCsv", "CSV", "text/csv"),
            new File(OpenDataLinks.COMMENTS_CSV, "opendata.commentsCsv", "CSV", "text/csv"),
            new File(OpenDataLinks.DRAFTS_CSV, "opendata.draftsCsv", "CSV", "text/csv"),
            new File(OpenDataLinks.DRAFT_COMMENTS_CSV, "opendata.draftCommentsCsv", "CSV", "text/csv"));

    private final ConsultationService consultations;
    private final PublicProposals proposals;
    private final OpenDataLinks links;
    private final OpenDataTerms terms;
    private final MessageSource messages;

    Catalogue(
            ConsultationService consultations,
            PublicProposals proposals,
            OpenDataLinks links,
            OpenDataTerms terms,
            MessageSource messages) {
        this.messages = messages;
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
        graph.type(catalogue, DCAT + "Catalog");
        inEveryLanguage(graph, catalogue, DCT + "title", "catalogue.title");
        inEveryLanguage(graph, catalogue, DCT + "description", "catalogue.description");
        graph.add(catalogue, DCT + "publisher", iri(publisher))
                .add(catalogue, DCT + "language", iri(EU + "language/DEU"))
                .add(catalogue, FOAF + "homepage", iri(links.page(Permalinks.home())))
                .add(catalogue, DCT + "license", iri(terms.licence().dcatIri()));
        graph.type(publisher, FOAF + "Agent")
                .type(publisher, FOAF + "Organization")
                .add(publisher, FOAF + "name", text(terms.publisher(), "de"));
        // a fixed number of queries, however many consultations: their groups and last changes at once
        Map<Long, List<Long>> groups = consultations.allThemeGroups().stream()
                .collect(Collectors.groupingBy(
                        ThemeGroupSummary::consultationId,
                        Collectors.mapping(ThemeGroupSummary::id, Collectors.toList())));
        Map<Long, Instant> changes = proposals.lastChanges(
                groups.values().stream().flatMap(List::stream).toList());
        Instant newest = null;
        for (ConsultationSummary consultation : consultations.listConsultations()) {
            Instant modified = modified(consultation, groups.getOrDefault(consultation.id(), List.of()), changes);
            newest = newest == null || modified.isAfter(newest) ? modified : newest;
            graph.add(catalogue, DCAT + "dataset", iri(dataset(graph, consultation, publisher, modified)));
        }
        graph.add(catalogue, DCT + "modified", dateTime(newest == null ? Instant.EPOCH : newest));
        return graph;
    }

    private String dataset(RdfGraph graph, ConsultationSummary consultation, String publisher, Instant modified) {
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
                .add(dataset, DCAT + "theme", iri(EU + "data-theme/GOVE"))
                .add(dataset, DCT + "accessRights", iri(EU + "access-right/PUBLIC"))
                .add(dataset, DCAT + "landingPage", iri(page));
        for (Locale language : LANGUAGES) {
            for (String keyword :
                    messages.getMessage("catalogue.keywords", null, language).split(",")) {
                graph.add(dataset, DCAT + "keyword", text(keyword.strip(), language.getLanguage()));
            }
        }
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
            graph.type(address, DCAT + "Distribution");
            inEveryLanguage(graph, address, DCT + "title", file.titleKey());
            graph.add(address, DCAT + "accessURL", iri(address))
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

    /** When the consultation's public content last changed, as its newest proposal or response says; its start before. */
    private static Instant modified(ConsultationSummary consultation, List<Long> groups, Map<Long, Instant> changes) {
        Instant start =
                consultation.timeline().getFirst().start().atStartOfDay().toInstant(ZoneOffset.UTC);
        return groups.stream()
                .map(changes::get)
                .filter(java.util.Objects::nonNull)
                .filter(changed -> changed.isAfter(start))
                .max(Instant::compareTo)
                .orElse(start);
    }

    /** A text of the catalogue's own from the message bundles, once per language, tagged with it. */
    private void inEveryLanguage(RdfGraph graph, String subject, String predicate, String key) {
        for (Locale language : LANGUAGES) {
            graph.add(subject, predicate, text(messages.getMessage(key, null, language), language.getLanguage()));
        }
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
