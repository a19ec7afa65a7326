package de.kokreation.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Fills one consultation of a given {@link BenchmarkScale} through JDBC batches, deterministically
 * from a seed: six theme groups of unequal size, proposals with German text of realistic lengths,
 * votes and comments distributed like real participation (Zipf-like: a few proposals get most of
 * them), replies, deleted and hidden comments, hidden and duplicate proposals, flags, reasoned
 * responses and a dozen draft commitments linked to proposals. The denormalized counters on
 * {@code proposal} (votes_for, votes_against, comment_count) are written to match the rows.
 *
 * <p>Ids are given explicitly (1, 2, 3, ... per table), then the identity columns are restarted
 * behind them, so that the application's own inserts continue without collision.
 */
final class DataGenerator {

    static final String SLUG = "benchmark";
    static final String READY_REGION = "Benchmark";
    static final String ADMIN_EMAIL = "koordination@benchmark.example";
    /** Accounts the generator never votes with: the vote benchmark's voters (service and baseline). */
    static final int RESERVED_VOTERS = 256;
    static final String[] GROUPS = {"offene-daten", "transparenz-informationsfreiheit", "buergerbeteiligung",
            "datenschutz-it-sicherheit", "offene-innovation", "kompetenzaufbau"};
    private static final String[] GROUP_NAMES = {"Offene Daten", "Transparenz und Informationsfreiheit",
            "Bürgerbeteiligung", "Datenschutz und IT-Sicherheit", "Offene Innovation", "Kompetenzaufbau"};
    /** Share of the proposals per theme group: the first group is the largest, as in real processes. */
    private static final double[] GROUP_SHARES = {0.30, 0.20, 0.15, 0.15, 0.10, 0.10};
    private static final int BATCH = 2_000;
    private static final int DRAFTS_PER_GROUP = 2;
    private static final int PROPOSALS_PER_DRAFT = 20;

    private final DataSource dataSource;
    private final BenchmarkScale scale;
    private final Random random;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);

    DataGenerator(DataSource dataSource, BenchmarkScale scale, long seed) {
        this.dataSource = dataSource;
        this.scale = scale;
        this.random = new Random(seed);
    }

    /** The consultation's timeline: proposal collection runs today (votes and comments are open). */
    static LocalDate[] timeline(LocalDate today) {
        return new LocalDate[] {today.minusDays(40), today.minusDays(30), today.plusDays(30), today.plusDays(60),
            today.plusDays(90)};
    }

    /** True when the consultation of this scale was generated completely (the region is set last). */
    static boolean isReady(DataSource dataSource, BenchmarkScale scale) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select count(*) from consultation where slug = ? and region = ? and description = ?")) {
            query.setString(1, SLUG);
            query.setString(2, READY_REGION);
            query.setString(3, description(scale));
            var result = query.executeQuery();
            result.next();
            return result.getInt(1) == 1;
        } catch (SQLException noSchemaYet) {
            return false;
        }
    }

    private static String description(BenchmarkScale scale) {
        return "Generated benchmark consultation, scale " + scale.name() + ": " + scale.proposals() + " proposals, "
                + scale.comments() + " comments, " + scale.votes() + " votes.";
    }

    void generate() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            accounts(connection);
            consultation(connection);
            Proposals proposals = proposals(connection);
            comments(connection, proposals);
            votes(connection, proposals);
            counters(connection, proposals);
            responsesAndFlags(connection, proposals);
            drafts(connection, proposals);
            restartIdentities(connection);
            try (PreparedStatement ready = connection.prepareStatement("update consultation set region = ? where id = 1")) {
                ready.setString(1, READY_REGION);
                ready.executeUpdate();
            }
            connection.commit();
            System.out.printf("Generated %s in %.1f s%n", scale, (System.nanoTime() - start) / 1e9);
        }
    }

    /** Account 1 is the admin who exports; then the participants; the last ones are reserved voters. */
    private void accounts(Connection connection) throws SQLException {
        int total = scale.users() + RESERVED_VOTERS;
        try (PreparedStatement account = connection.prepareStatement("insert into user_account (id, display_name,"
                + " email, password_hash, language, created_at, status) values (?, ?, ?, ?, ?, ?, 'ACTIVE')");
                PreparedStatement role = connection.prepareStatement(
                        "insert into account_role (account_id, role) values (?, ?)")) {
            for (long id = 1; id <= total; id++) {
                account.setLong(1, id);
                account.setString(2, id == 1 ? "Benchmark-Koordination" : "Teilnehmerin " + id);
                account.setString(3, id == 1 ? ADMIN_EMAIL : "person-" + id + "@benchmark.example");
                // Not a usable password: the benchmark logs in through the security context.
                account.setString(4, "{noop}-");
                account.setString(5, random.nextInt(10) == 0 ? "en" : "de");
                account.setObject(6, now.minusDays(60));
                account.addBatch();
                role.setLong(1, id);
                role.setString(2, "CITIZEN");
                role.addBatch();
                if (id == 1) {
                    role.setLong(1, id);
                    role.setString(2, "ADMIN");
                    role.addBatch();
                }
                if (id % BATCH == 0) {
                    account.executeBatch();
                    role.executeBatch();
                }
            }
            account.executeBatch();
            role.executeBatch();
        }
        connection.commit();
    }

    static long firstReservedVoter(BenchmarkScale scale) {
        return scale.users() + 1L;
    }

    private void consultation(Connection connection) throws SQLException {
        LocalDate[] dates = timeline(now.toLocalDate());
        try (PreparedStatement consultation = connection.prepareStatement("insert into consultation (id, slug, title,"
                + " region, description, announcement_start, collection_start, condensing_start,"
                + " draft_commenting_start, closed_start) values (1, ?, ?, 'incomplete', ?, ?, ?, ?, ?, ?)")) {
            consultation.setString(1, SLUG);
            consultation.setString(2, "Nationaler Aktionsplan – Benchmark (" + scale.name() + ")");
            consultation.setString(3, description(scale));
            for (int i = 0; i < dates.length; i++) {
                consultation.setObject(4 + i, dates[i]);
            }
            consultation.executeUpdate();
        }
        try (PreparedStatement group = connection.prepareStatement("insert into theme_group (id, consultation_id,"
                + " slug, name, description, position) values (?, 1, ?, ?, ?, ?)")) {
            for (int i = 0; i < GROUPS.length; i++) {
                group.setLong(1, i + 1);
                group.setString(2, GROUPS[i]);
                group.setString(3, GROUP_NAMES[i]);
                group.setString(4, GermanText.of(random, 200));
                group.setInt(5, i);
                group.addBatch();
            }
            group.executeBatch();
        }
        connection.commit();
    }

    /** What later steps need to know of the proposals, by index (id = index + 1). */
    private record Proposals(int[] group, OffsetDateTime[] createdAt, int[] votesFor, int[] votesAgainst,
            int[] comments, boolean[] hidden) {
    }

    private Proposals proposals(Connection connection) throws SQLException {
        int n = scale.proposals();
        int[] group = new int[n];
        OffsetDateTime[] createdAt = new OffsetDateTime[n];
        boolean[] hidden = new boolean[n];
        int[] votes = zipf(n, scale.votes(), scale.users(), 5);
        int[] comments = zipf(n, scale.comments(), Integer.MAX_VALUE, 10);
        int[] votesFor = new int[n];
        int[] votesAgainst = new int[n];
        long collectionSeconds = 30L * 24 * 3600;
        try (PreparedStatement insert = connection.prepareStatement("insert into proposal (id, theme_group_id,"
                + " author_id, title, body_source, body_html, created_at, updated_at, votes_for, votes_against,"
                + " comment_count, hidden_reason, hidden_at, hidden_by, duplicate_of_id, reviewed_at, hidden)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                group[i] = pickGroup();
                // Submitted over the collection so far, in id order.
                createdAt[i] = now.minusSeconds(collectionSeconds - collectionSeconds * i / n);
                double forShare = 0.5 + 0.45 * random.nextDouble();
                votesFor[i] = (int) Math.round(votes[i] * forShare);
                votesAgainst[i] = votes[i] - votesFor[i];
                hidden[i] = random.nextInt(200) == 0;
                String source = GermanText.paragraphs(random, GermanText.length(random, 200, 3_000));
                insert.setLong(1, i + 1);
                insert.setLong(2, group[i] + 1);
                insert.setLong(3, participant());
                insert.setString(4, GermanText.title(random));
                insert.setString(5, source);
                insert.setString(6, GermanText.html(source));
                insert.setObject(7, createdAt[i]);
                insert.setObject(8, random.nextInt(10) == 0 ? createdAt[i].plusHours(3) : createdAt[i]);
                insert.setInt(9, votesFor[i]);
                insert.setInt(10, votesAgainst[i]);
                insert.setString(11, hidden[i] ? "Werbung ohne Bezug zum Aktionsplan." : null);
                insert.setObject(12, hidden[i] ? createdAt[i].plusHours(5) : null);
                insert.setObject(13, hidden[i] ? 1L : null);
                insert.setObject(14, i > 10 && random.nextInt(200) == 0 ? (long) random.nextInt(i) + 1 : null);
                insert.setObject(15, random.nextInt(3) == 0 ? null : createdAt[i].plusHours(12));
                insert.setBoolean(16, hidden[i]);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        return new Proposals(group, createdAt, votesFor, votesAgainst, comments, hidden);
    }

    private int pickGroup() {
        double r = random.nextDouble();
        for (int g = 0; g < GROUP_SHARES.length; g++) {
            r -= GROUP_SHARES[g];
            if (r < 0) {
                return g;
            }
        }
        return GROUP_SHARES.length - 1;
    }

    /** A participant's account id (never the admin, never a reserved voter). */
    private long participant() {
        return 2 + random.nextInt(scale.users() - 1);
    }

    /**
     * Splits {@code total} over {@code n} items like real participation: the item of popularity rank
     * r gets a share proportional to 1 / (r + offset), ranks shuffled so popularity does not follow
     * the id; no item gets more than {@code cap}.
     */
    private int[] zipf(int n, int total, int cap, int offset) {
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rank[i];
            rank[i] = rank[j];
            rank[j] = swap;
        }
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + offset);
        }
        int[] counts = new int[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            counts[i] = (int) Math.min(cap, Math.floor(total * (1.0 / (rank[i] + offset)) / sum));
            assigned += counts[i];
        }
        // The rest one by one, to random items below the cap, so the total is exact.
        while (assigned < total) {
            int i = random.nextInt(n);
            if (counts[i] < cap) {
                counts[i]++;
                assigned++;
            }
        }
        return counts;
    }

    /**
     * Comments: about a third are replies to an earlier comment of the same proposal; 1 % deleted by
     * their author, 0.5 % hidden by the moderation. comment_count counts all but the deleted, as the
     * site does.
     */
    private void comments(Connection connection, Proposals proposals) throws SQLException {
        int n = scale.proposals();
        long id = 0;
        try (PreparedStatement insert = connection.prepareStatement("insert into proposal_comment (id, proposal_id,"
                + " parent_id, author_id, body, created_at, edited_at, deleted_at, hidden_reason, hidden_at, hidden_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int p = 0; p < n; p++) {
                int count = proposals.comments()[p];
                long first = id + 1;
                int visible = 0;
                long span = Math.max(60, now.toEpochSecond() - proposals.createdAt()[p].toEpochSecond());
                for (int c = 0; c < count; c++) {
                    id++;
                    boolean deleted = random.nextInt(100) == 0;
                    boolean hidden = !deleted && random.nextInt(200) == 0;
                    if (!deleted) {
                        visible++;
                    }
                    OffsetDateTime created = proposals.createdAt()[p].plusSeconds(span * (c + 1) / (count + 1));
                    insert.setLong(1, id);
                    insert.setLong(2, p + 1);
                    // A reply to one of the last 20 comments before it.
                    insert.setObject(3, c > 0 && random.nextInt(3) == 0
                            ? id - 1 - random.nextInt((int) Math.min(20, id - first)) : null);
                    insert.setLong(4, participant());
                    insert.setString(5, GermanText.of(random, GermanText.length(random, 40, 1_200)));
                    insert.setObject(6, created);
                    insert.setObject(7, random.nextInt(20) == 0 ? created.plusMinutes(10) : null);
                    insert.setObject(8, deleted ? created.plusHours(1) : null);
                    insert.setString(9, hidden ? "Beleidigend." : null);
                    insert.setObject(10, hidden ? created.plusHours(2) : null);
                    insert.setObject(11, hidden ? 1L : null);
                    insert.addBatch();
                    if (id % BATCH == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                proposals.comments()[p] = visible;
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    /**
     * Votes: each proposal's voters are distinct participants (a walk through the participant ids
     * with a stride coprime to their number), directions as counted on the proposal.
     */
    private void votes(Connection connection, Proposals proposals) throws SQLException {
        int voters = scale.users() - 1;
        long[] strides = {7_919, 104_729, 15_485_863, 32_452_843};
        long id = 0;
        try (PreparedStatement insert = connection.prepareStatement("insert into proposal_vote (id, proposal_id,"
                + " voter_id, direction, cast_at) values (?, ?, ?, ?, ?)")) {
            for (int p = 0; p < scale.proposals(); p++) {
                int forVotes = proposals.votesFor()[p];
                int total = forVotes + proposals.votesAgainst()[p];
                long stride = strides[random.nextInt(strides.length)];
                while (gcd(stride, voters) != 1) {
                    stride++;
                }
                long start = random.nextInt(voters);
                long span = Math.max(60, now.toEpochSecond() - proposals.createdAt()[p].toEpochSecond());
                for (int v = 0; v < total; v++) {
                    id++;
                    insert.setLong(1, id);
                    insert.setLong(2, p + 1);
                    insert.setLong(3, 2 + (start + v * stride) % voters);
                    insert.setString(4, v < forVotes ? "FOR" : "AGAINST");
                    insert.setObject(5, proposals.createdAt()[p].plusSeconds(span * (v + 1) / (total + 1)));
                    insert.addBatch();
                    if (id % BATCH == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private void counters(Connection connection, Proposals proposals) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update proposal set comment_count = ? where id = ?")) {
            for (int p = 0; p < scale.proposals(); p++) {
                if (proposals.comments()[p] == 0) {
                    continue;
                }
                update.setInt(1, proposals.comments()[p]);
                update.setLong(2, p + 1);
                update.addBatch();
                if (p % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        connection.commit();
    }

    /** Reasoned responses for a fifth of the proposals; flags on 0.5 % of proposals and 0.2 % of comments. */
    private void responsesAndFlags(Connection connection, Proposals proposals) throws SQLException {
        String[] outcomes = {"ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED", "NOT_ADOPTED", "DUPLICATE"};
        try (PreparedStatement response = connection.prepareStatement("insert into proposal_response (proposal_id,"
                + " outcome, reason, responded_by, responded_at) values (?, ?, ?, 1, ?)");
                PreparedStatement flag = connection.prepareStatement("insert into content_flag (id, target_type,"
                        + " target_id, theme_group_id, flagger_id, reason, note, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            long flagId = 0;
            for (int p = 0; p < scale.proposals(); p++) {
                if (random.nextInt(5) == 0) {
                    String outcome = outcomes[random.nextInt(outcomes.length)];
                    response.setLong(1, p + 1);
                    response.setString(2, outcome);
                    response.setString(3, outcome.equals("ADOPTED") ? null
                            : GermanText.of(random, GermanText.length(random, 80, 800)));
                    response.setObject(4, proposals.createdAt()[p].plusDays(2));
                    response.addBatch();
                }
                if (random.nextInt(200) == 0) {
                    flagId++;
                    flag(flag, flagId, "PROPOSAL", p + 1, proposals.group()[p] + 1, proposals.createdAt()[p]);
                }
                if (p % BATCH == 0) {
                    response.executeBatch();
                    flag.executeBatch();
                }
            }
            for (int i = 0; i < scale.comments() / 500; i++) {
                flagId++;
                long comment = 1 + random.nextInt(scale.comments());
                flag(flag, flagId, "COMMENT", comment, 1 + random.nextInt(GROUPS.length), now.minusDays(1));
            }
            response.executeBatch();
            flag.executeBatch();
        }
        connection.commit();
    }

    private void flag(PreparedStatement flag, long id, String type, long target, long group, OffsetDateTime at)
            throws SQLException {
        String[] reasons = {"SPAM", "OFFENSIVE", "OFF_TOPIC", "DUPLICATE"};
        flag.setLong(1, id);
        flag.setString(2, type);
        flag.setLong(3, target);
        flag.setLong(4, group);
        // Each flag by its own flagger, so (target, flagger) stays unique.
        flag.setLong(5, 2 + id % (scale.users() - 1));
        flag.setString(6, reasons[random.nextInt(reasons.length)]);
        flag.setString(7, null);
        flag.setObject(8, at.plusHours(1));
        flag.addBatch();
    }

    /** Two published drafts per theme group, one version each with three milestones, each linked to 20 proposals. */
    private void drafts(Connection connection, Proposals proposals) throws SQLException {
        List<List<Integer>> byGroup = new ArrayList<>();
        for (int g = 0; g < GROUPS.length; g++) {
            byGroup.add(new ArrayList<>());
        }
        for (int p = 0; p < scale.proposals(); p++) {
            if (!proposals.hidden()[p]) {
                byGroup.get(proposals.group()[p]).add(p + 1);
            }
        }
        try (PreparedStatement draft = connection.prepareStatement("insert into draft_commitment (id, theme_group_id,"
                + " status, current_version, title, created_at, updated_at, published_at) values (?, ?, 'PUBLISHED', 1, ?,"
                + " ?, ?, ?)");
                PreparedStatement version = connection.prepareStatement("insert into draft_version (id, draft_id,"
                        + " version_number, author_id, saved_at, title, start_date, end_date, lead_agency, problem,"
                        + " commitment_text, contribution, ogp_relevance, additional_info, contact_name, contact_role,"
                        + " contact_email, actors_state, actors_civil_society, actors_private)"
                        + " values (?, ?, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Erika Muster', 'Referentin',"
                        + " 'erika@amt.example', ?, ?, ?)");
                PreparedStatement milestone = connection.prepareStatement("insert into draft_milestone (version_id,"
                        + " position, deliverable, start_date, end_date) values (?, ?, ?, ?, ?)");
                PreparedStatement link = connection.prepareStatement(
                        "insert into draft_proposal (draft_id, proposal_id, linked_at) values (?, ?, ?)")) {
            long id = 0;
            for (int g = 0; g < GROUPS.length; g++) {
                List<Integer> candidates = byGroup.get(g);
                for (int d = 0; d < DRAFTS_PER_GROUP; d++) {
                    id++;
                    String title = GermanText.title(random);
                    draft.setLong(1, id);
                    draft.setLong(2, g + 1);
                    draft.setString(3, title);
                    draft.setObject(4, now.minusDays(5));
                    draft.setObject(5, now.minusDays(1));
                    draft.setObject(6, now.minusDays(1));
                    draft.addBatch();
                    version.setLong(1, id);
                    version.setLong(2, id);
                    version.setObject(3, now.minusDays(1));
                    version.setString(4, title);
                    version.setObject(5, LocalDate.of(2027, 1, 1));
                    version.setObject(6, LocalDate.of(2028, 12, 31));
                    version.setString(7, "Bundesministerium des Innern");
                    for (int field = 8; field <= 12; field++) {
                        version.setString(field, GermanText.paragraphs(random, GermanText.length(random, 400, 2_500)));
                    }
                    for (int field = 13; field <= 15; field++) {
                        version.setString(field, GermanText.of(random, 120));
                    }
                    version.addBatch();
                    for (int m = 0; m < 3; m++) {
                        milestone.setLong(1, id);
                        milestone.setInt(2, m);
                        milestone.setString(3, GermanText.of(random, 150));
                        milestone.setObject(4, LocalDate.of(2027, 1 + 4 * m, 1));
                        milestone.setObject(5, LocalDate.of(2027, 4 + 4 * m, 30));
                        milestone.addBatch();
                    }
                    int[] chosen = random.ints(0, Math.max(1, candidates.size())).distinct()
                            .limit(Math.min(PROPOSALS_PER_DRAFT, candidates.size())).toArray();
                    Arrays.sort(chosen);
                    for (int index : chosen) {
                        link.setLong(1, id);
                        link.setLong(2, candidates.get(index));
                        link.setObject(3, now.minusDays(1));
                        link.addBatch();
                    }
                }
            }
            draft.executeBatch();
            version.executeBatch();
            milestone.executeBatch();
            link.executeBatch();
        }
        connection.commit();
    }

    /** The application's own inserts (votes of the benchmark, for one) continue after the generated ids. */
    private void restartIdentities(Connection connection) throws SQLException {
        String[] tables = {"user_account", "consultation", "theme_group", "proposal", "proposal_comment",
            "proposal_vote", "content_flag", "draft_commitment", "draft_version"};
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                long next;
                try (var result = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                    result.next();
                    next = result.getLong(1);
                }
                statement.execute("alter table " + table + " alter column id restart with " + next);
            }
        }
        connection.commit();
    }
}
