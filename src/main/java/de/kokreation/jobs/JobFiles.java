package de.kokreation.jobs;

import de.kokreation.shared.NodeName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The node's job directory: {@code kokreation.jobs.directory}, one folder per node (two nodes on
 * one host never clean up each other's files). A job writes {@code job-<id>.part} and renames it
 * to {@code job-<id>.result} once complete, so a half-written file is never offered.
 */
@Component
class JobFiles {

    private static final Logger log = LoggerFactory.getLogger(JobFiles.class);

    private final Path directory;

    JobFiles(@Value("${kokreation.jobs.directory:}") String configured, NodeName node) {
        Path base = configured.isBlank()
                ? Paths.get(System.getProperty("java.io.tmpdir"), "kokreation-jobs")
                : Paths.get(configured);
        this.directory = base.resolve(node.name().replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            Files.createDirectories(directory);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("The job directory " + directory + " cannot be made", unwritable);
        }
    }

    Path directory() {
        return directory;
    }

    Path partial(long id) {
        return directory.resolve("job-" + id + ".part");
    }

    Path result(long id) {
        return directory.resolve("job-" + id + ".result");
    }

    void delete(long id) {
        quietlyDelete(partial(id));
        quietlyDelete(result(id));
    }

    /**
     * Removes every file in the directory but the results of {@code kept} and the files of the
     * jobs running now: what a restart leaves behind, and files whose rows are gone.
     */
    int deleteAllBut(Collection<Long> kept, Collection<Long> running) {
        Set<Path> keep = new HashSet<>();
        kept.forEach(id -> keep.add(result(id)));
        running.forEach(id -> {
            keep.add(partial(id));
            keep.add(result(id));
        });
        int deleted = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (!keep.contains(file) && file.getFileName().toString().startsWith("job-")) {
                    quietlyDelete(file);
                    deleted++;
                }
            }
        } catch (IOException unreadable) {
            log.warn("Could not list the job directory {}", directory, unreadable);
        }
        return deleted;
    }

    private static void quietlyDelete(Path file) {
        if (!Files.isDirectory(file.getParent())) {
            return; // the directory itself is gone (the failure that brought us here)
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException stuck) {
            log.warn("Could not delete {}", file, stuck);
        }
    }
}
