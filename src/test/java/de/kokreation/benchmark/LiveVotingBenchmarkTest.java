package de.kokreation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.meeting.LiveRoom;
import de.kokreation.meeting.MeetingKind;
import de.kokreation.meeting.MeetingPlan;
import de.kokreation.meeting.MeetingService;
import de.kokreation.shared.Permalinks;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A live vote in a room of {@code live.phones} phones (150 by default) on one proposal, with the
 * projector: every phone and the projector are Vaadin clients speaking the real protocol
 * ({@link VaadinBrowser}) with a real server push connection (Atmosphere over WebSocket). The
 * phones vote one after the other at {@code live.rate} votes a second; for every vote, the time
 * until the projector and every phone that already voted (the others show their buttons, not the
 * count) received a pushed count that includes it. Baseline from the same run: a phone's own vote,
 * from the tap to the answer with its result.
 *
 * <p>{@code ./mvnw -Pbenchmark test -Dtest=LiveVotingBenchmarkTest [-Dlive.phones=150]
 * [-Dlive.rate=20]}; the result goes to {@code target/benchmark/live-voting-<phones>.md}.
 */
@IntegrationTest
@Tag("benchmark")
class LiveVotingBenchmarkTest {

    /** The result's text in a pushed change; JSON may write the ü as an escape. */
    private static final Pattern COUNT = Pattern.compile("(\\d+) daf(?:ü|\\\\u00[fF][cC])r, (\\d+) dagegen");

    private final int phones = Integer.getInteger("live.phones", 150);
    private final int rate = Integer.getInteger("live.rate", 20);

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    LiveRoom room;

    @Autowired
    ConsultationAdministration administration;

    @LocalServerPort
    int port;

    /** Per listening client: when it first saw each count (total votes), in nanoseconds. */
    private final Map<String, ConcurrentSkipListMap<Integer, Long>> seen = new ConcurrentHashMap<>();

    @Test
    void aRoomOfPhonesSeesEveryVoteArrive() throws Exception {
        String base = "http://localhost:" + port;
        ConsultationDetails consultation = fixtures.collectingConsultation();
        UserAccount moderator = fixtures.account("Moderation", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        Instant start = Instant.now().minus(Duration.ofMinutes(10));
        long meetingId = fixtures.as(
                moderator,
                () -> meetings.create(
                        consultation.consultation().id(),
                        new MeetingPlan(
                                MeetingKind.WORKSHOP,
                                "Live-Abstimmung mit " + phones + " Telefonen",
                                start,
                                start.plus(Duration.ofHours(3)),
                                "Saal 1",
                                "",
                                "",
                                "",
                                null,
                                Set.of())));
        long proposal = fixtures.proposal(consultation.themeGroups().getFirst(), moderator, "Offene Vergabedaten");
        String code = fixtures.as(moderator, () -> room.openRoom(meetingId));
        fixtures.as(moderator, () -> {
            room.putUp(meetingId, proposal);
            return null;
        });

        HttpClient http = VaadinBrowser.sharedClient();
        VaadinBrowser projectorBrowser = new VaadinBrowser(http, base, "10.9.0.1");
        projectorBrowser.logIn(moderator.email(), Fixtures.PASSWORD);
        VaadinBrowser.Tab projector = projectorBrowser.open(Permalinks.meeting(meetingId) + "/leinwand");
        projector.connectPush((message, at) -> record("projector", message, at));

        List<VaadinBrowser.Tab> tabs = new ArrayList<>();
        long joining = System.nanoTime();
        for (int i = 0; i < phones; i++) {
            VaadinBrowser phone = new VaadinBrowser(http, base, "10.9." + (1 + i / 250) + "." + (1 + i % 250));
            VaadinBrowser.Tab tab = phone.open("/raum/" + code);
            String name = "phone-" + i;
            tab.connectPush((message, at) -> record(name, message, at));
            tabs.add(tab);
        }
        Duration joined = Duration.ofNanos(System.nanoTime() - joining);
        Thread.sleep(1_000);

        long[] votedAt = new long[phones];
        List<Long> ownVote = new ArrayList<>();
        long interval = 1_000_000_000L / rate;
        long first = System.nanoTime();
        for (int i = 0; i < phones; i++) {
            long due = first + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            votedAt[i] = System.nanoTime();
            tabs.get(i).click("room-vote-for");
            ownVote.add(System.nanoTime() - votedAt[i]);
        }
        Thread.sleep(3_000);
        assertThat(room.state(meetingId).poll().votesFor()).isEqualTo(phones);

        // Vote k (1-based) counts as arrived at a client with the first pushed count of k or more.
        List<Long> latencies = new ArrayList<>();
        int missing = 0;
        for (int k = 1; k <= phones; k++) {
            List<String> watchers = new ArrayList<>();
            watchers.add("projector");
            for (int j = 0; j < k - 1; j++) {
                watchers.add("phone-" + j);
            }
            for (String watcher : watchers) {
                var counts = seen.getOrDefault(watcher, new ConcurrentSkipListMap<>());
                Long arrived =
                        counts.tailMap(k).values().stream().min(Long::compare).orElse(null);
                if (arrived == null) {
                    missing++;
                } else {
                    latencies.add(Math.max(0, arrived - votedAt[k - 1]));
                }
            }
        }
        for (VaadinBrowser.Tab tab : tabs) {
            tab.disconnectPush();
        }
        projector.disconnectPush();

        String report = String.format(
                Locale.ROOT,
                """
                # Live voting: %d phones and the projector on one proposal

                Votes at %d per second through the real UI (Vaadin's protocol, server push over WebSocket).
                Joining the room (page, init, push connection) took %d ms for all phones.

                | measure | n | median | p95 | p99 | max | within 1 s |
                |---|---|---|---|---|---|---|
                | a vote arriving at the projector and every phone that voted before | %d | %d ms | %d ms | %d ms | %d ms | %.1f %% |
                | baseline: a phone's own vote, tap to answer with its result | %d | %d ms | %d ms | %d ms | %d ms | %.1f %% |

                Deliveries that never arrived: %d.
                """,
                phones,
                rate,
                joined.toMillis(),
                latencies.size(),
                millis(percentile(latencies, 50)),
                millis(percentile(latencies, 95)),
                millis(percentile(latencies, 99)),
                millis(percentile(latencies, 100)),
                within(latencies, 1_000_000_000L),
                ownVote.size(),
                millis(percentile(ownVote, 50)),
                millis(percentile(ownVote, 95)),
                millis(percentile(ownVote, 99)),
                millis(percentile(ownVote, 100)),
                within(ownVote, 1_000_000_000L),
                missing);
        Path out = Path.of("target", "benchmark", "live-voting-" + phones + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(missing).as("every count reaches every client").isZero();
    }

    private void record(String client, String message, long at) {
        Matcher counts = COUNT.matcher(message);
        while (counts.find()) {
            int total = Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2));
            seen.computeIfAbsent(client, name -> new ConcurrentSkipListMap<>()).putIfAbsent(total, at);
        }
    }

    private static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1_000_000.0);
    }

    private static double within(List<Long> values, long limit) {
        return values.isEmpty()
                ? 0
                : 100.0 * values.stream().filter(value -> value <= limit).count() / values.size();
    }
}
