package de.kokreation.demo;

import de.kokreation.meeting.seed.MeetingSeeds;
import de.kokreation.proposal.seed.ProposalSeeds;
import de.kokreation.shared.RichText;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The events of the demo: the 2018 workshops in Düsseldorf and Stuttgart with the proposals written
 * on their cards, the dots the rooms stuck on them and their minutes; a coming federal workshop
 * that is fully booked with a waiting list and an online session; the multi-stakeholder forum's
 * meetings with their minutes.
 */
final class DemoMeetings {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** Cards as people wrote them at the 2018 workshops: theme group, title, text. */
    private static final List<String[]> CARDS_NRW = List.of(
            new String[] {
                "offene-daten",
                "Fahrplandaten aller Verkehrsverbünde offen",
                "Alle Verkehrsverbünde in NRW veröffentlichen Soll- und Echtzeitdaten als offene Daten, damit Apps und Initiativen sie nutzen können."
            },
            new String[] {
                "offene-daten",
                "Schuldaten für Eltern",
                "Ausstattung, Unterrichtsausfall und Sanierungsbedarf der Schulen als Datensatz, jährlich aktualisiert."
            },
            new String[] {
                "transparenz-informationsfreiheit",
                "Transparenzgesetz statt IFG",
                "Das Land veröffentlicht Verträge, Gutachten und Sitzungsunterlagen von sich aus, nicht erst auf Antrag."
            },
            new String[] {
                "buergerbeteiligung",
                "Beteiligung früh und verbindlich",
                "Bei großen Bauvorhaben beginnt die Beteiligung, bevor die Varianten feststehen, mit einer Rückmeldung zu jedem Beitrag."
            },
            new String[] {
                "buergerbeteiligung",
                "Beteiligung auch offline",
                "Workshops in Stadtteilen und Bibliotheken für Menschen, die nicht online mitmachen können oder wollen."
            },
            new String[] {
                "transparenz-informationsfreiheit",
                "Lobbyregister für den Landtag",
                "Alle Kontakte von Abgeordneten und Ministerien mit Interessenvertretungen werden öffentlich verzeichnet."
            });

    private static final List<String[]> CARDS_BW = List.of(
            new String[] {
                "offene-daten",
                "Geodaten der Kommunen gebührenfrei",
                "Bebauungspläne, Baumkataster und Radwege der Kommunen als offene Geodaten über ein gemeinsames Portal."
            },
            new String[] {
                "buergerbeteiligung",
                "Bürgerräte mit Losverfahren",
                "Für strittige Landesthemen beraten zufällig ausgewählte Bürgerinnen und Bürger und geben Empfehlungen ab."
            },
            new String[] {
                "transparenz-informationsfreiheit",
                "Haushalt verständlich erklärt",
                "Der Landeshaushalt wird als interaktive Übersicht veröffentlicht, mit Erklärungen in einfacher Sprache."
            },
            new String[] {
                "offene-daten",
                "Daten zur Luftqualität in Echtzeit",
                "Messwerte aller Stationen im Land minütlich als offene Daten, mit dokumentierter Schnittstelle."
            });

    private final MeetingSeeds meetings;
    private final ProposalSeeds proposals;
    private final Random random;

    DemoMeetings(MeetingSeeds meetings, ProposalSeeds proposals, Random random) {
        this.meetings = meetings;
        this.proposals = proposals;
        this.random = random;
    }

    /** What a consultation brings: its id and theme groups by slug. */
    record Consultation(long id, Map<String, Long> groupIds) {}

    /** A proposal written on a card, for the steps after: the 2018 ones are answered too. */
    record Card(long id, long themeGroupId, long consultationId, java.time.Instant createdAt) {}

    private final List<Card> cards = new ArrayList<>();

    List<Card> cards() {
        return List.copyOf(cards);
    }

    void seed(
            Consultation nrw,
            Consultation bw,
            Consultation federal,
            long coordinatorId,
            long leadId,
            List<Long> participants,
            LocalDate today)
            throws SQLException {
        workshop2018(
                nrw,
                "Auftaktworkshop Düsseldorf",
                LocalDate.of(2018, 9, 8),
                "Haus der Universität, Schadowplatz 14, 40212 Düsseldorf",
                50,
                CARDS_NRW,
                leadId,
                participants,
                List.of(
                        "Die Themengruppen arbeiteten an sechs Tischen. Jede Gruppe schrieb Karten, stellte sie vor und "
                                + "klebte Punkte. Die Karten sind als Vorschläge in die Konsultation eingegangen.",
                        "Ergänzt: Die Gruppe Bürgerbeteiligung bat darum, die Offline-Beteiligung als eigenen Punkt "
                                + "aufzunehmen. Die Karten sind als Vorschläge in die Konsultation eingegangen; die "
                                + "Punkte stehen neben den Online-Stimmen."),
                "Open Knowledge Foundation Deutschland\nMehr Demokratie NRW\nStaatskanzlei NRW\nStadt Düsseldorf");
        workshop2018(
                bw,
                "Regionalworkshop Stuttgart",
                LocalDate.of(2018, 10, 13),
                "Hospitalhof Stuttgart, Büchsenstraße 33, 70174 Stuttgart",
                35,
                CARDS_BW,
                leadId,
                participants,
                List.of("Vier Tische, zwei Stunden Kartenarbeit, eine Runde Punkte. Die Ergebnisse sind als Vorschläge "
                        + "aus dem Workshop in der Konsultation."),
                "Code for Germany – OK Lab Stuttgart\nStaatsministerium Baden-Württemberg\nLandkreistag");
        comingFederalEvents(federal, coordinatorId, participants, today);
        forum(coordinatorId, today);
        meetings.flush();
    }

    private void workshop2018(
            Consultation consultation,
            String title,
            LocalDate day,
            String place,
            int attendance,
            List<String[]> cards,
            long leadId,
            List<Long> participants,
            List<String> minutesVersions,
            String organisations)
            throws SQLException {
        OffsetDateTime start = at(day, 10, 0);
        long meetingId = meetings.insert(new MeetingSeeds.Meeting(
                consultation.id(),
                "WORKSHOP",
                title,
                start,
                at(day, 16, 0),
                place,
                "Stufenloser Zugang, barrierefreie Toiletten, Induktionsschleife im großen Saal.",
                null,
                "- Begrüßung und Einführung in die Open Government Partnership\n- Arbeit in den Themengruppen an "
                        + "Karten\n- Punkte kleben: Welche Vorschläge sind am wichtigsten?\n- Ausblick",
                60,
                attendance,
                leadId,
                Set.copyOf(consultation.groupIds().values())));
        for (int i = 0; i < Math.min(attendance, participants.size()); i++) {
            meetings.register(meetingId, participants.get(i), true, null, start.minusDays(10 + i % 7));
        }
        List<Long> cardIds = new ArrayList<>();
        for (String[] card : cards) {
            OffsetDateTime typedIn = start.plusHours(8).plusMinutes(cardIds.size() * 3L);
            long proposalId = proposals.insert(new ProposalSeeds.Proposal(
                    consultation.groupIds().get(card[0]),
                    leadId,
                    card[1],
                    card[2],
                    RichText.render(card[2]),
                    typedIn,
                    typedIn,
                    0,
                    0,
                    0,
                    null,
                    null,
                    typedIn));
            cardIds.add(proposalId);
            this.cards.add(
                    new Card(proposalId, consultation.groupIds().get(card[0]), consultation.id(), typedIn.toInstant()));
            meetings.dots(meetingId, proposalId, 3 + random.nextInt(22), leadId, typedIn);
        }
        proposals.markFromMeeting(cardIds, meetingId);
        for (int version = 1; version <= minutesVersions.size(); version++) {
            meetings.minutes(
                    meetingId,
                    version,
                    minutesVersions.get(version - 1),
                    "- Alle Karten gehen als Vorschläge in die Konsultation ein.\n- Die Themengruppenleitungen "
                            + "antworten auf jede Karte.",
                    attendance,
                    organisations,
                    leadId,
                    start.plusDays(2L + 5L * (version - 1)));
        }
    }

    private void comingFederalEvents(Consultation federal, long coordinatorId, List<Long> participants, LocalDate today)
            throws SQLException {
        LocalDate day = today.plusDays(10);
        OffsetDateTime start = at(day, 10, 0);
        long workshop = meetings.insert(new MeetingSeeds.Meeting(
                federal.id(),
                "WORKSHOP",
                "Bundesweiter Workshop: Offene Verwaltungsdaten",
                start,
                at(day, 16, 30),
                "Bundespresseamt, Reichstagufer 14, 10117 Berlin",
                "Stufenloser Zugang über den Eingang Neustädtische Kirchstraße; Gebärdensprachdolmetschung auf "
                        + "Anfrage bei der Anmeldung.",
                null,
                "1. Was hat der letzte Aktionsplan erreicht?\n2. Arbeit an Karten in den Themengruppen\n3. "
                        + "Live-Abstimmung im Raum\n4. Nächste Schritte",
                30,
                null,
                coordinatorId,
                Set.of(federal.groupIds().get("offene-daten"))));
        String[] needs = {"Rollstuhlplatz", "Vegetarisches Essen", "Gebärdensprachdolmetschung", null, null};
        for (int i = 0; i < 34 && i < participants.size(); i++) {
            meetings.register(
                    workshop,
                    participants.get(participants.size() - 1 - i),
                    i < 30,
                    needs[i % needs.length],
                    at(today.minusDays(20 - i / 2), 9 + i % 8, 0));
        }
        LocalDate onlineDay = today.plusDays(5);
        meetings.insert(new MeetingSeeds.Meeting(
                federal.id(),
                "ONLINE_SESSION",
                "Online-Sprechstunde: Wie schreibe ich einen guten Vorschlag?",
                at(onlineDay, 18, 0),
                at(onlineDay, 19, 0),
                null,
                "Automatische Untertitel; Fragen auch im Chat.",
                "https://konferenz.bund.example/sprechstunde",
                "Eine Stunde Fragen und Antworten mit den Themengruppenleitungen.",
                null,
                null,
                coordinatorId,
                Set.of()));
    }

    private void forum(long coordinatorId, LocalDate today) throws SQLException {
        int number = 1;
        for (int daysAgo : new int[] {410, 250, 90}) {
            LocalDate day = today.minusDays(daysAgo);
            long meetingId = meetings.insert(new MeetingSeeds.Meeting(
                    null,
                    "FORUM_MEETING",
                    number + ". Sitzung des Arbeitskreises Open Government",
                    at(day, 13, 0),
                    at(day, 16, 0),
                    "Bundeskanzleramt, Willy-Brandt-Straße 1, 10557 Berlin",
                    "Stufenloser Zugang; Teilnahme auch per Video.",
                    "https://konferenz.bund.example/arbeitskreis",
                    "- Stand der Umsetzung\n- Vorbereitung des nächsten Aktionsplans\n- Verschiedenes",
                    null,
                    18 + number,
                    coordinatorId,
                    Set.of()));
            meetings.minutes(
                    meetingId,
                    1,
                    "Der Arbeitskreis aus Zivilgesellschaft und Verwaltung beriet den Stand der Umsetzung. "
                            + "Die Zivilgesellschaft bat um frühere Einbindung in die Auswahl der Verpflichtungen.",
                    "- Die Berichte zur Umsetzung erscheinen halbjährlich.\n- Die nächste Sitzung findet in "
                            + "spätestens sechs Monaten statt.",
                    18 + number,
                    "Open Knowledge Foundation Deutschland\nTransparency International Deutschland\n"
                            + "Bundeskanzleramt\nBundesministerium des Innern",
                    coordinatorId,
                    at(day.plusDays(7), 10, 0));
            number++;
        }
        LocalDate next = today.plusDays(40);
        meetings.insert(new MeetingSeeds.Meeting(
                null,
                "FORUM_MEETING",
                number + ". Sitzung des Arbeitskreises Open Government",
                at(next, 13, 0),
                at(next, 16, 0),
                "Bundeskanzleramt, Willy-Brandt-Straße 1, 10557 Berlin",
                "Stufenloser Zugang; Teilnahme auch per Video.",
                "https://konferenz.bund.example/arbeitskreis",
                "- Auswertung der bundesweiten Konsultation\n- Auswahl der Verpflichtungen",
                40,
                null,
                coordinatorId,
                Set.of()));
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day.getYear(), day.getMonth(), day.getDayOfMonth(), hour, minute)
                .atZone(ZONE)
                .toInstant()
                .atOffset(ZoneOffset.UTC)
                .plus(Duration.ZERO);
    }
}
