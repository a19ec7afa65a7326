package de.kokreation.demo;

import de.kokreation.actionplan.CompletionLevel;
import de.kokreation.actionplan.PlanStatus;
import de.kokreation.actionplan.Stance;
import de.kokreation.actionplan.seed.ActionPlanSeeds;
import de.kokreation.drafting.Milestone;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The 2nd National Action Plan 2019–2021 for the demo, adopted from the final drafts of the 2018
 * consultations in Nordrhein-Westfalen and Baden-Württemberg, with three rounds of reports on its
 * milestones (mid-2020, mid-2021, end of 2021) as a lead agency writes them.
 */
final class DemoPlans {

    static final String SLUG = "nap-2019-2021";

    /** The days the responsible persons reported on, as the German government did. */
    private static final List<LocalDate> REPORT_DAYS =
            List.of(LocalDate.of(2020, 6, 30), LocalDate.of(2021, 6, 30), LocalDate.of(2021, 12, 15));

    private static final List<String> ROUND_TITLES =
            List.of("Zwischenstand 30.06.2020", "Selbstbewertung 30.06.2021", "Abschlussbericht 15.12.2021");

    private static final String[] COMPLETED_NOTES = {
        "Der Meilenstein ist erreicht. Das Ergebnis ist öffentlich zugänglich; die Zivilgesellschaft war an der "
                + "Abnahme beteiligt.",
        "Abgeschlossen. Die Umsetzung wurde im Lenkungskreis vorgestellt, die Unterlagen sind verlinkt.",
        "Erreicht, mit zwei Monaten Verzug wegen der Ausschreibung. Die Ergebnisse stehen online."
    };
    private static final String[] SUBSTANTIAL_NOTES = {
        "Der größte Teil ist umgesetzt. Offen ist noch die Anbindung der Kommunen, die für das nächste Quartal "
                + "geplant ist.",
        "Die Arbeiten sind weit fortgeschritten; der Entwurf liegt vor und wird mit den Verbänden abgestimmt."
    };
    private static final String[] LIMITED_NOTES = {
        "Die Arbeiten haben begonnen. Die Ausschreibung ist veröffentlicht, die Vergabe steht noch aus.",
        "Begonnen, aber durch die Pandemie verzögert: Die geplanten Workshops wurden auf das Frühjahr verschoben.",
        "Erste Gespräche mit den beteiligten Ressorts haben stattgefunden; ein Zeitplan wird erarbeitet."
    };
    private static final String WITHDRAWN_NOTE =
            "Der Meilenstein wird nicht weiter verfolgt: Die Zuständigkeit ist mit der Neuordnung der Ressorts "
                    + "entfallen. Die Ziele gehen im Folgeplan auf.";

    private final ActionPlanSeeds plans;
    private final Random random;

    DemoPlans(ActionPlanSeeds plans, Random random) {
        this.plans = plans;
        this.random = random;
    }

    /** What participants answered to reports: a few agree, more doubt, some only add something. */
    private static final String[] AGREEING_RESPONSES = {
        "Das deckt sich mit unserer Erfahrung vor Ort: Die Ergebnisse sind tatsächlich online und nutzbar.",
        "Stimmt. Wir waren an der Abnahme beteiligt und können den Stand bestätigen."
    };

    private static final String[] DOUBTING_RESPONSES = {
        "Das sehen wir anders: Öffentlich zugänglich ist bisher nur eine Ankündigung, keine Daten.",
        "Die Zivilgesellschaft wurde nicht beteiligt, anders als im Plan zugesagt. „Erreicht“ ist zu früh.",
        "Der Link führt auf eine allgemeine Seite; einen Beleg für diesen Meilenstein finden wir dort nicht."
    };
    private static final String[] OTHER_RESPONSES = {
        "Gibt es einen Zeitplan für die Kommunen? Das würde vielen Initiativen bei der Planung helfen.",
        "Danke für den Bericht. Werden die Unterlagen des Lenkungskreises auch veröffentlicht?"
    };

    private final List<Long> respondents = new ArrayList<>();

    void seed(List<DemoDrafts.FinalDraft> finalDrafts, long coordinatorId, long responsibleId, List<Long> participants)
            throws SQLException {
        respondents.addAll(participants.subList(0, Math.min(40, participants.size())));
        long planId = plans.insert(new ActionPlanSeeds.Plan(
                SLUG,
                "2. Nationaler Aktionsplan 2019–2021",
                LocalDate.of(2019, 9, 1),
                LocalDate.of(2021, 12, 31),
                "Bundeskabinett",
                """
                Mit dem 2. Nationalen Aktionsplan setzt Deutschland seine Mitarbeit in der Open Government \
                Partnership fort. Er beruht auf den Ergebnissen der **Regionalkonsultationen in \
                Nordrhein-Westfalen und Baden-Württemberg** 2018: Jede Verpflichtung nennt die Vorschläge, \
                aus denen sie entstand.

                Die federführenden Stellen berichten regelmäßig über den Stand jedes Meilensteins. Die \
                Stände folgen der Skala des Independent Reporting Mechanism der OGP.""",
                PlanStatus.PUBLISHED,
                at(LocalDate.of(2019, 6, 1)),
                at(LocalDate.of(2019, 8, 28))));
        plans.coordinator(planId, coordinatorId);
        // Each report day closed a reporting round; its snapshot holds the state of that day.
        List<Long> roundIds = new ArrayList<>();
        for (int i = 0; i < REPORT_DAYS.size(); i++) {
            LocalDate deadline = REPORT_DAYS.get(i);
            roundIds.add(plans.insert(new ActionPlanSeeds.Round(
                    planId, ROUND_TITLES.get(i), deadline, at(deadline.minusMonths(2)), at(deadline.plusDays(1)))));
        }
        int position = 1;
        for (DemoDrafts.FinalDraft draft : finalDrafts) {
            seedCommitment(planId, position++, draft, responsibleId, roundIds);
        }
        plans.flush();
    }

    private void seedCommitment(
            long planId, int position, DemoDrafts.FinalDraft draft, long responsibleId, List<Long> roundIds)
            throws SQLException {
        List<Milestone> adopted = draft.content().milestones();
        // The levels the reports leave each milestone at, worked out before the rows are written.
        List<List<CompletionLevel>> levelsByDay = new ArrayList<>();
        CompletionLevel[] current = new CompletionLevel[adopted.size()];
        Arrays.fill(current, CompletionLevel.NOT_STARTED);
        for (LocalDate day : REPORT_DAYS) {
            List<CompletionLevel> levels = new ArrayList<>();
            for (int i = 0; i < adopted.size(); i++) {
                current[i] = levelOn(adopted.get(i), day, current[i]);
                levels.add(current[i]);
            }
            levelsByDay.add(levels);
        }
        List<CompletionLevel> finalLevels = levelsByDay.getLast();
        long commitmentId = plans.insert(new ActionPlanSeeds.Commitment(
                planId,
                position,
                draft.draftId(),
                draft.version(),
                draft.content().title(),
                draft.content().leadAgency(),
                CompletionLevel.derivedFrom(finalLevels),
                at(REPORT_DAYS.getLast())));
        plans.responsible(commitmentId, responsibleId);
        for (int day = 0; day < REPORT_DAYS.size(); day++) {
            LocalDate deadline = REPORT_DAYS.get(day);
            List<CompletionLevel> levels = levelsByDay.get(day);
            boolean overdue = false;
            for (int i = 0; i < adopted.size(); i++) {
                overdue |= levels.get(i).isOverdue(adopted.get(i).end(), deadline);
            }
            plans.add(new ActionPlanSeeds.SnapshotRow(
                    roundIds.get(day), commitmentId, null, CompletionLevel.derivedFrom(levels), overdue, null));
        }
        for (int i = 0; i < adopted.size(); i++) {
            Milestone milestone = adopted.get(i);
            CompletionLevel last = finalLevels.get(i);
            long milestoneId = plans.insert(new ActionPlanSeeds.Milestone(
                    commitmentId,
                    i + 1,
                    milestone.deliverable(),
                    milestone.start(),
                    milestone.end(),
                    last,
                    last == CompletionLevel.NOT_STARTED ? null : at(REPORT_DAYS.getLast())));
            CompletionLevel previous = CompletionLevel.NOT_STARTED;
            Long latestReport = null;
            for (int day = 0; day < REPORT_DAYS.size(); day++) {
                CompletionLevel level = levelsByDay.get(day).get(i);
                if (level != previous) {
                    latestReport = plans.insert(new ActionPlanSeeds.Report(
                            commitmentId,
                            milestoneId,
                            responsibleId,
                            at(REPORT_DAYS.get(day)).plusDays(3),
                            REPORT_DAYS.get(day),
                            level,
                            previous,
                            note(level),
                            level == CompletionLevel.COMPLETED && random.nextBoolean()
                                    ? List.of("https://www.open-government-deutschland.de/opengov-de/aktionsplaene")
                                    : List.of()));
                    previous = level;
                    respondTo(latestReport, at(REPORT_DAYS.get(day)).plusDays(5));
                }
                plans.add(new ActionPlanSeeds.SnapshotRow(
                        roundIds.get(day),
                        commitmentId,
                        milestoneId,
                        level,
                        level.isOverdue(milestone.end(), REPORT_DAYS.get(day)),
                        latestReport));
            }
        }
    }

    /** About one report in four gets a response from the civil society, days after it. */
    private void respondTo(long reportId, OffsetDateTime after) throws SQLException {
        if (respondents.isEmpty() || random.nextInt(4) != 0) {
            return;
        }
        long author = respondents.get(random.nextInt(respondents.size()));
        int kind = random.nextInt(6);
        @Nullable Stance stance = kind < 1 ? Stance.AGREES : kind < 4 ? Stance.DISAGREES : null;
        String[] texts = stance == Stance.AGREES
                ? AGREEING_RESPONSES
                : stance == Stance.DISAGREES ? DOUBTING_RESPONSES : OTHER_RESPONSES;
        plans.add(new ActionPlanSeeds.ReportResponse(
                reportId, author, stance, texts[random.nextInt(texts.length)], after.plusDays(random.nextInt(20))));
    }

    /** How far a milestone has come on a day: by its dates, with the delays real plans have. */
    private CompletionLevel levelOn(Milestone milestone, LocalDate day, CompletionLevel before) {
        if (before.isClosed() || milestone.start().isAfter(day)) {
            return before;
        }
        if (!milestone.end().isAfter(day)) {
            // Due: about half is done on time; the rest moves a step, stays, or is given up.
            double dice = random.nextDouble();
            if (dice < 0.45) {
                return CompletionLevel.COMPLETED;
            }
            if (dice < 0.75) {
                return before == CompletionLevel.NOT_STARTED || before == CompletionLevel.LIMITED
                        ? CompletionLevel.values()[before.ordinal() + 1]
                        : CompletionLevel.SUBSTANTIAL;
            }
            if (dice < 0.95) {
                return before == CompletionLevel.NOT_STARTED ? CompletionLevel.LIMITED : before;
            }
            return CompletionLevel.WITHDRAWN;
        }
        return random.nextDouble() < 0.6 ? CompletionLevel.LIMITED : CompletionLevel.SUBSTANTIAL;
    }

    private String note(CompletionLevel level) {
        return switch (level) {
            case COMPLETED -> COMPLETED_NOTES[random.nextInt(COMPLETED_NOTES.length)];
            case SUBSTANTIAL -> SUBSTANTIAL_NOTES[random.nextInt(SUBSTANTIAL_NOTES.length)];
            case LIMITED -> LIMITED_NOTES[random.nextInt(LIMITED_NOTES.length)];
            case WITHDRAWN -> WITHDRAWN_NOTE;
            case NOT_STARTED -> "";
        };
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atOffset(ZoneOffset.UTC);
    }
}
