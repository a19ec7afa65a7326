package de.kokreation.demo;

import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftStatus;
import de.kokreation.drafting.Milestone;
import de.kokreation.drafting.seed.DraftSeeds;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.moderation.seed.ModerationSeeds;
import de.kokreation.voting.VoteDirection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

/**
 * Draft commitments for the demo, read from {@code demo/drafts.txt}: final drafts with two
 * versions, milestones, linked proposals, votes, comments and their moderation history in the
 * closed 2018 consultations; one draft in preparation for the demo lead in the federal one.
 */
final class DemoDrafts {

    /** Where a consultation's drafts come from: placeholders of the text file and the phase dates. */
    record Setting(
            long consultationId,
            Map<String, Long> groupIds,
            String region,
            String ministry,
            String domain,
            Instant condensingStart,
            Instant commentingStart,
            Instant closedStart,
            boolean finished) {}

    /** A final draft as written, for the action plan that adopts it. */
    record FinalDraft(long draftId, int version, DraftContent content) {}

    private final List<FinalDraft> finalDrafts = new ArrayList<>();
    private final DraftSeeds drafts;
    private final ModerationSeeds audit;
    private final Random random;
    private final List<Map<String, String>> blocks;
    private final LongFunction<List<Long>> adoptedProposals;
    private final BiFunction<Long, Integer, List<Long>> mostSupportedProposals;

    /**
     * @param adoptedProposals a theme group's proposals adopted wholly or partly
     * @param mostSupportedProposals a theme group's most supported proposals, at most the given number
     */
    DemoDrafts(
            DraftSeeds drafts,
            ModerationSeeds audit,
            Random random,
            LongFunction<List<Long>> adoptedProposals,
            BiFunction<Long, Integer, List<Long>> mostSupportedProposals) {
        this.drafts = drafts;
        this.audit = audit;
        this.random = random;
        this.adoptedProposals = adoptedProposals;
        this.mostSupportedProposals = mostSupportedProposals;
        this.blocks = parse(DemoTexts.read("demo/drafts.txt"));
    }

    /** Seeds a consultation's drafts: one per theme group when finished, otherwise one in preparation. */
    void seed(Setting setting, long leadId, long coordinatorId, List<Long> participants) throws SQLException {
        for (Map<String, String> block : blocks) {
            Long groupId = setting.groupIds().get(block.get("group"));
            if (groupId == null || (!setting.finished() && !"offene-daten".equals(block.get("group")))) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            block.forEach((key, value) -> fields.put(
                    key,
                    value.replace("{region}", setting.region())
                            .replace("{ministry}", setting.ministry())
                            .replace("{domain}", setting.domain())));
            seedDraft(setting, groupId, fields, leadId, coordinatorId, participants);
        }
    }

    private void seedDraft(
            Setting setting,
            long groupId,
            Map<String, String> fields,
            long leadId,
            long coordinatorId,
            List<Long> participants)
            throws SQLException {
        Instant firstSave = setting.condensingStart().plusSeconds(5 * 86_400L);
        Instant secondSave = setting.condensingStart().plusSeconds(12 * 86_400L);
        // Only the finished drafts were ever published.
        long draftId = drafts.insert(new DraftSeeds.Draft(
                groupId,
                setting.finished() ? DraftStatus.FINAL : DraftStatus.IN_PREPARATION,
                setting.finished() ? 2 : 1,
                fields.get("title"),
                utc(firstSave),
                utc(setting.finished() ? setting.closedStart() : firstSave),
                setting.finished() ? utc(setting.commentingStart()) : null));
        // The first version is the shorter one: the lead added the last milestone and the list later.
        Map<String, String> first = new HashMap<>(fields);
        first.put("commitment", fields.get("commitment").split("\\\\n")[0]);
        List<String> milestones = milestones(fields);
        drafts.insertVersion(
                draftId,
                1,
                leadId,
                utc(firstSave),
                content(setting, first, milestones.subList(0, Math.max(1, milestones.size() - 1))));
        if (setting.finished()) {
            DraftContent last = content(setting, fields, milestones);
            drafts.insertVersion(draftId, 2, leadId, utc(secondSave), last);
            finalDrafts.add(new FinalDraft(draftId, 2, last));
            audit(setting, groupId, leadId, ContentModerated.Action.PUBLISH_DRAFT, draftId, setting.commentingStart());
            audit(
                    setting,
                    groupId,
                    coordinatorId,
                    ContentModerated.Action.FINALIZE_DRAFT,
                    draftId,
                    setting.closedStart());
            // Every adopted or partly adopted proposal of the group went into its draft.
            for (long proposalId : adoptedProposals.apply(groupId)) {
                drafts.link(draftId, proposalId, utc(secondSave));
            }
            seedParticipation(draftId, participants, setting.commentingStart(), setting.closedStart());
        } else {
            for (long proposalId : mostSupportedProposals.apply(groupId, 3)) {
                drafts.link(draftId, proposalId, utc(firstSave));
            }
        }
        drafts.flush();
    }

    /** The final drafts seeded so far, in the order they were written. */
    List<FinalDraft> finalDrafts() {
        return List.copyOf(finalDrafts);
    }

    /**
     * The text file's plans run 2019-2021, after the 2018 consultations; a consultation held in
     * another year gets the same plan moved by whole years, to start the year after it closes.
     */
    private static LocalDate planDate(String written, Setting setting) {
        int closingYear =
                setting.closedStart().atZone(ZoneId.of("Europe/Berlin")).getYear();
        return LocalDate.parse(written).plusYears(closingYear + 1 - FIRST_PLAN_YEAR);
    }

    private static final int FIRST_PLAN_YEAR = 2019;

    private static DraftContent content(Setting setting, Map<String, String> fields, List<String> milestones) {
        String[] contact = fields.getOrDefault("contact", "||").split("\\|", -1);
        List<Milestone> planned = new ArrayList<>();
        for (String milestone : milestones) {
            String[] parts = milestone.split("\\|", 3);
            planned.add(new Milestone(
                    parts[2].strip(), planDate(parts[0].strip(), setting), planDate(parts[1].strip(), setting)));
        }
        return new DraftContent(
                fields.get("title"),
                planDate(fields.get("start"), setting),
                planDate(fields.get("end"), setting),
                fields.get("agency"),
                text(fields, "problem"),
                text(fields, "commitment"),
                text(fields, "contribution"),
                text(fields, "relevance"),
                text(fields, "additional"),
                contact[0].strip(),
                contact.length > 1 ? contact[1].strip() : "",
                contact.length > 2 ? contact[2].strip() : "",
                text(fields, "state"),
                text(fields, "civil"),
                text(fields, "private"),
                planned);
    }

    private static final String[] COMMENTS = {
        "Gut, dass die Meilensteine überprüfbare Ergebnisse nennen. Bitte veröffentlichen Sie auch die Zwischenstände.",
        "Der Zeitplan für den zweiten Meilenstein erscheint mir sehr knapp. Ist das Budget dafür gesichert?",
        "Die Kommunen sollten von Anfang an einbezogen werden, sonst bleibt es ein Angebot nur des Landes.",
        "Sehr schön, dass unser Vorschlag aufgegriffen wurde. Wir bringen uns als Initiative gerne bei der Umsetzung ein."
    };

    private void seedParticipation(long draftId, List<Long> participants, Instant from, Instant to)
            throws SQLException {
        List<Long> shuffled = new ArrayList<>(participants);
        Collections.shuffle(shuffled, random);
        int voters = 10 + random.nextInt(40);
        for (int i = 0; i < voters; i++) {
            drafts.vote(
                    draftId,
                    shuffled.get(i),
                    random.nextDouble() < 0.8 ? VoteDirection.FOR : VoteDirection.AGAINST,
                    utc(from.plusSeconds(
                            random.nextInt((int) Math.max(1, to.getEpochSecond() - from.getEpochSecond())))));
        }
        int comments = 1 + random.nextInt(3);
        for (int i = 0; i < comments; i++) {
            drafts.comment(
                    draftId,
                    shuffled.get(voters + i),
                    COMMENTS[random.nextInt(COMMENTS.length)],
                    utc(from.plusSeconds(86_400L * (i + 1))));
        }
        drafts.recount(draftId);
    }

    private void audit(
            Setting setting, long groupId, long actorId, ContentModerated.Action action, long draftId, Instant at)
            throws SQLException {
        audit.add(
                setting.consultationId(),
                groupId,
                actorId,
                action,
                ContentModerated.TargetType.DRAFT,
                draftId,
                null,
                utc(at));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String text(Map<String, String> fields, String key) {
        return fields.getOrDefault(key, "").replace("\\n", "\n").strip();
    }

    private static List<String> milestones(Map<String, String> fields) {
        return List.of(fields.getOrDefault("milestone", "").split("\n"));
    }

    /** Blocks of "key: value" lines separated by "---"; repeated "milestone" lines are joined. */
    private static List<Map<String, String>> parse(String text) {
        List<Map<String, String>> result = new ArrayList<>();
        for (String block : text.split("(?m)^---\\s*$")) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : block.strip().split("\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                fields.merge(key, value, (a, b) -> a + "\n" + b);
            }
            if (fields.containsKey("group")) {
                result.add(fields);
            }
        }
        return result;
    }
}
