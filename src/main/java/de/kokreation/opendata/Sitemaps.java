package de.kokreation.opendata;

import de.kokreation.actionplan.reads.PublishedPlans;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.proposal.reads.PublicProposals;
import de.kokreation.shared.Permalinks;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /sitemap.xml}: a sitemap index of the public pages (sitemaps.org 0.9). The pages without
 * many siblings (consultations, theme groups, drafts, plans) fit one sitemap; proposals come in
 * sitemaps of {@value #PROPOSALS_PER_SITEMAP} ids each, read by the primary key's range, so that no
 * request reads more than one such range however many proposals there are (the protocol allows
 * 50,000 addresses a file).
 */
@RestController
class Sitemaps {

    static final int PROPOSALS_PER_SITEMAP = 20_000;
    static final String INDEX = "/sitemap.xml";
    static final String PAGES = "/sitemaps/pages.xml";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final ConsultationService consultations;
    private final PublicProposals proposals;
    private final DraftRows drafts;
    private final PublishedPlans plans;
    private final OpenDataLinks links;

    Sitemaps(
            ConsultationService consultations,
            PublicProposals proposals,
            DraftRows drafts,
            PublishedPlans plans,
            OpenDataLinks links) {
        this.consultations = consultations;
        this.proposals = proposals;
        this.drafts = drafts;
        this.plans = plans;
        this.links = links;
    }

    @GetMapping(INDEX)
    ResponseEntity<StreamingResponseBody> index() {
        long sitemaps = proposals.highestId() / PROPOSALS_PER_SITEMAP + 1;
        return xml(out -> write(out, "sitemapindex", xml -> {
            entry(xml, "sitemap", links.page(PAGES), null);
            for (long number = 0; number < sitemaps; number++) {
                entry(xml, "sitemap", links.page("/sitemaps/proposals-" + number + ".xml"), null);
            }
        }));
    }

    @GetMapping(PAGES)
    ResponseEntity<StreamingResponseBody> pages() {
        return xml(out -> write(out, "urlset", xml -> {
            entry(xml, "url", links.page(Permalinks.home()), null);
            entry(xml, "url", links.page(Permalinks.actionPlans()), null);
            entry(xml, "url", links.page(Permalinks.meetings()), null);
            // a fixed number of queries, however many consultations: their groups and public drafts at once
            Map<Long, List<ThemeGroupSummary>> groups = consultations.allThemeGroups().stream()
                    .collect(Collectors.groupingBy(ThemeGroupSummary::consultationId));
            List<ConsultationSummary> all = consultations.listConsultations();
            List<Long> showingDrafts = all.stream()
                    .filter(consultation -> consultation.currentPhase().showsDrafts())
                    .flatMap(consultation -> groups.getOrDefault(consultation.id(), List.of()).stream())
                    .map(ThemeGroupSummary::id)
                    .toList();
            for (ConsultationSummary consultation : all) {
                entry(xml, "url", links.page(Permalinks.consultation(consultation.slug())), null);
                for (ThemeGroupSummary group : groups.getOrDefault(consultation.id(), List.of())) {
                    entry(xml, "url", links.page(Permalinks.themeGroup(consultation.slug(), group.slug())), null);
                }
                if (consultation.currentPhase().showsDrafts()) {
                    entry(xml, "url", links.page(Permalinks.consultationDrafts(consultation.slug())), null);
                }
            }
            for (DraftRows.Draft draft : drafts.publicDrafts(showingDrafts)) {
                entry(xml, "url", links.page(Permalinks.draft(draft.id())), draft.updatedAt());
            }
            for (PublishedPlans.Plan plan : plans.plans()) {
                entry(xml, "url", links.page(Permalinks.actionPlan(plan.slug())), plan.publishedAt());
            }
        }));
    }

    @GetMapping("/sitemaps/proposals-{number:\\d{1,9}}.xml")
    ResponseEntity<StreamingResponseBody> proposals(@PathVariable int number) {
        if ((long) number * PROPOSALS_PER_SITEMAP > proposals.highestId()) {
            return ResponseEntity.notFound().build();
        }
        long from = (long) number * PROPOSALS_PER_SITEMAP;
        return xml(out -> write(
                out,
                "urlset",
                xml -> proposals.visibleBetween(
                        from,
                        from + PROPOSALS_PER_SITEMAP,
                        proposal -> entry(
                                xml, "url", links.page(Permalinks.proposal(proposal.id())), proposal.changedAt()))));
    }

    private static ResponseEntity<StreamingResponseBody> xml(StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(XML)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(body);
    }

    private interface Entries {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(OutputStream out, String root, Entries entries) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NAMESPACE);
            entries.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException failed) {
            throw new IllegalStateException("sitemap not written", failed);
        }
    }

    private static void entry(XMLStreamWriter xml, String element, String location, @Nullable Instant changed) {
        try {
            xml.writeStartElement(element);
            xml.writeStartElement("loc");
            xml.writeCharacters(location);
            xml.writeEndElement();
            if (changed != null) {
                xml.writeStartElement("lastmod");
                xml.writeCharacters(DateTimeFormatter.ISO_INSTANT.format(
                        changed.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException failed) {
            throw new IllegalStateException("sitemap not written", failed);
        }
    }
}
