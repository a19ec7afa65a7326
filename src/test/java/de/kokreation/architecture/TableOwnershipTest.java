package de.kokreation.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table has one owning module, and only the owner's code names it: in SQL, in JPQL, in a JPA
 * mapping or as a repository's entity. {@code ModularityTest} sees imports; this test sees the
 * SQL, where one module could otherwise read or write another's rows unnoticed. The owners are
 * declared once, in the table "Table owners" of {@code docs/architecture.md}, which this test
 * reads; a table created by a migration but missing there fails it too.
 *
 * <p>Besides the application's modules it scans the benchmark's data generator, which must write
 * through the modules' seed writers like the demo data does.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/de/kokreation");
    private static final Path BENCHMARK = Path.of("src/test/java/de/kokreation/benchmark");
    /**
     * Of the benchmark only the data generator: the baselines of {@code BenchmarkMain} are the raw
     * statements the application's figures are compared with, and name the tables on purpose.
     */
    private static final Path GENERATOR = BENCHMARK.resolve("DataGenerator.java");

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern OWNER_ROW = Pattern.compile(
            "^\\|\\s*`([a-z_][a-z0-9_]*)`\\s*\\|\\s*`?([a-z]+|\\(Spring Modulith\\))`?\\s*\\|", Pattern.MULTILINE);
    private static final Pattern ENTITY = Pattern.compile("@Entity\\b[\\s\\S]*?\\bclass\\s+(\\w+)");
    private static final Pattern TABLE_NAME = Pattern.compile("@Table\\s*\\(\\s*name\\s*=\\s*\"([a-z_][a-z0-9_]*)\"");

    @Test
    void everyTableOfTheMigrationsHasAnOwner() {
        assertThat(owners().keySet())
                .as("tables in the owner list of docs/architecture.md")
                .containsExactlyInAnyOrderElementsOf(migratedTables());
    }

    @Test
    void onlyTheOwnerNamesATable() {
        Map<String, String> owners = owners();
        SqlTableReferences scanner = new SqlTableReferences(tableOfEntity());
        List<String> crossings = new ArrayList<>();
        for (Path file : javaFiles()) {
            String module = moduleOf(file);
            for (SqlTableReferences.Reference reference : scanner.in(read(file), owners.keySet())) {
                String owner = owners.get(reference.table());
                if (!module.equals(owner)) {
                    crossings.add("%s:%d names %s (%s), owned by %s"
                            .formatted(file, reference.line(), reference.table(), reference.how(), owner));
                }
            }
        }
        assertThat(crossings).as("tables named outside their owning module").isEmpty();
    }

    @Test
    void findsAForeignTableInATextBlockAndInJpql() {
        String source = """
                class Sneaky {
                    // select * from user_account  (a comment does not count)
                    static final String SQL = \"""
                            select p.title
                              from proposal p
                              join user_account a on a.id = p.author_id\""";
                    @Query("select p from Proposal p join UserAccount a on a.id = p.authorId")
                    void named();
                }
                """;
        var references = new SqlTableReferences(Map.of("Proposal", "proposal", "UserAccount", "user_account"))
                .in(source, Set.of("proposal", "user_account"));

        assertThat(references)
                .extracting(SqlTableReferences.Reference::table)
                .containsExactly("proposal", "user_account", "proposal", "user_account");
        assertThat(references.get(1).line()).isEqualTo(6);
    }

    @Test
    void findsATableInAQueryBuiltFromConcatenatedPieces() {
        String source = """
                interface Comments {
                    @Query("select new Row(c.id, a.displayName)"
                            + " from ProposalComment c join UserAccount a on a.id = c.authorId"
                            + " where c.proposalId = :id")
                    List<Row> rows(long id);
                }
                """;
        var references = new SqlTableReferences(
                        Map.of("ProposalComment", "proposal_comment", "UserAccount", "user_account"))
                .in(source, Set.of("proposal_comment", "user_account"));

        assertThat(references)
                .extracting(SqlTableReferences.Reference::table, SqlTableReferences.Reference::line)
                .containsExactly(tuple("proposal_comment", 3), tuple("user_account", 3));
    }

    @Test
    void messageKeysAndPathsAreNoSql() {
        String source = """
                class Texts {
                    String a = "proposal.form.title";
                    String b = "Select a proposal from the list";
                    String c = "/konsultationen/" + slug + "/export";
                }
                """;
        assertThat(new SqlTableReferences(Map.of()).in(source, Set.of("proposal", "list")))
                .isEmpty();
    }

    /** The owner of each table as {@code docs/architecture.md} declares it. */
    static Map<String, String> owners() {
        String architecture = read(ARCHITECTURE);
        int start = architecture.indexOf("## Table owners");
        assertThat(start).as("section 'Table owners' in docs/architecture.md").isNotNegative();
        int end = architecture.indexOf("\n## ", start + 1);
        String section = architecture.substring(start, end < 0 ? architecture.length() : end);
        Map<String, String> owners = new TreeMap<>();
        Matcher row = OWNER_ROW.matcher(section);
        while (row.find()) {
            assertThat(owners.put(row.group(1), row.group(2)))
                    .as("second owner of " + row.group(1))
                    .isNull();
        }
        return owners;
    }

    private static Set<String> migratedTables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(file -> file.toString().endsWith(".sql")).forEach(file -> {
                Matcher create = CREATE_TABLE.matcher(read(file));
                while (create.find()) {
                    tables.add(create.group(1).toLowerCase(Locale.ROOT));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Java migrations (PostgreSQL-only tables such as proposal_search_vector) create tables too.
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .map(TableOwnershipTest::read)
                    .filter(source -> source.contains("implements JavaMigration")
                            || source.contains("extends OneDatabaseMigration"))
                    .forEach(source -> {
                        Matcher create = CREATE_TABLE.matcher(source);
                        while (create.find()) {
                            tables.add(create.group(1).toLowerCase(Locale.ROOT));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static Map<String, String> tableOfEntity() {
        Map<String, String> tables = new HashMap<>();
        for (Path file : javaFiles()) {
            String code = SqlTableReferences.withoutComments(read(file));
            Matcher entity = ENTITY.matcher(code);
            if (code.contains("@Entity") && entity.find()) {
                Matcher table = TABLE_NAME.matcher(code);
                tables.put(entity.group(1), table.find() ? table.group(1) : snakeCase(entity.group(1)));
            }
        }
        return tables;
    }

    private static String snakeCase(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static List<Path> javaFiles() {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(MAIN, GENERATOR)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(file -> file.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The first package below {@code de.kokreation}: the Spring Modulith module. */
    private static String moduleOf(Path file) {
        Path root = file.startsWith(MAIN) ? MAIN : BENCHMARK.getParent();
        Path relative = root.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "(root)";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
