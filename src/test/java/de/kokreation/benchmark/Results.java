package de.kokreation.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The result table: one row per figure, with its baseline, the ratio, the target and whether it is met. */
final class Results {

    /** One figure. {@code met} is null where there is no target. */
    record Row(String figure, String value, String baseline, String ratio, String target, Boolean met) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String figure, String value, String baseline, String ratio, String target, Boolean met) {
        Row row = new Row(figure, value, baseline, ratio, target, met);
        rows.add(row);
        System.out.printf(
                "%-60s %-40s %-30s %-8s %-25s %s%n",
                figure, value, baseline, ratio, target, met == null ? "" : met ? "yes" : "NO");
    }

    void note(String note) {
        notes.add(note);
        System.out.println("NOTE " + note);
    }

    static String ms(double millis) {
        return millis < 10 ? String.format(Locale.ROOT, "%.2f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    static String ratio(double value, double baseline) {
        return baseline <= 0 ? "–" : String.format(Locale.ROOT, "%.2f×", value / baseline);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    String markdown(String database, BenchmarkScale scale, String commit, double generationSeconds) {
        StringBuilder md = new StringBuilder();
        md.append("# Kokreation benchmark – ")
                .append(scale.name())
                .append(" on ")
                .append(database)
                .append("\n\n");
        md.append("- When: ")
                .append(OffsetDateTime.now(ZoneOffset.UTC).withNano(0))
                .append('\n');
        md.append("- Commit: `").append(commit).append("`\n");
        md.append("- Data: ")
                .append(number(scale.proposals()))
                .append(" proposals, ")
                .append(number(scale.comments()))
                .append(" comments, ")
                .append(number(scale.votes()))
                .append(" votes, ")
                .append(number(scale.users()))
                .append(" accounts, 6 theme groups (the largest holds" + " about 30 % of the proposals), seed ")
                .append(BenchmarkMain.SEED)
                .append(
                        generationSeconds > 0
                                ? ", generated in " + String.format(Locale.ROOT, "%.0f", generationSeconds) + " s"
                                : ", reused")
                .append('\n');
        md.append("- Machine: ").append(machine()).append("\n\n");
        md.append("| figure | value | baseline | ratio | target | met? |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ")
                    .append(row.figure())
                    .append(" | ")
                    .append(row.value())
                    .append(" | ")
                    .append(row.baseline())
                    .append(" | ")
                    .append(row.ratio())
                    .append(" | ")
                    .append(row.target())
                    .append(" | ")
                    .append(row.met() == null ? "–" : row.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    Path write(Path directory, String database, BenchmarkScale scale, String markdown) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(
                LocalDate.now().format(DateTimeFormatter.ISO_LOCAL_DATE) + "-" + database + "-" + scale.name() + ".md");
        Files.writeString(file, markdown);
        return file;
    }

    static String machine() {
        String cpu = firstMatch(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstMatch(Path.of("/proc/meminfo"), "MemTotal");
        return String.join(
                "; ",
                List.of(
                        command("uname", "-srm"),
                        "CPU: " + cpu + " × " + Runtime.getRuntime().availableProcessors(),
                        "RAM: " + memory,
                        "JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                        "max heap " + Runtime.getRuntime().maxMemory() / 1024 / 1024 + " MB",
                        "GC: "
                                + ManagementFactory.getGarbageCollectorMXBeans()
                                        .getFirst()
                                        .getName()));
    }

    private static String firstMatch(Path file, String key) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("?");
        } catch (IOException unreadable) {
            return "?";
        }
    }

    static String command(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).strip();
            process.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException | InterruptedException failed) {
            return "?";
        }
    }
}
