package de.kokreation.operations;

import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobKind;
import de.kokreation.shared.NodeName;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What admins see on the system page: the build, this node, the mails waiting, the scheduled jobs,
 * the background jobs running here and the room left for their files.
 */
@Service
public class SystemStatus {

    /** The figures at one moment. */
    public record Snapshot(
            String version,
            String commit,
            Optional<Instant> built,
            String node,
            Instant nodeStarted,
            Duration uptime,
            int sessions,
            int uis,
            long heapUsedMegabytes,
            long heapMaxMegabytes,
            long waitingCount,
            List<WaitingPublication> waiting,
            List<JobRun> jobs,
            List<WorkLoad> work,
            String jobDirectory,
            long jobDirectoryFreeMegabytes) {}

    /** Background jobs of a kind running or waiting on this node, and how many may run at once. */
    public record WorkLoad(JobKind kind, int load, int limit) {}

    /** An event publication not delivered yet. */
    public record WaitingPublication(String event, String listener, Instant published, int attempts, String status) {}

    /** A scheduled job's last run as its cluster lock shows it. */
    public record JobRun(String name, Instant lastStart, Instant lockedUntil, String node, boolean locked) {}

    private static final int WAITING_SHOWN = 20;

    private final Optional<BuildProperties> build;
    private final Optional<GitProperties> git;
    private final WaitingPublications waiting;
    private final ScheduledJobs jobs;
    private final UiMetrics ui;
    private final BackgroundJobs background;
    private final String node;

    SystemStatus(
            ObjectProvider<BuildProperties> build,
            ObjectProvider<GitProperties> git,
            WaitingPublications waiting,
            ScheduledJobs jobs,
            UiMetrics ui,
            BackgroundJobs background,
            NodeName node) {
        this.background = background;
        this.build = Optional.ofNullable(build.getIfAvailable());
        this.git = Optional.ofNullable(git.getIfAvailable());
        this.waiting = waiting;
        this.jobs = jobs;
        this.ui = ui;
        this.node = node.name();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Snapshot now() {
        Instant now = Instant.now();
        Instant started =
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Runtime runtime = Runtime.getRuntime();
        return new Snapshot(
                build.map(BuildProperties::getVersion).orElse("–"),
                git.map(GitProperties::getShortCommitId).orElse("–"),
                build.map(BuildProperties::getTime),
                node,
                started,
                Duration.between(started, now),
                ui.sessions(),
                ui.uis(),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20,
                waiting.count(),
                waiting.oldest(WAITING_SHOWN).stream()
                        .map(one -> new WaitingPublication(
                                one.eventType(),
                                one.listener(),
                                one.published(),
                                one.attempts(),
                                one.status() == null ? "" : one.status()))
                        .toList(),
                jobs.all().stream()
                        .map(job -> new JobRun(
                                job.name(),
                                job.lastStart(),
                                job.lockedUntil(),
                                job.node(),
                                job.lockedUntil().isAfter(now)))
                        .toList(),
                Arrays.stream(JobKind.values())
                        .map(kind -> new WorkLoad(kind, background.load(kind), background.limit(kind)))
                        .toList(),
                background.directory().toString(),
                freeMegabytes(background.directory()));
    }

    private static long freeMegabytes(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace() >> 20;
        } catch (IOException | RuntimeException gone) {
            return -1; // the page says the directory cannot be read
        }
    }
}
