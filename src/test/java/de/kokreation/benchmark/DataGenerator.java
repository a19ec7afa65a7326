package de.kokreation.benchmark;

import de.kokreation.account.Role;
import de.kokreation.account.seed.AccountSeeds;
import de.kokreation.consultation.Timeline;
import de.kokreation.consultation.seed.ConsultationSeeds;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftStatus;
import de.kokreation.drafting.Milestone;
import de.kokreation.drafting.seed.DraftSeeds;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.moderation.FlagReason;
import de.kokreation.moderation.seed.ModerationSeeds;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.seed.ProposalSeeds;
import de.kokreation.voting.VoteDirection;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Fills one consultation of a given {@link BenchmarkScale} through the modules' seed writers (JDBC
 * batches), deterministically
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

    static final String[] GROUPS = {
        "offene-daten",
        "transparenz-informationsfreiheit",
        "buergerbeteiligung",
        "datenschutz-it-sicherheit",
        "offene-innovation",
        "kompetenzaufbau"
    };
    private static final String[] GROUP_NAMES = {
        "Offene Daten",
        "Transparenz und Informationsfreiheit",
        "Bürgerbeteiligung",
        "Datenschutz und IT-Sicherheit",
        "Offene Innovation",
        "Kompetenzaufbau"
    };
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
        return new LocalDate[] {
            today.minusDays(40), today.minusDays(30), today.plusDays(30), today.plusDays(60), today.plusDays(90)
        };
    }

    /** True when the consultation of this scale was generated completely (the region is set last). */
    static boolean isReady(DataSource dataSource, BenchmarkScale scale) {
        try (Connection connection = dataSource.getConnection()) {
            return ConsultationSeeds.exists(connection, SLUG, READY_REGION, description(scale));
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
            continueIdentities(connection);
            try (ConsultationSeeds consultations = new ConsultationSeeds(connection)) {
                consultations.setRegion(1, READY_REGION);
            }
            connection.commit();
            System.out.printf("Generated %s in %.1f s%n", scale, (System.nanoTime() - start) / 1e9);
        }
    }

    /** Account 1 is the admin who exports; then the participants; the last ones are reserved voters. */
    private void accounts(Connection connection) throws SQLException {
        int total = scale.users() + RESERVED_VOTERS;
        try (AccountSeeds accounts = new AccountSeeds(connection, BATCH)) {
            for (long id = 1; id <= total; id++) {
                String name = id == 1 ? "Benchmark-Koordination" : "Teilnehmerin " + id;
                String email = id == 1 ? ADMIN_EMAIL : "person-" + id + "@benchmark.example";
                // Not a usable password: the benchmark logs in through the security context.
                String language = random.nextInt(10) == 0 ? "en" : "de";
                accounts.add(
                        id,
                        new AccountSeeds.Account(
                                name,
                                email,
                                "{noop}-",
                                language,
                                now.minusDays(60),
                                id == 1 ? EnumSet.of(Role.CITIZEN, Role.ADMIN) : EnumSet.of(Role.CITIZEN)));
            }
        }
        connection.commit();
    }

    static long firstReservedVoter(BenchmarkScale scale) {
        return scale.users() + 1L;
    }

    private void consultation(Connection connection) throws SQLException {
        LocalDate[] dates = timeline(now.toLocalDate());
        try (ConsultationSeeds consultations = new ConsultationSeeds(connection)) {
            consultations.addConsultation(
                    1,
                    SLUG,
                    "Nationaler Aktionsplan – Benchmark (" + scale.name() + ")",
                    "incomplete",
                    description(scale),
                    new Timeline(dates[0], dates[1], dates[2], dates[3], dates[4]));
            for (int i = 0; i < GROUPS.length; i++) {
                consultations.addThemeGroup(i + 1, 1, GROUPS[i], GROUP_NAMES[i], GermanText.of(random, 200), i);
            }
        }
        connection.commit();
    }

    /** What later steps need to know of the proposals, by index (id = index + 1). */
    private record Proposals(
            int[] group,
            OffsetDateTime[] createdAt,
            int[] votesFor,
            int[] votesAgainst,
            int[] comments,
            boolean[] hidden) {}

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
        try (ProposalSeeds seeds = new ProposalSeeds(connection, BATCH)) {
            for (int i = 0; i < n; i++) {
                group[i] = pickGroup();
                // Submitted over the collection so far, in id order.
                createdAt[i] = now.minusSeconds(collectionSeconds - collectionSeconds * i / n);
                double forShare = 0.5 + 0.45 * random.nextDouble();
                votesFor[i] = (int) Math.round(votes[i] * forShare);
                votesAgainst[i] = votes[i] - votesFor[i];
                hidden[i] = random.nextInt(200) == 0;
                String source = GermanText.paragraphs(random, GermanText.length(random, 200, 3_000));
                long author = participant();
                String title = GermanText.title(random);
                OffsetDateTime updatedAt = random.nextInt(10) == 0 ? createdAt[i].plusHours(3) : createdAt[i];
                ProposalSeeds.Hidden hiding = hidden[i]
                        ? new ProposalSeeds.Hidden("Werbung ohne Bezug zum Aktionsplan.", createdAt[i].plusHours(5), 1L)
                        : null;
                Long duplicateOf = i > 10 && random.nextInt(200) == 0 ? (long) random.nextInt(i) + 1 : null;
                OffsetDateTime reviewedAt = random.nextInt(3) == 0 ? null : createdAt[i].plusHours(12);
                seeds.add(
                        i + 1,
                        new ProposalSeeds.Proposal(
                                group[i] + 1,
                                author,
                                title,
                                source,
                                GermanText.html(source),
                                createdAt[i],
                                updatedAt,
                                votesFor[i],
                                votesAgainst[i],
                                0,
                                hiding,
                                duplicateOf,
                                reviewedAt));
                if ((i + 1) % BATCH == 0) {
                    seeds.flush();
                    connection.commit();
                }
            }
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
        try (ProposalSeeds seeds = new ProposalSeeds(connection, BATCH)) {
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
                    // A reply to one of the last 20 comments before it.
                    Long parent = c > 0 && random.nextInt(3) == 0
                            ? id - 1 - random.nextInt((int) Math.min(20, id - first))
                            : null;
                    long author = participant();
                    String body = GermanText.of(random, GermanText.length(random, 40, 1_200));
                    OffsetDateTime editedAt = random.nextInt(20) == 0 ? created.plusMinutes(10) : null;
                    seeds.add(
                            id,
                            new ProposalSeeds.Comment(
                                    p + 1,
                                    parent,
                                    author,
                                    body,
                                    created,
                                    editedAt,
                                    deleted ? created.plusHours(1) : null,
                                    hidden
                                            ? new ProposalSeeds.Hidden("Beleidigend.", created.plusHours(2), 1L)
                                            : null));
                    if (id % BATCH == 0) {
                        seeds.flush();
                        connection.commit();
                    }
                }
                proposals.comments()[p] = visible;
            }
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
        try (ProposalSeeds seeds = new ProposalSeeds(connection, BATCH)) {
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
                    seeds.add(
                            id,
                            new ProposalSeeds.Vote(
                                    p + 1,
                                    2 + (start + v * stride) % voters,
                                    v < forVotes ? VoteDirection.FOR : VoteDirection.AGAINST,
                                    proposals.createdAt()[p].plusSeconds(span * (v + 1) / (total + 1))));
                    if (id % BATCH == 0) {
                        seeds.flush();
                        connection.commit();
                    }
                }
            }
        }
        connection.commit();
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private void counters(Connection connection, Proposals proposals) throws SQLException {
        long[] ids = new long[scale.proposals()];
        int[] counts = new int[scale.proposals()];
        int n = 0;
        for (int p = 0; p < scale.proposals(); p++) {
            if (proposals.comments()[p] != 0) {
                ids[n] = p + 1;
                counts[n++] = proposals.comments()[p];
            }
        }
        try (ProposalSeeds seeds = new ProposalSeeds(connection, BATCH)) {
            seeds.setCommentCounts(Arrays.copyOf(ids, n), Arrays.copyOf(counts, n));
        }
        connection.commit();
    }

    /** Reasoned responses for a fifth of the proposals; flags on 0.5 % of proposals and 0.2 % of comments. */
    private void responsesAndFlags(Connection connection, Proposals proposals) throws SQLException {
        ResponseOutcome[] outcomes = {
            ResponseOutcome.ADOPTED,
            ResponseOutcome.PARTLY_ADOPTED,
            ResponseOutcome.NOT_ADOPTED,
            ResponseOutcome.NOT_ADOPTED,
            ResponseOutcome.DUPLICATE
        };
        try (ProposalSeeds seeds = new ProposalSeeds(connection, BATCH);
                ModerationSeeds flags = new ModerationSeeds(connection)) {
            long flagId = 0;
            for (int p = 0; p < scale.proposals(); p++) {
                if (random.nextInt(5) == 0) {
                    ResponseOutcome outcome = outcomes[random.nextInt(outcomes.length)];
                    String reason = outcome == ResponseOutcome.ADOPTED
                            ? null
                            : GermanText.of(random, GermanText.length(random, 80, 800));
                    seeds.add(new ProposalSeeds.Response(
                            p + 1, outcome, reason, 1, proposals.createdAt()[p].plusDays(2)));
                }
                if (random.nextInt(200) == 0) {
                    flagId++;
                    flag(
                            flags,
                            flagId,
                            ContentModerated.TargetType.PROPOSAL,
                            p + 1,
                            proposals.group()[p] + 1,
                            proposals.createdAt()[p]);
                }
            }
            for (int i = 0; i < scale.comments() / 500; i++) {
                flagId++;
                long comment = 1 + random.nextInt(scale.comments());
                flag(
                        flags,
                        flagId,
                        ContentModerated.TargetType.COMMENT,
                        comment,
                        1 + random.nextInt(GROUPS.length),
                        now.minusDays(1));
            }
        }
        connection.commit();
    }

    private void flag(
            ModerationSeeds seeds,
            long id,
            ContentModerated.TargetType type,
            long target,
            long group,
            OffsetDateTime at)
            throws SQLException {
        FlagReason[] reasons = {FlagReason.SPAM, FlagReason.OFFENSIVE, FlagReason.OFF_TOPIC, FlagReason.DUPLICATE};
        // Each flag by its own flagger, so (target, flagger) stays unique.
        seeds.add(
                id,
                new ModerationSeeds.Flag(
                        type,
                        target,
                        group,
                        2 + id % (scale.users() - 1),
                        reasons[random.nextInt(reasons.length)],
                        null,
                        at.plusHours(1)));
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
        try (DraftSeeds drafts = new DraftSeeds(connection)) {
            long id = 0;
            for (int g = 0; g < GROUPS.length; g++) {
                List<Integer> candidates = byGroup.get(g);
                for (int d = 0; d < DRAFTS_PER_GROUP; d++) {
                    id++;
                    String title = GermanText.title(random);
                    drafts.add(
                            id,
                            new DraftSeeds.Draft(
                                    g + 1,
                                    DraftStatus.PUBLISHED,
                                    1,
                                    title,
                                    now.minusDays(5),
                                    now.minusDays(1),
                                    now.minusDays(1)));
                    String[] answers = new String[5];
                    for (int field = 0; field < answers.length; field++) {
                        answers[field] = GermanText.paragraphs(random, GermanText.length(random, 400, 2_500));
                    }
                    String[] actors = new String[3];
                    for (int field = 0; field < actors.length; field++) {
                        actors[field] = GermanText.of(random, 120);
                    }
                    List<Milestone> milestones = new ArrayList<>();
                    for (int m = 0; m < 3; m++) {
                        milestones.add(new Milestone(
                                GermanText.of(random, 150),
                                LocalDate.of(2027, 1 + 4 * m, 1),
                                LocalDate.of(2027, 4 + 4 * m, 30)));
                    }
                    drafts.addVersion(
                            id,
                            id,
                            1,
                            1,
                            now.minusDays(1),
                            new DraftContent(
                                    title,
                                    LocalDate.of(2027, 1, 1),
                                    LocalDate.of(2028, 12, 31),
                                    "Bundesministerium des Innern",
                                    answers[0],
                                    answers[1],
                                    answers[2],
                                    answers[3],
                                    answers[4],
                                    "Erika Muster",
                                    "Referentin",
                                    "erika@amt.example",
                                    actors[0],
                                    actors[1],
                                    actors[2],
                                    milestones));
                    int[] chosen = random.ints(0, Math.max(1, candidates.size()))
                            .distinct()
                            .limit(Math.min(PROPOSALS_PER_DRAFT, candidates.size()))
                            .toArray();
                    Arrays.sort(chosen);
                    for (int index : chosen) {
                        drafts.link(id, candidates.get(index), now.minusDays(1));
                    }
                }
            }
        }
        connection.commit();
    }

    /** The application's own inserts (votes of the benchmark, for one) continue after the generated ids. */
    private static void continueIdentities(Connection connection) throws SQLException {
        AccountSeeds.continueIdentities(connection);
        ConsultationSeeds.continueIdentities(connection);
        ProposalSeeds.continueIdentities(connection);
        DraftSeeds.continueIdentities(connection);
        ModerationSeeds.continueIdentities(connection);
        connection.commit();
    }
}
