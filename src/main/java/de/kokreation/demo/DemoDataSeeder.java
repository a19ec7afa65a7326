package de.kokreation.demo;

import de.kokreation.account.AccountService;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.account.seed.AccountSeeds;
import de.kokreation.actionplan.seed.ActionPlanSeeds;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.NewConsultation;
import de.kokreation.consultation.Phase;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.consultation.Timeline;
import de.kokreation.drafting.seed.DraftSeeds;
import de.kokreation.meeting.seed.MeetingSeeds;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.moderation.FlagReason;
import de.kokreation.moderation.seed.ModerationSeeds;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.seed.ProposalSeeds;
import de.kokreation.shared.RichText;
import de.kokreation.voting.VoteDirection;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo consultations. Accounts and consultations go through
 * their services; the participation of the past (2018) is written through the owning modules'
 * seed writers ({@code *.seed}), because the services rightly refuse proposals in closed
 * consultations. Deterministic: the same seed gives the same data.
 */
@Component
@ConditionalOnProperty(name = "kokreation.demo-data.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int GENERATED_CITIZENS = 140;

    private static final List<ThemeGroupSeed> THEME_GROUPS = List.of(
            new ThemeGroupSeed(
                    "offene-daten",
                    "Offene Daten",
                    "Verwaltungsdaten offen, maschinenlesbar und kostenfrei bereitstellen – von Haushaltsdaten bis Geodaten."),
            new ThemeGroupSeed(
                    "transparenz-informationsfreiheit",
                    "Transparenz und Informationsfreiheit",
                    "Informationsfreiheit stärken, Lobbyismus sichtbar machen, Entscheidungen nachvollziehbar dokumentieren."),
            new ThemeGroupSeed(
                    "buergerbeteiligung",
                    "Bürgerbeteiligung",
                    "Menschen früh und wirksam an Planungen und Entscheidungen von Bund, Ländern und Kommunen beteiligen."),
            new ThemeGroupSeed(
                    "datenschutz-it-sicherheit",
                    "Datenschutz und IT-Sicherheit",
                    "Offenheit und Schutz personenbezogener Daten zusammen denken; sichere und vertrauenswürdige IT der Verwaltung."),
            new ThemeGroupSeed(
                    "offene-innovation",
                    "Offene Innovation",
                    "Open Source, offene Standards und Zusammenarbeit mit Zivilgesellschaft und Wissenschaft in der Verwaltung."),
            new ThemeGroupSeed(
                    "kompetenzaufbau",
                    "Kompetenzaufbau",
                    "Wissen und Fähigkeiten für offenes Verwaltungshandeln in Verwaltung und Zivilgesellschaft aufbauen."));

    private static final List<String> FIRST_NAMES = List.of(
            "Anna",
            "Lukas",
            "Mehmet",
            "Sophie",
            "Jonas",
            "Fatma",
            "Felix",
            "Marie",
            "Paul",
            "Lea",
            "Tobias",
            "Julia",
            "Stefan",
            "Katrin",
            "Ali",
            "Sabine",
            "Thomas",
            "Ayşe",
            "Michael",
            "Claudia",
            "Jan",
            "Nina",
            "Oliver",
            "Hannah",
            "Markus",
            "Elif",
            "Andreas",
            "Laura",
            "Björn",
            "Jörg",
            "Sören",
            "Mia",
            "Ingrid",
            "Günter",
            "Franziska",
            "Dirk",
            "Svenja",
            "Matthias");
    private static final List<String> LAST_NAMES = List.of(
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "Neumann",
            "Schwarz",
            "Zimmermann",
            "Braun",
            "Krüger",
            "Hofmann",
            "Hartmann",
            "Lange",
            "Yılmaz",
            "Kaya",
            "Werner",
            "Krause",
            "Lehmann",
            "Köhler",
            "Maier",
            "Jäger",
            "Böhm",
            "Weiß",
            "Groß");

    private final AccountService accounts;
    private final ConsultationService consultations;
    private final ConsultationAdministration administration;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoDataSeeder(
            AccountService accounts,
            ConsultationService consultations,
            ConsultationAdministration administration,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            PasswordEncoder passwordEncoder,
            Clock clock) {
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
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "demo-seeder", null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
        try {
            long started = System.nanoTime();
            // The seed writers work on the transaction's connection, beside the services.
            transaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
                seed(connection);
                return null;
            }));
            LOG.info(
                    "Demo data seeded in {} ms.",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void seed(Connection connection) throws SQLException {
        try (AccountSeeds accountSeeds = new AccountSeeds(connection, 500);
                ProposalSeeds proposalSeeds = new ProposalSeeds(connection, 500);
                DraftSeeds draftSeeds = new DraftSeeds(connection);
                ModerationSeeds moderationSeeds = new ModerationSeeds(connection);
                ActionPlanSeeds planSeeds = new ActionPlanSeeds(connection);
                MeetingSeeds meetingSeeds = new MeetingSeeds(connection)) {
            new Seeding(accountSeeds, proposalSeeds, draftSeeds, moderationSeeds, planSeeds, meetingSeeds).seed();
        }
    }

    /** A proposal as the demo wrote it, for the steps after: responses, moderation, drafts. */
    private record Written(long id, long themeGroupId, long consultationId, boolean federal, Instant createdAt) {}

    /** A comment without parent, with what hiding it needs. */
    private record TopComment(long id, long themeGroupId, long consultationId, boolean federal, Instant createdAt) {}

    /** One seeding run: the seed writers and what was written so far. */
    private final class Seeding {

        private final AccountSeeds accountSeeds;
        private final ProposalSeeds proposalSeeds;
        private final DraftSeeds draftSeeds;
        private final ModerationSeeds moderationSeeds;
        private final ActionPlanSeeds planSeeds;
        private final MeetingSeeds meetingSeeds;
        private final Map<String, DemoMeetings.Consultation> seededConsultations = new HashMap<>();
        private final List<Written> written = new ArrayList<>();
        private final List<TopComment> topComments = new ArrayList<>();
        private final Map<Long, Integer> votesFor = new HashMap<>();
        private final Map<Long, ResponseOutcome> outcomes = new HashMap<>();

        Seeding(
                AccountSeeds accountSeeds,
                ProposalSeeds proposalSeeds,
                DraftSeeds draftSeeds,
                ModerationSeeds moderationSeeds,
                ActionPlanSeeds planSeeds,
                MeetingSeeds meetingSeeds) {
            this.planSeeds = planSeeds;
            this.meetingSeeds = meetingSeeds;
            this.accountSeeds = accountSeeds;
            this.proposalSeeds = proposalSeeds;
            this.draftSeeds = draftSeeds;
            this.moderationSeeds = moderationSeeds;
        }

        void seed() throws SQLException {
            Random random = new Random(2018);
            UserAccount citizen = accounts.createActiveAccount(
                    "Bürgerin Beispiel", DemoAccounts.CITIZEN, DemoAccounts.PASSWORD, EnumSet.of(Role.CITIZEN));
            UserAccount lead = accounts.createActiveAccount(
                    "Lena Leitung", DemoAccounts.LEAD, DemoAccounts.PASSWORD, EnumSet.of(Role.CITIZEN, Role.LEAD));
            UserAccount coordinator = accounts.createActiveAccount(
                    "Konrad Koordination",
                    DemoAccounts.COORDINATOR,
                    DemoAccounts.PASSWORD,
                    EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
            accounts.createActiveAccount(
                    "Ada Admin", DemoAccounts.ADMIN, DemoAccounts.PASSWORD, EnumSet.of(Role.CITIZEN, Role.ADMIN));
            List<Long> participants = createParticipants(random);

            LocalDate today = LocalDate.now(clock);
            List<ConsultationSeed> seeds = List.of(
                    new ConsultationSeed(
                            "nrw-2018",
                            "Regionalkonsultation Nordrhein-Westfalen 2018",
                            "Nordrhein-Westfalen",
                            """
                        Im September 2018 sammelten Bürgerinnen und Bürger, Initiativen und Verwaltung in \
                        Nordrhein-Westfalen Vorschläge für den **2. Nationalen Aktionsplan** Deutschlands in der \
                        Open Government Partnership (OGP).

                        Die Vorschläge wurden in sechs Themengruppen diskutiert, bewertet und von den \
                        Themengruppenleitungen zu Verpflichtungsentwürfen verdichtet.""",
                            new Timeline(
                                    LocalDate.of(2018, 8, 1),
                                    LocalDate.of(2018, 9, 1),
                                    LocalDate.of(2018, 9, 29),
                                    LocalDate.of(2018, 10, 20),
                                    LocalDate.of(2018, 11, 15))),
                    new ConsultationSeed(
                            "bw-2018",
                            "Regionalkonsultation Baden-Württemberg 2018",
                            "Baden-Württemberg",
                            """
                        Im Oktober 2018 fand die Regionalkonsultation in Baden-Württemberg statt. Sie schloss an die \
                        Konsultation in Nordrhein-Westfalen an und brachte die Perspektive der Kommunen und \
                        Landesverwaltung im Südwesten in den **2. Nationalen Aktionsplan** ein.""",
                            new Timeline(
                                    LocalDate.of(2018, 9, 1),
                                    LocalDate.of(2018, 10, 1),
                                    LocalDate.of(2018, 10, 27),
                                    LocalDate.of(2018, 11, 17),
                                    LocalDate.of(2018, 12, 10))),
                    new ConsultationSeed(
                            "bund-aktionsplan",
                            "Bundesweite Konsultation zum nächsten Nationalen Aktionsplan",
                            "Bund",
                            """
                        Welche Verpflichtungen soll die Bundesregierung im nächsten Nationalen Aktionsplan für Open \
                        Government eingehen? Reichen Sie Ihren Vorschlag in einer der sechs Themengruppen ein, \
                        kommentieren Sie die Vorschläge anderer und stimmen Sie ab.

                        Die Themengruppenleitungen verdichten die Vorschläge anschließend zu \
                        Verpflichtungsentwürfen und geben zu jedem Vorschlag eine begründete Rückmeldung.""",
                            new Timeline(
                                    today.minusDays(30),
                                    today.minusDays(12),
                                    today.plusDays(30),
                                    today.plusDays(60),
                                    today.plusDays(90))));

            List<String> comments = DemoTexts.lines("comments.txt");
            List<String> replies = DemoTexts.lines("replies.txt");
            int consultationIndex = 0;
            List<DemoDrafts.Setting> draftSettings = new ArrayList<>();
            for (ConsultationSeed seed : seeds) {
                List<NewConsultation.NewThemeGroup> groups = THEME_GROUPS.stream()
                        .map(group -> new NewConsultation.NewThemeGroup(
                                group.slug(), group.name(), group.description(), Set.of(lead.id())))
                        .toList();
                ConsultationSummary consultation = consultations.createConsultation(new NewConsultation(
                        seed.slug(), seed.title(), seed.region(), seed.description(), seed.timeline(), groups));
                administration.assignCoordinator(consultation.id(), coordinator.id());
                Map<String, Long> groupIds = consultations.getConsultation(seed.slug()).themeGroups().stream()
                        .collect(Collectors.toMap(ThemeGroupSummary::slug, ThemeGroupSummary::id));
                seededConsultations.put(seed.slug(), new DemoMeetings.Consultation(consultation.id(), groupIds));
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
                draftSettings.add(new DemoDrafts.Setting(
                        consultation.id(),
                        groupIds,
                        region,
                        ministry,
                        domain,
                        // The federal draft was started a week ago, during the collection.
                        federal
                                ? clock.instant().minus(Duration.ofDays(7))
                                : startOf(seed.timeline(), Phase.CONDENSING),
                        startOf(seed.timeline(), Phase.DRAFT_COMMENTING),
                        startOf(seed.timeline(), Phase.CLOSED),
                        !federal));
                Instant collectionStart = seed.timeline()
                        .startOf(Phase.PROPOSAL_COLLECTION)
                        .atStartOfDay(ZONE)
                        .toInstant();
                Instant collectionEnd = min(
                        seed.timeline()
                                .startOf(Phase.CONDENSING)
                                .atStartOfDay(ZONE)
                                .toInstant(),
                        clock.instant().minus(Duration.ofHours(1)));
                for (ThemeGroupSeed group : THEME_GROUPS) {
                    List<DemoTexts.ProposalText> texts = DemoTexts.proposals(group.slug());
                    // Each consultation takes every third text of the group, so no title repeats.
                    for (int i = consultationIndex; i < texts.size(); i += seeds.size()) {
                        long authorId = i == 0 && consultationIndex == 2
                                ? citizen.id()
                                : participants.get(random.nextInt(participants.size()));
                        Instant created = between(random, collectionStart, collectionEnd);
                        long groupId = groupIds.get(group.slug());
                        DemoTexts.ProposalText text = texts.get(i);
                        long proposalId = proposalSeeds.insert(new ProposalSeeds.Proposal(
                                groupId,
                                authorId,
                                text.title(),
                                text.body(),
                                RichText.render(text.body()),
                                utc(created),
                                utc(created),
                                0,
                                0,
                                0,
                                null,
                                null,
                                null));
                        Written proposal = new Written(proposalId, groupId, consultation.id(), federal, created);
                        written.add(proposal);
                        seedComments(random, proposal, participants, comments, replies, collectionEnd);
                        seedVotes(random, proposalId, participants, created, collectionEnd);
                    }
                }
                consultationIndex++;
            }
            DemoMeetings meetings = new DemoMeetings(meetingSeeds, proposalSeeds, random);
            meetings.seed(
                    seededConsultations.get("nrw-2018"),
                    seededConsultations.get("bw-2018"),
                    seededConsultations.get("bund-aktionsplan"),
                    coordinator.id(),
                    lead.id(),
                    participants,
                    today);
            // The cards of the 2018 workshops were answered like every other proposal.
            for (DemoMeetings.Card card : meetings.cards()) {
                written.add(
                        new Written(card.id(), card.themeGroupId(), card.consultationId(), false, card.createdAt()));
            }
            proposalSeeds.recountAll();
            prepareModerationQueue(random, participants);
            answerThe2018Proposals(random, lead.id());
            hideAFewOldComments(lead.id());
            proposalSeeds.flush();

            DemoDrafts drafts =
                    new DemoDrafts(draftSeeds, moderationSeeds, random, this::adoptedIn, this::mostSupportedIn);
            for (DemoDrafts.Setting setting : draftSettings) {
                drafts.seed(setting, lead.id(), coordinator.id(), participants);
            }
            draftSeeds.flush();
            UserAccount responsible = accounts.createActiveAccount(
                    "Rita Referat", DemoAccounts.RESPONSIBLE, DemoAccounts.PASSWORD, EnumSet.of(Role.CITIZEN));
            new DemoPlans(planSeeds, random)
                    .seed(drafts.finalDrafts(), coordinator.id(), responsible.id(), participants);
        }

        /** The 2018 moderation history: a few top-level comments were hidden, with a public reason. */
        private void hideAFewOldComments(long leadId) throws SQLException {
            String[] reasons = {"Werbung für ein kommerzielles Angebot", "Persönlicher Angriff auf eine andere Person"};
            int n = 0;
            for (TopComment comment : topComments) {
                if (comment.federal() || comment.id() % 41 != 0) {
                    continue;
                }
                String reason = reasons[n++ % reasons.length];
                OffsetDateTime at = utc(comment.createdAt().plus(Duration.ofHours(6)));
                proposalSeeds.hideComment(comment.id(), new ProposalSeeds.Hidden(reason, at, leadId));
                moderationSeeds.add(
                        comment.consultationId(),
                        comment.themeGroupId(),
                        leadId,
                        ContentModerated.Action.HIDE,
                        ContentModerated.TargetType.COMMENT,
                        comment.id(),
                        reason,
                        at);
            }
        }

        /** The 2018 consultations are closed: every proposal there has its reasoned response. */
        private void answerThe2018Proposals(Random random, long leadId) throws SQLException {
            for (Written proposal : written) {
                if (proposal.federal()) {
                    continue;
                }
                double draw = random.nextDouble();
                ResponseOutcome outcome = draw < 0.3
                        ? ResponseOutcome.ADOPTED
                        : draw < 0.65 ? ResponseOutcome.PARTLY_ADOPTED : ResponseOutcome.NOT_ADOPTED;
                String reason = switch (outcome) {
                    case PARTLY_ADOPTED -> PARTLY_REASONS[random.nextInt(PARTLY_REASONS.length)];
                    case NOT_ADOPTED -> NOT_ADOPTED_REASONS[random.nextInt(NOT_ADOPTED_REASONS.length)];
                    default -> null;
                };
                proposalSeeds.add(new ProposalSeeds.Response(
                        proposal.id(),
                        outcome,
                        reason,
                        leadId,
                        utc(proposal.createdAt().plus(Duration.ofDays(30)))));
                outcomes.put(proposal.id(), outcome);
            }
        }

        /**
         * The 2018 consultations were moderated long ago; the federal one has a queue for the demo lead:
         * half of its proposals are new to the moderators, a few proposals are flagged.
         */
        private void prepareModerationQueue(Random random, List<Long> participants) throws SQLException {
            proposalSeeds.markReviewed(written.stream()
                    .filter(p -> !p.federal() || p.id() % 2 == 0)
                    .map(Written::id)
                    .toList());
            List<Written> candidates = written.stream().filter(Written::federal).toList();
            FlagReason[] reasons = {FlagReason.SPAM, FlagReason.OFF_TOPIC, FlagReason.DUPLICATE, FlagReason.OFFENSIVE};
            for (int i = 0; i < Math.min(8, candidates.size()); i++) {
                Written proposal = candidates.get(i * 7 % candidates.size());
                moderationSeeds.add(new ModerationSeeds.Flag(
                        ContentModerated.TargetType.PROPOSAL,
                        proposal.id(),
                        proposal.themeGroupId(),
                        participants.get(random.nextInt(participants.size())),
                        reasons[i % reasons.length],
                        null,
                        utc(clock.instant().minus(Duration.ofHours(i + 1)))));
            }
        }

        private List<Long> createParticipants(Random random) throws SQLException {
            String hash = passwordEncoder.encode(UUID.randomUUID().toString());
            List<Long> ids = new ArrayList<>();
            OffsetDateTime created = OffsetDateTime.parse("2018-08-01T08:00:00Z");
            for (int i = 0; i < GENERATED_CITIZENS; i++) {
                String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
                String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
                String name = random.nextInt(4) == 0 ? first + " " + last.charAt(0) + "." : first + " " + last;
                ids.add(accountSeeds.insert(new AccountSeeds.Account(
                        name,
                        "teilnehmende-" + (i + 1) + "@kokreation.example",
                        hash,
                        "de",
                        created,
                        Set.of(Role.CITIZEN))));
            }
            return ids;
        }

        /** Few proposals get most of the discussion: a skewed number of comments, some with replies. */
        private void seedComments(
                Random random,
                Written proposal,
                List<Long> participants,
                List<String> comments,
                List<String> replies,
                Instant before)
                throws SQLException {
            int count = skewed(random, 14);
            List<long[]> posted = new ArrayList<>(); // {id, depth}
            Instant time = proposal.createdAt();
            for (int i = 0; i < count; i++) {
                time = between(random, time, before);
                long[] parent =
                        !posted.isEmpty() && random.nextInt(3) == 0 ? posted.get(random.nextInt(posted.size())) : null;
                String body = parent == null
                        ? comments.get(random.nextInt(comments.size()))
                        : replies.get(random.nextInt(replies.size()));
                long id = proposalSeeds.insert(new ProposalSeeds.Comment(
                        proposal.id(),
                        parent == null ? null : parent[0],
                        participants.get(random.nextInt(participants.size())),
                        body,
                        utc(time),
                        null,
                        null,
                        null));
                posted.add(new long[] {id, parent == null ? 1 : parent[1] + 1});
                if (parent == null) {
                    topComments.add(new TopComment(
                            id, proposal.themeGroupId(), proposal.consultationId(), proposal.federal(), time));
                }
            }
        }

        private void seedVotes(Random random, long proposalId, List<Long> participants, Instant after, Instant before)
                throws SQLException {
            int count = Math.min(participants.size(), skewed(random, 90));
            List<Long> shuffled = new ArrayList<>(participants);
            Collections.shuffle(shuffled, random);
            double approval = 0.55 + random.nextDouble() * 0.4;
            int inFavour = 0;
            for (int i = 0; i < count; i++) {
                VoteDirection direction = random.nextDouble() < approval ? VoteDirection.FOR : VoteDirection.AGAINST;
                inFavour += direction == VoteDirection.FOR ? 1 : 0;
                proposalSeeds.add(new ProposalSeeds.Vote(
                        proposalId, shuffled.get(i), direction, utc(between(random, after, before))));
            }
            votesFor.put(proposalId, inFavour);
        }

        /** The proposals of a theme group whose response adopted them, wholly or partly, by id. */
        private List<Long> adoptedIn(long themeGroupId) {
            return written.stream()
                    .filter(p -> p.themeGroupId() == themeGroupId)
                    .filter(p -> outcomes.get(p.id()) == ResponseOutcome.ADOPTED
                            || outcomes.get(p.id()) == ResponseOutcome.PARTLY_ADOPTED)
                    .map(Written::id)
                    .toList();
        }

        /** The most supported proposals of a theme group, as its list shows them first. */
        private List<Long> mostSupportedIn(long themeGroupId, int count) {
            return written.stream()
                    .filter(p -> p.themeGroupId() == themeGroupId)
                    .sorted(Comparator.comparingInt((Written p) -> -votesFor.getOrDefault(p.id(), 0))
                            .thenComparingLong(Written::id))
                    .limit(count)
                    .map(Written::id)
                    .toList();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant startOf(Timeline timeline, Phase phase) {
        return timeline.startOf(phase).atStartOfDay(ZONE).toInstant();
    }

    private static final String[] NOT_ADOPTED_REASONS = {
        "Das Anliegen liegt in der Zuständigkeit der Kommunen und kann im Nationalen Aktionsplan nicht zugesagt werden.",
        "Die Themengruppe hält den Vorschlag für wichtig, sieht aber im Zeitraum des Aktionsplans keine Umsetzungschance;"
                + " er wird für den nächsten Plan vorgemerkt.",
        "Ein vergleichbares Vorhaben läuft bereits im Rahmen der Digitalstrategie des Landes."
    };
    private static final String[] PARTLY_REASONS = {
        "Der Kern des Vorschlags geht in den Verpflichtungsentwurf der Themengruppe ein; die Ausweitung auf alle"
                + " Behörden ist zunächst nicht vorgesehen.",
        "Übernommen als Meilenstein eines Verpflichtungsentwurfs, in kleinerem Umfang als vorgeschlagen."
    };

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

    private record ThemeGroupSeed(String slug, String name, String description) {}

    private record ConsultationSeed(String slug, String title, String region, String description, Timeline timeline) {}
}
