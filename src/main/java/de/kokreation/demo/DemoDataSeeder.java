package de.kokreation.demo;

import de.kokreation.account.AccountService;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.NewConsultation;
import de.kokreation.consultation.Timeline;
import de.kokreation.shared.RichText;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo consultations. Accounts and consultations go through
 * their services; the participation of the past (2018) is written with plain JDBC, because the
 * services rightly refuse proposals in closed consultations. Deterministic: the same seed gives
 * the same data.
 */
@Component
@ConditionalOnProperty(name = "kokreation.demo-data.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int GENERATED_CITIZENS = 140;

    private static final List<ThemeGroupSeed> THEME_GROUPS = List.of(
            new ThemeGroupSeed("offene-daten", "Offene Daten",
                    "Verwaltungsdaten offen, maschinenlesbar und kostenfrei bereitstellen – von Haushaltsdaten bis Geodaten."),
            new ThemeGroupSeed("transparenz-informationsfreiheit", "Transparenz und Informationsfreiheit",
                    "Informationsfreiheit stärken, Lobbyismus sichtbar machen, Entscheidungen nachvollziehbar dokumentieren."),
            new ThemeGroupSeed("buergerbeteiligung", "Bürgerbeteiligung",
                    "Menschen früh und wirksam an Planungen und Entscheidungen von Bund, Ländern und Kommunen beteiligen."),
            new ThemeGroupSeed("datenschutz-it-sicherheit", "Datenschutz und IT-Sicherheit",
                    "Offenheit und Schutz personenbezogener Daten zusammen denken; sichere und vertrauenswürdige IT der Verwaltung."),
            new ThemeGroupSeed("offene-innovation", "Offene Innovation",
                    "Open Source, offene Standards und Zusammenarbeit mit Zivilgesellschaft und Wissenschaft in der Verwaltung."),
            new ThemeGroupSeed("kompetenzaufbau", "Kompetenzaufbau",
                    "Wissen und Fähigkeiten für offenes Verwaltungshandeln in Verwaltung und Zivilgesellschaft aufbauen."));

    private static final List<String> FIRST_NAMES = List.of("Anna", "Lukas", "Mehmet", "Sophie", "Jonas", "Fatma",
            "Felix", "Marie", "Paul", "Lea", "Tobias", "Julia", "Stefan", "Katrin", "Ali", "Sabine", "Thomas",
            "Ayşe", "Michael", "Claudia", "Jan", "Nina", "Oliver", "Hannah", "Markus", "Elif", "Andreas", "Laura",
            "Björn", "Jörg", "Sören", "Mia", "Ingrid", "Günter", "Franziska", "Dirk", "Svenja", "Matthias");
    private static final List<String> LAST_NAMES = List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber",
            "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder",
            "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Yılmaz",
            "Kaya", "Werner", "Krause", "Lehmann", "Köhler", "Maier", "Jäger", "Böhm", "Weiß", "Groß");

    private final AccountService accounts;
    private final ConsultationService consultations;
    private final de.kokreation.consultation.ConsultationAdministration administration;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoDataSeeder(AccountService accounts, ConsultationService consultations,
            de.kokreation.consultation.ConsultationAdministration administration, JdbcTemplate jdbc,
            TransactionTemplate transaction, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.consultations = consultations;
        this.administration = administration;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByEmail(DemoAccounts.CITIZEN).isPresent()) {
            LOG.info("Database holds the demo data already; it is not seeded again.");
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-seeder",
                null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
        try {
            long started = System.nanoTime();
            transaction.executeWithoutResult(status -> seed());
            LOG.info("Demo data seeded in {} ms.", Duration.ofNanos(System.nanoTime() - started).toMillis());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void seed() {
        Random random = new Random(2018);
        UserAccount citizen = accounts.createActiveAccount("Bürgerin Beispiel", DemoAccounts.CITIZEN,
                DemoAccounts.PASSWORD, EnumSet.of(Role.CITIZEN));
        UserAccount lead = accounts.createActiveAccount("Lena Leitung", DemoAccounts.LEAD, DemoAccounts.PASSWORD,
                EnumSet.of(Role.CITIZEN, Role.LEAD));
        UserAccount coordinator = accounts.createActiveAccount("Konrad Koordination", DemoAccounts.COORDINATOR,
                DemoAccounts.PASSWORD, EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        accounts.createActiveAccount("Ada Admin", DemoAccounts.ADMIN, DemoAccounts.PASSWORD,
                EnumSet.of(Role.CITIZEN, Role.ADMIN));
        List<Long> participants = createParticipants(random);

        LocalDate today = LocalDate.now(clock);
        List<ConsultationSeed> seeds = List.of(
                new ConsultationSeed("nrw-2018", "Regionalkonsultation Nordrhein-Westfalen 2018",
                        "Nordrhein-Westfalen", """
                        Im September 2018 sammelten Bürgerinnen und Bürger, Initiativen und Verwaltung in \
                        Nordrhein-Westfalen Vorschläge für den **2. Nationalen Aktionsplan** Deutschlands in der \
                        Open Government Partnership (OGP).

                        Die Vorschläge wurden in sechs Themengruppen diskutiert, bewertet und von den \
                        Themengruppenleitungen zu Verpflichtungsentwürfen verdichtet.""",
                        new Timeline(LocalDate.of(2018, 8, 1), LocalDate.of(2018, 9, 1), LocalDate.of(2018, 9, 29),
                                LocalDate.of(2018, 10, 20), LocalDate.of(2018, 11, 15))),
                new ConsultationSeed("bw-2018", "Regionalkonsultation Baden-Württemberg 2018", "Baden-Württemberg", """
                        Im Oktober 2018 fand die Regionalkonsultation in Baden-Württemberg statt. Sie schloss an die \
                        Konsultation in Nordrhein-Westfalen an und brachte die Perspektive der Kommunen und \
                        Landesverwaltung im Südwesten in den **2. Nationalen Aktionsplan** ein.""",
                        new Timeline(LocalDate.of(2018, 9, 1), LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 27),
                                LocalDate.of(2018, 11, 17), LocalDate.of(2018, 12, 10))),
                new ConsultationSeed("bund-aktionsplan", "Bundesweite Konsultation zum nächsten Nationalen Aktionsplan",
                        "Bund", """
                        Welche Verpflichtungen soll die Bundesregierung im nächsten Nationalen Aktionsplan für Open \
                        Government eingehen? Reichen Sie Ihren Vorschlag in einer der sechs Themengruppen ein, \
                        kommentieren Sie die Vorschläge anderer und stimmen Sie ab.

                        Die Themengruppenleitungen verdichten die Vorschläge anschließend zu \
                        Verpflichtungsentwürfen und geben zu jedem Vorschlag eine begründete Rückmeldung.""",
                        new Timeline(today.minusDays(30), today.minusDays(12), today.plusDays(30),
                                today.plusDays(60), today.plusDays(90))));

        List<String> comments = DemoTexts.lines("comments.txt");
        List<String> replies = DemoTexts.lines("replies.txt");
        int consultationIndex = 0;
        List<DemoDrafts.Setting> draftSettings = new ArrayList<>();
        for (ConsultationSeed seed : seeds) {
            List<NewConsultation.NewThemeGroup> groups = THEME_GROUPS.stream()
                    .map(group -> new NewConsultation.NewThemeGroup(group.slug(), group.name(), group.description(),
                            Set.of(lead.id())))
                    .toList();
            ConsultationSummary consultation = consultations.createConsultation(new NewConsultation(seed.slug(),
                    seed.title(), seed.region(), seed.description(), seed.timeline(), groups));
            administration.assignCoordinator(consultation.id(), coordinator.id());
            Map<String, Long> groupIds = themeGroupIds(consultation.id());
            boolean federal = seed.slug().equals("bund-aktionsplan");
            // Demo content for the drafts' placeholders, not UI text.
            String region = seed.region();
            String ministry = "Landesregierung " + region;
            String domain = seed.slug() + ".example";
            if (federal) {
                region = "Deutschland";
                ministry = "Bundesministerium des Innern";
                domain = "bund.example";
            }
            draftSettings.add(new DemoDrafts.Setting(consultation.id(), groupIds, region, ministry, domain,
                    // The federal draft was started a week ago, during the collection.
                    federal ? clock.instant().minus(Duration.ofDays(7))
                            : startOf(seed.timeline(), de.kokreation.consultation.Phase.CONDENSING),
                    startOf(seed.timeline(), de.kokreation.consultation.Phase.DRAFT_COMMENTING),
                    startOf(seed.timeline(), de.kokreation.consultation.Phase.CLOSED), !federal));
            Instant collectionStart = seed.timeline().startOf(de.kokreation.consultation.Phase.PROPOSAL_COLLECTION)
                    .atStartOfDay(ZONE).toInstant();
            Instant collectionEnd = min(seed.timeline().startOf(de.kokreation.consultation.Phase.CONDENSING)
                    .atStartOfDay(ZONE).toInstant(), clock.instant().minus(Duration.ofHours(1)));
            for (ThemeGroupSeed group : THEME_GROUPS) {
                List<DemoTexts.ProposalText> texts = DemoTexts.proposals(group.slug());
                // Each consultation takes every third text of the group, so no title repeats.
                for (int i = consultationIndex; i < texts.size(); i += seeds.size()) {
                    long authorId = i == 0 && consultationIndex == 2 ? citizen.id()
                            : participants.get(random.nextInt(participants.size()));
                    Instant created = between(random, collectionStart, collectionEnd);
                    long proposalId = insertProposal(groupIds.get(group.slug()), authorId, texts.get(i), created);
                    seedComments(random, proposalId, participants, comments, replies, created, collectionEnd);
                    seedVotes(random, proposalId, participants, created, collectionEnd);
                }
            }
            consultationIndex++;
        }
        refreshCounters();
        prepareModerationQueue(random, participants);
        answerThe2018Proposals(random, lead.id());
        hideAFewOldComments(lead.id());
        DemoDrafts drafts = new DemoDrafts(jdbc, random);
        for (DemoDrafts.Setting setting : draftSettings) {
            drafts.seed(setting, lead.id(), coordinator.id(), participants);
        }
    }

    /** The 2018 moderation history: two comments per consultation were hidden, with a public reason. */
    private void hideAFewOldComments(long leadId) {
        List<Map<String, Object>> hidden = jdbc.query("select c.id, c.created_at, p.theme_group_id,"
                + " t.consultation_id from proposal_comment c join proposal p on p.id = c.proposal_id"
                + " join theme_group t on t.id = p.theme_group_id join consultation con on con.id = t.consultation_id"
                + " where con.slug <> 'bund-aktionsplan' and c.parent_id is null and mod(c.id, 41) = 0",
                (row, n) -> Map.<String, Object>of("id", row.getLong("id"), "created_at",
                        row.getObject("created_at", java.time.OffsetDateTime.class), "theme_group_id",
                        row.getLong("theme_group_id"), "consultation_id", row.getLong("consultation_id")));
        String[] reasons = {"Werbung für ein kommerzielles Angebot", "Persönlicher Angriff auf eine andere Person"};
        int n = 0;
        for (Map<String, Object> comment : hidden) {
            String reason = reasons[n++ % reasons.length];
            Timestamp at = Timestamp.from(((java.time.OffsetDateTime) comment.get("created_at")).toInstant()
                    .plus(Duration.ofHours(6)));
            jdbc.update("update proposal_comment set hidden_reason = ?, hidden_at = ?, hidden_by = ? where id = ?",
                    reason, at, leadId, comment.get("id"));
            jdbc.update("insert into moderation_action (consultation_id, theme_group_id, actor_id, action, target_type,"
                    + " target_id, reason, created_at) values (?, ?, ?, 'HIDE', 'COMMENT', ?, ?, ?)",
                    comment.get("consultation_id"), comment.get("theme_group_id"), leadId, comment.get("id"), reason,
                    at);
        }
    }

    private static Instant startOf(Timeline timeline, de.kokreation.consultation.Phase phase) {
        return timeline.startOf(phase).atStartOfDay(ZONE).toInstant();
    }

    private static final String[] NOT_ADOPTED_REASONS = {
        "Das Anliegen liegt in der Zuständigkeit der Kommunen und kann im Nationalen Aktionsplan nicht zugesagt werden.",
        "Die Themengruppe hält den Vorschlag für wichtig, sieht aber im Zeitraum des Aktionsplans keine Umsetzungschance;"
                + " er wird für den nächsten Plan vorgemerkt.",
        "Ein vergleichbares Vorhaben läuft bereits im Rahmen der Digitalstrategie des Landes."};
    private static final String[] PARTLY_REASONS = {
        "Der Kern des Vorschlags geht in den Verpflichtungsentwurf der Themengruppe ein; die Ausweitung auf alle"
                + " Behörden ist zunächst nicht vorgesehen.",
        "Übernommen als Meilenstein eines Verpflichtungsentwurfs, in kleinerem Umfang als vorgeschlagen."};

    /** The 2018 consultations are closed: every proposal there has its reasoned response. */
    private void answerThe2018Proposals(Random random, long leadId) {
        List<Map<String, Object>> closed = jdbc.query("select p.id, p.created_at from proposal p"
                + " join theme_group t on t.id = p.theme_group_id join consultation c on c.id = t.consultation_id"
                + " where c.slug <> 'bund-aktionsplan' order by p.id", (row, n) -> Map.<String, Object>of(
                        "id", row.getLong("id"), "created_at", row.getTimestamp("created_at")));
        List<Object[]> rows = new ArrayList<>();
        for (Map<String, Object> proposal : closed) {
            double draw = random.nextDouble();
            String outcome = draw < 0.3 ? "ADOPTED" : draw < 0.65 ? "PARTLY_ADOPTED" : "NOT_ADOPTED";
            String reason = switch (outcome) {
                case "PARTLY_ADOPTED" -> PARTLY_REASONS[random.nextInt(PARTLY_REASONS.length)];
                case "NOT_ADOPTED" -> NOT_ADOPTED_REASONS[random.nextInt(NOT_ADOPTED_REASONS.length)];
                default -> null;
            };
            Timestamp created = (Timestamp) proposal.get("created_at");
            rows.add(new Object[] {proposal.get("id"), outcome, reason, leadId,
                    Timestamp.from(created.toInstant().plus(Duration.ofDays(30)))});
        }
        jdbc.batchUpdate("insert into proposal_response (proposal_id, outcome, reason, responded_by, responded_at)"
                + " values (?, ?, ?, ?, ?)", rows);
    }

    /**
     * The 2018 consultations were moderated long ago; the federal one has a queue for the demo lead:
     * half of its proposals are new to the moderators, a few proposals and comments are flagged.
     */
    private void prepareModerationQueue(Random random, List<Long> participants) {
        jdbc.update("update proposal set reviewed_at = created_at where theme_group_id in (select t.id from"
                + " theme_group t join consultation c on c.id = t.consultation_id where c.slug <> 'bund-aktionsplan')");
        jdbc.update("update proposal set reviewed_at = created_at where mod(id, 2) = 0 and reviewed_at is null");
        List<Map<String, Object>> candidates = jdbc.queryForList("select p.id, p.theme_group_id from proposal p"
                + " join theme_group t on t.id = p.theme_group_id join consultation c on c.id = t.consultation_id"
                + " where c.slug = 'bund-aktionsplan' order by p.id");
        String[] reasons = {"SPAM", "OFF_TOPIC", "DUPLICATE", "OFFENSIVE"};
        for (int i = 0; i < Math.min(8, candidates.size()); i++) {
            Map<String, Object> proposal = candidates.get(i * 7 % candidates.size());
            jdbc.update("insert into content_flag (target_type, target_id, theme_group_id, flagger_id, reason,"
                    + " created_at) values ('PROPOSAL', ?, ?, ?, ?, ?)", proposal.get("id"), proposal.get("theme_group_id"),
                    participants.get(random.nextInt(participants.size())), reasons[i % reasons.length],
                    Timestamp.from(clock.instant().minus(Duration.ofHours(i + 1))));
        }
    }

    private List<Long> createParticipants(Random random) {
        String hash = passwordEncoder.encode(java.util.UUID.randomUUID().toString());
        SimpleJdbcInsert insert = new SimpleJdbcInsert(jdbc).withTableName("user_account")
                .usingGeneratedKeyColumns("id")
                .usingColumns("display_name", "email", "password_hash", "status", "language", "created_at");
        List<Long> ids = new ArrayList<>();
        Timestamp created = Timestamp.from(Instant.parse("2018-08-01T08:00:00Z"));
        for (int i = 0; i < GENERATED_CITIZENS; i++) {
            String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            String name = random.nextInt(4) == 0 ? first + " " + last.charAt(0) + "." : first + " " + last;
            long id = insert.executeAndReturnKey(Map.of("display_name", name,
                    "email", "teilnehmende-" + (i + 1) + "@kokreation.example", "password_hash", hash,
                    "status", "ACTIVE", "language", "de", "created_at", created)).longValue();
            jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, Role.CITIZEN.name());
            ids.add(id);
        }
        return ids;
    }

    private Map<String, Long> themeGroupIds(long consultationId) {
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.query("select id, slug from theme_group where consultation_id = ?",
                row -> {
                    ids.put(row.getString("slug"), row.getLong("id"));
                }, consultationId);
        return ids;
    }

    private long insertProposal(long themeGroupId, long authorId, DemoTexts.ProposalText text, Instant created) {
        SimpleJdbcInsert insert = new SimpleJdbcInsert(jdbc).withTableName("proposal").usingGeneratedKeyColumns("id")
                .usingColumns("theme_group_id", "author_id", "title", "body_source", "body_html", "created_at",
                        "updated_at");
        return insert.executeAndReturnKey(Map.of("theme_group_id", themeGroupId, "author_id", authorId,
                "title", text.title(), "body_source", text.body(), "body_html", RichText.render(text.body()),
                "created_at", Timestamp.from(created), "updated_at", Timestamp.from(created))).longValue();
    }

    /** Few proposals get most of the discussion: a skewed number of comments, some with replies. */
    private void seedComments(Random random, long proposalId, List<Long> participants, List<String> comments,
            List<String> replies, Instant after, Instant before) {
        int count = skewed(random, 14);
        List<long[]> posted = new ArrayList<>(); // {id, depth}
        Instant time = after;
        SimpleJdbcInsert insert = new SimpleJdbcInsert(jdbc).withTableName("proposal_comment")
                .usingGeneratedKeyColumns("id")
                .usingColumns("proposal_id", "parent_id", "author_id", "body", "created_at");
        for (int i = 0; i < count; i++) {
            time = between(random, time, before);
            long[] parent = !posted.isEmpty() && random.nextInt(3) == 0 ? posted.get(random.nextInt(posted.size()))
                    : null;
            String body = parent == null ? comments.get(random.nextInt(comments.size()))
                    : replies.get(random.nextInt(replies.size()));
            Map<String, Object> values = new java.util.HashMap<>();
            values.put("proposal_id", proposalId);
            values.put("parent_id", parent == null ? null : parent[0]);
            values.put("author_id", participants.get(random.nextInt(participants.size())));
            values.put("body", body);
            values.put("created_at", Timestamp.from(time));
            long id = insert.executeAndReturnKey(values).longValue();
            posted.add(new long[] {id, parent == null ? 1 : parent[1] + 1});
        }
    }

    private void seedVotes(Random random, long proposalId, List<Long> participants, Instant after, Instant before) {
        int count = Math.min(participants.size(), skewed(random, 90));
        List<Long> shuffled = new ArrayList<>(participants);
        java.util.Collections.shuffle(shuffled, random);
        double approval = 0.55 + random.nextDouble() * 0.4;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {proposalId, shuffled.get(i), random.nextDouble() < approval ? "FOR" : "AGAINST",
                    Timestamp.from(between(random, after, before))});
        }
        jdbc.batchUpdate("insert into proposal_vote (proposal_id, voter_id, direction, cast_at) values (?, ?, ?, ?)",
                rows);
    }

    private void refreshCounters() {
        jdbc.update("""
                update proposal set
                  votes_for = (select count(*) from proposal_vote v where v.proposal_id = proposal.id and v.direction = 'FOR'),
                  votes_against = (select count(*) from proposal_vote v where v.proposal_id = proposal.id and v.direction = 'AGAINST'),
                  comment_count = (select count(*) from proposal_comment c where c.proposal_id = proposal.id and c.deleted_at is null)
                """);
    }

    /** A number in [0, max] where small values are common and large ones rare. */
    private static int skewed(Random random, int max) {
        double u = random.nextDouble();
        return (int) Math.floor(max * u * u * u);
    }

    private static Instant between(Random random, Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds((long) (random.nextDouble() * span));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record ThemeGroupSeed(String slug, String name, String description) {
    }

    private record ConsultationSeed(String slug, String title, String region, String description, Timeline timeline) {
    }
}
