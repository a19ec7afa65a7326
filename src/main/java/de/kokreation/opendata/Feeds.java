package de.kokreation.opendata;

import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.proposal.reads.PublicProposals;
import de.kokreation.shared.PagePreview;
import de.kokreation.shared.Permalinks;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Atom feeds (RFC 4287) of a consultation and of each theme group: new proposals, reasoned
 * responses and published drafts, newest first, at most {@value #ENTRIES} entries; what the public
 * sees on the site, read through the owners' public reads. German unless {@code ?lang=en}.
 */
@Component
class Feeds {

    static final int ENTRIES = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** One entry: its kind's message key, the title and text it shows, when, and its page. */
    record Entry(String id, String kindKey, String title, String summary, Instant at, String page) {}

    /** A feed before it is written: whose, its own address, its page, and its newest entries. */
    record Feed(String title, String self, String page, List<Entry> entries) {

        Instant updated(Instant fallback) {
            return entries.isEmpty() ? fallback : entries.getFirst().at();
        }
    }

    private final ConsultationService consultations;
    private final PublicProposals proposals;
    private final DraftRows drafts;
    private final OpenDataLinks links;
    private final MessageSource messages;
    private final de.kokreation.shared.OpenDataTerms terms;

    Feeds(
            ConsultationService consultations,
            PublicProposals proposals,
            DraftRows drafts,
            OpenDataLinks links,
            MessageSource messages,
            de.kokreation.shared.OpenDataTerms terms) {
        this.terms = terms;
        this.consultations = consultations;
        this.proposals = proposals;
        this.drafts = drafts;
        this.links = links;
        this.messages = messages;
    }

    /** The feed of a whole consultation; a {@code NotFoundException} for an unknown slug. */
    Feed ofConsultation(String slug) {
        ConsultationDetails details = consultations.getConsultation(slug);
        return feed(
                details.consultation().title(),
                Permalinks.consultationFeed(slug),
                Permalinks.consultation(slug),
                details,
                details.themeGroups());
    }

    /** The feed of one theme group; a {@code NotFoundException} for an unknown slug. */
    Feed ofThemeGroup(String slug, String themeSlug) {
        ConsultationDetails details = consultations.getConsultation(slug);
        ThemeGroupSummary group = consultations.getThemeGroup(slug, themeSlug);
        return feed(
                group.name() + " – " + details.consultation().title(),
                Permalinks.themeGroupFeed(slug, themeSlug),
                Permalinks.themeGroup(slug, themeSlug),
                details,
                List.of(group));
    }

    private Feed feed(
            String title, String self, String page, ConsultationDetails details, List<ThemeGroupSummary> groups) {
        List<Long> groupIds = groups.stream().map(ThemeGroupSummary::id).toList();
        Map<Long, String> groupNames =
                groups.stream().collect(Collectors.toMap(ThemeGroupSummary::id, ThemeGroupSummary::name));
        List<Entry> entries = new ArrayList<>();
        for (PublicProposals.Happening proposal : proposals.newest(groupIds, ENTRIES)) {
            String address = links.page(Permalinks.proposal(proposal.proposalId()));
            entries.add(new Entry(
                    address,
                    "feed.entry.proposal",
                    proposal.title(),
                    groupNames.get(proposal.themeGroupId()) + ": " + PagePreview.excerpt(proposal.text()),
                    proposal.at(),
                    address));
        }
        for (PublicProposals.Happening response : proposals.latestResponses(groupIds, ENTRIES)) {
            String address = links.page(Permalinks.proposal(response.proposalId()));
            entries.add(new Entry(
                    address + "#response",
                    "feed.entry.response." + response.outcome(),
                    response.title(),
                    PagePreview.excerpt(response.text()),
                    response.at(),
                    address));
        }
        if (details.consultation().currentPhase().showsDrafts()) {
            for (DraftRows.Draft draft : drafts.publicDrafts(groupIds)) {
                if (draft.publishedAt() != null) {
                    String address = links.page(Permalinks.draft(draft.id()));
                    entries.add(new Entry(
                            address,
                            "feed.entry.draft",
                            draft.title(),
                            groupNames.get(draft.themeGroupId()) + ": " + PagePreview.excerpt(draft.problem()),
                            draft.publishedAt(),
                            address));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::at).reversed().thenComparing(Entry::id));
        return new Feed(
                title,
                links.page(self),
                links.page(page),
                entries.stream().limit(ENTRIES).toList());
    }

    /** Writes the feed as Atom in the reader's language (the entries' kinds; the texts are as written). */
    void write(Feed feed, Locale locale, Instant now, OutputStream out) {
        Function<String, String> text = key -> messages.getMessage(key, null, key, locale);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", locale.getLanguage());
            element(xml, "id", feed.self());
            element(xml, "title", text.apply("feed.titlePrefix") + feed.title());
            element(xml, "updated", time(feed.updated(now)));
            xml.writeStartElement("author");
            element(xml, "name", text.apply("app.name"));
            element(xml, "uri", links.page(Permalinks.home()));
            xml.writeEndElement();
            link(xml, "self", feed.self(), "application/atom+xml");
            link(xml, "alternate", feed.page(), "text/html");
            element(xml, "generator", text.apply("app.name"));
            element(
                    xml,
                    "rights",
                    messages.getMessage(
                            "feed.rights", new Object[] {terms.licence().title(), terms.attribution()}, locale));
            for (Entry entry : feed.entries()) {
                xml.writeStartElement("entry");
                element(xml, "id", entry.id());
                element(xml, "title", text.apply(entry.kindKey()) + ": " + entry.title());
                element(xml, "updated", time(entry.at()));
                element(xml, "published", time(entry.at()));
                link(xml, "alternate", entry.page(), "text/html");
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(xmlText(entry.summary()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException failed) {
            throw new IllegalStateException("feed not written", failed);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(value));
        xml.writeEndElement();
    }

    /**
     * The text without the characters XML 1.0 forbids (control characters pasted into a proposal),
     * which the writer would pass on and every feed reader refuse, the whole feed with them.
     */
    static String xmlText(String text) {
        StringBuilder allowed = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000)
                .forEach(allowed::appendCodePoint);
        return allowed.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
