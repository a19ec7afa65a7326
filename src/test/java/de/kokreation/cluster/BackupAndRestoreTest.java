package de.kokreation.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import de.kokreation.account.AccountService;
import de.kokreation.account.Role;
import de.kokreation.demo.DemoAccounts;
import de.kokreation.shell.LegalTexts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The backup and restore of docs/operations.md, done as written: a populated installation is
 * dumped with {@code pg_dump}, its legal texts copied, the dump restored with {@code pg_restore}
 * into a fresh database, and the application started on it finds the same content: every table's
 * rows, the same open-data files (so the installation key behind the author pseudonyms came
 * along), the operator's legal texts, and it takes new writes (the identity sequences came along).
 * Runs in the PostgreSQL pass.
 */
@Tag("database")
class BackupAndRestoreTest {

    private static final String SOURCE = "kokreation_backup_source";
    private static final String RESTORED = "kokreation_backup_restored";
    private static final Path WORK = Path.of("target", "backup-restore").toAbsolutePath();
    private static final String IMPRINT =
            "# Impressum\n\nBetrieben von der Geschäftsstelle Offenes Regierungshandeln (Test).\n";

    @Test
    void aRestoredBackupHoldsTheSameContentAndTakesNewWrites() throws Exception {
        assumeThat(System.getProperty("kokreation.test.database")).isEqualTo("postgres");
        FileSystemUtils.deleteRecursively(WORK);
        Path legal = Files.createDirectories(WORK.resolve("legal"));
        Files.writeString(legal.resolve("impressum.de.md"), IMPRINT);
        ExtraDatabases.fresh(SOURCE);

        Content before;
        ConfigurableApplicationContext source =
                ExtraDatabases.application(SOURCE, "--kokreation.demo-data.enabled=true", legalDirectory(legal));
        try {
            before = content(source);
        } finally {
            ExtraDatabases.close(source);
        }
        assertThat(before.rows()).containsKeys("proposal", "open_data_key", "plan_commitment");
        assertThat(before.rows().get("proposal")).isPositive();

        // The backup: the database as a custom-format dump, the legal texts as files.
        Path dump = WORK.resolve("kokreation.dump");
        run(
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--host=127.0.0.1",
                "--username=" + ExtraDatabases.user(),
                "--dbname=" + SOURCE,
                "--file=" + dump);
        Path legalCopy = WORK.resolve("backup-legal");
        FileSystemUtils.copyRecursively(legal, legalCopy);

        // The restore into a fresh database, on another "machine".
        ExtraDatabases.fresh(RESTORED);
        run(
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                "--host=127.0.0.1",
                "--username=" + ExtraDatabases.user(),
                "--dbname=" + RESTORED,
                dump.toString());
        ConfigurableApplicationContext restored =
                ExtraDatabases.application(RESTORED, "--kokreation.demo-data.enabled=false", legalDirectory(legalCopy));
        try {
            Content after = content(restored);
            assertThat(after.rows()).isEqualTo(before.rows());
            assertThat(after.openData()).isEqualTo(before.openData());
            assertThat(after.imprint()).contains("Geschäftsstelle Offenes Regierungshandeln (Test)");

            restored.getBean(AccountService.class)
                    .createActiveAccount(
                            "Nach der Wiederherstellung",
                            "neu-" + System.nanoTime() + "@test.example",
                            DemoAccounts.PASSWORD,
                            EnumSet.of(Role.CITIZEN));
            assertThat(restored.getBean(JdbcTemplate.class)
                            .queryForObject("select count(*) from user_account", Long.class))
                    .isEqualTo(before.rows().get("user_account") + 1);
        } finally {
            ExtraDatabases.close(restored);
        }
    }

    /** What an installation holds: rows per table, the open-data files, the imprint page. */
    private record Content(Map<String, Long> rows, Map<String, String> openData, String imprint) {}

    private static Content content(ConfigurableApplicationContext application) throws Exception {
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        int port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> openData = new TreeMap<>();
        for (String slug : jdbc.queryForList("select slug from consultation order by slug", String.class)) {
            for (String file : List.of("proposals.csv", "comments.csv", "drafts.csv")) {
                String path = "/api/v1/consultations/" + slug + "/" + file;
                openData.put(path, get(http, port, path));
            }
        }
        // After the open data: its first request makes the installation key.
        Map<String, Long> rows = new TreeMap<>();
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE'",
                String.class)) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return new Content(rows, openData, application.getBean(LegalTexts.class).html("impressum", Locale.GERMAN));
    }

    private static String get(HttpClient http, int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static String legalDirectory(Path directory) {
        return "--kokreation.legal.directory=" + directory;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", ExtraDatabases.password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
    }
}
