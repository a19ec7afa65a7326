package de.kokreation.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Draft commitments for the demo, read from {@code demo/drafts.txt}: final drafts with two
 * versions, milestones, linked proposals, votes, comments and their moderation history in the
 * closed 2018 consultations; one draft in preparation for the demo lead in the federal one.
 */
final class DemoDrafts {

    /** Where a consultation's drafts come from: placeholders of the text file and the phase dates. */
    record Setting(long consultationId, Map<String, Long> groupIds, String region, String ministry, String domain,
            Instant condensingStart, Instant commentingStart, Instant closedStart, boolean finished) {
    }

    private final JdbcTemplate jdbc;
    private final Random random;
    private final List<Map<String, String>> blocks;

    DemoDrafts(JdbcTemplate jdbc, Random random) {
        this.jdbc = jdbc;
        this.random = random;
        this.blocks = parse(DemoTexts.read("demo/drafts.txt"));
    }

    /** Seeds a consultation's drafts: one per theme group when finished, otherwise one in preparation. */
    void seed(Setting setting, long leadId, long coordinatorId, List<Long> participants) {
        for (Map<String, String> block : blocks) {
            Long groupId = setting.groupIds().get(block.get("group"));
            if (groupId == null || (!setting.finished() && !"offene-daten".equals(block.get("group")))) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            block.forEach((key, value) -> fields.put(key, value.replace("{region}", setting.region())
                    .replace("{ministry}", setting.ministry()).replace("{domain}", setting.domain())));
            seedDraft(setting, groupId, fields, leadId, coordinatorId, participants);
        }
    }

    private void seedDraft(Setting setting, long groupId, Map<String, String> fields, long leadId, long coordinatorId,
            List<Long> participants) {
        Instant firstSave = setting.condensingStart().plusSeconds(5 * 86_400L);
        Instant secondSave = setting.condensingStart().plusSeconds(12 * 86_400L);
        long draftId = new SimpleJdbcInsert(jdbc).withTableName("draft_commitment").usingGeneratedKeyColumns("id")
                .usingColumns("theme_group_id", "status", "current_version", "title", "created_at", "updated_at",
                        "published_at")
                .executeAndReturnKey(draftRow(setting, groupId, fields.get("title"), firstSave)).longValue();
        // The first version is the shorter one: the lead added the last milestone and the list later.
        Map<String, String> first = new HashMap<>(fields);
        first.put("commitment", fields.get("commitment").split("\\\\n")[0]);
        List<String> milestones = milestones(fields);
        insertVersion(setting, draftId, 1, leadId, firstSave, first, milestones.subList(0, Math.max(1, milestones.size() - 1)));
        if (setting.finished()) {
            insertVersion(setting, draftId, 2, leadId, secondSave, fields, milestones);
            audit(setting, groupId, leadId, "PUBLISH_DRAFT", draftId, setting.commentingStart());
            audit(setting, groupId, coordinatorId, "FINALIZE_DRAFT", draftId, setting.closedStart());
            linkAnsweredProposals(draftId, groupId, secondSave);
            seedParticipation(draftId, participants, setting.commentingStart(), setting.closedStart());
        } else {
            jdbc.update("insert into draft_proposal (draft_id, proposal_id, linked_at) select ?, id, ? from proposal"
                    + " where theme_group_id = ? order by votes_for desc, id fetch first 3 rows only", draftId,
                    Timestamp.from(firstSave), groupId);
        }
    }

    private static Map<String, Object> draftRow(Setting setting, long groupId, String title, Instant firstSave) {
        Map<String, Object> row = new HashMap<>();
        row.put("theme_group_id", groupId);
        row.put("status", setting.finished() ? "FINAL" : "IN_PREPARATION");
        row.put("current_version", setting.finished() ? 2 : 1);
        row.put("title", title);
        row.put("created_at", Timestamp.from(firstSave));
        row.put("updated_at", Timestamp.from(setting.finished() ? setting.closedStart() : firstSave));
        // Only the finished drafts were ever published.
        row.put("published_at", setting.finished() ? Timestamp.from(setting.commentingStart()) : null);
        return row;
    }

    /**
     * The text file's plans run 2019-2021, after the 2018 consultations; a consultation held in
     * another year gets the same plan moved by whole years, to start the year after it closes.
     */
    private static LocalDate planDate(String written, Setting setting) {
        int closingYear = setting.closedStart().atZone(java.time.ZoneId.of("Europe/Berlin")).getYear();
        return LocalDate.parse(written).plusYears(closingYear + 1 - FIRST_PLAN_YEAR);
    }

    private static final int FIRST_PLAN_YEAR = 2019;

    private void insertVersion(Setting setting, long draftId, int number, long authorId, Instant savedAt,
            Map<String, String> fields, List<String> milestones) {
        String[] contact = fields.getOrDefault("contact", "||").split("\\|", -1);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("draft_id", draftId);
        values.put("version_number", number);
        values.put("author_id", authorId);
        values.put("saved_at", Timestamp.from(savedAt));
        values.put("title", fields.get("title"));
        values.put("start_date", planDate(fields.get("start"), setting));
        values.put("end_date", planDate(fields.get("end"), setting));
        values.put("lead_agency", fields.get("agency"));
        values.put("problem", text(fields, "problem"));
        values.put("commitment_text", text(fields, "commitment"));
        values.put("contribution", text(fields, "contribution"));
        values.put("ogp_relevance", text(fields, "relevance"));
        values.put("additional_info", text(fields, "additional"));
        values.put("contact_name", contact[0].strip());
        values.put("contact_role", contact.length > 1 ? contact[1].strip() : "");
        values.put("contact_email", contact.length > 2 ? contact[2].strip() : "");
        values.put("actors_state", text(fields, "state"));
        values.put("actors_civil_society", text(fields, "civil"));
        values.put("actors_private", text(fields, "private"));
        long versionId = new SimpleJdbcInsert(jdbc).withTableName("draft_version").usingGeneratedKeyColumns("id")
                .usingColumns(values.keySet().toArray(String[]::new)).executeAndReturnKey(values).longValue();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            String[] parts = milestones.get(i).split("\\|", 3);
            rows.add(new Object[] {versionId, i, parts[2].strip(), planDate(parts[0].strip(), setting),
                    planDate(parts[1].strip(), setting)});
        }
        jdbc.batchUpdate("insert into draft_milestone (version_id, position, deliverable, start_date, end_date)"
                + " values (?, ?, ?, ?, ?)", rows);
    }

    /** Every adopted or partly adopted proposal of the group went into its draft. */
    private void linkAnsweredProposals(long draftId, long groupId, Instant linkedAt) {
        jdbc.update("insert into draft_proposal (draft_id, proposal_id, linked_at) select ?, p.id, ? from proposal p"
                + " join proposal_response r on r.proposal_id = p.id where p.theme_group_id = ?"
                + " and r.outcome in ('ADOPTED', 'PARTLY_ADOPTED')", draftId, Timestamp.from(linkedAt), groupId);
    }

    private static final String[] COMMENTS = {
        "Gut, dass die Meilensteine überprüfbare Ergebnisse nennen. Bitte veröffentlichen Sie auch die Zwischenstände.",
        "Der Zeitplan für den zweiten Meilenstein erscheint mir sehr knapp. Ist das Budget dafür gesichert?",
        "Die Kommunen sollten von Anfang an einbezogen werden, sonst bleibt es ein Angebot nur des Landes.",
        "Sehr schön, dass unser Vorschlag aufgegriffen wurde. Wir bringen uns als Initiative gerne bei der Umsetzung ein."};

    private void seedParticipation(long draftId, List<Long> participants, Instant from, Instant to) {
        List<Long> shuffled = new ArrayList<>(participants);
        java.util.Collections.shuffle(shuffled, random);
        int voters = 10 + random.nextInt(40);
        List<Object[]> votes = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            votes.add(new Object[] {draftId, shuffled.get(i), random.nextDouble() < 0.8 ? "FOR" : "AGAINST",
                    Timestamp.from(from.plusSeconds(random.nextInt((int) Math.max(1, (to.getEpochSecond()
                            - from.getEpochSecond()))))) });
        }
        jdbc.batchUpdate("insert into draft_vote (draft_id, voter_id, direction, cast_at) values (?, ?, ?, ?)", votes);
        int comments = 1 + random.nextInt(3);
        for (int i = 0; i < comments; i++) {
            jdbc.update("insert into draft_comment (draft_id, author_id, body, created_at) values (?, ?, ?, ?)",
                    draftId, shuffled.get(voters + i), COMMENTS[random.nextInt(COMMENTS.length)],
                    Timestamp.from(from.plusSeconds(86_400L * (i + 1))));
        }
        jdbc.update("update draft_commitment set"
                + " votes_for = (select count(*) from draft_vote v where v.draft_id = draft_commitment.id and v.direction = 'FOR'),"
                + " votes_against = (select count(*) from draft_vote v where v.draft_id = draft_commitment.id and v.direction = 'AGAINST'),"
                + " comment_count = (select count(*) from draft_comment c where c.draft_id = draft_commitment.id)"
                + " where id = ?", draftId);
    }

    private void audit(Setting setting, long groupId, long actorId, String action, long draftId, Instant at) {
        jdbc.update("insert into moderation_action (consultation_id, theme_group_id, actor_id, action, target_type,"
                + " target_id, created_at) values (?, ?, ?, ?, 'DRAFT', ?, ?)", setting.consultationId(), groupId,
                actorId, action, draftId, Timestamp.from(at));
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
