package de.kokreation.cluster;

import de.kokreation.KokreationApplication;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Databases of a test's own on the PostgreSQL server of the PostgreSQL pass (beside its database
 * {@code test}, which the shared context uses), and Kokreation applications started on them in
 * this JVM, as a node of a cluster is.
 */
final class ExtraDatabases {

    private ExtraDatabases() {}

    /** The JDBC address of {@code database} on the test server. */
    static String url(String database) {
        String test =
                System.getenv().getOrDefault("KOKREATION_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        return test.substring(0, test.lastIndexOf('/') + 1) + database;
    }

    static String user() {
        return System.getenv().getOrDefault("KOKREATION_TEST_POSTGRES_USER", "postgres");
    }

    static String password() {
        return System.getenv().getOrDefault("KOKREATION_TEST_POSTGRES_PASSWORD", "");
    }

    /** Drops {@code database} where it exists and makes it again, empty. */
    static void fresh(String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url("postgres"), user(), password());
                var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }

    /** The security context holder of the JVM before the first extra application replaced it. */
    private static @Nullable SecurityContextHolderStrategy holderBefore;

    /**
     * Kokreation on {@code database}, on random ports, with these further settings ("--name=value").
     * Close it with {@link #close}: Vaadin puts a security context holder of each application into
     * the JVM-wide {@code SecurityContextHolder}, which must be the shared test context's again.
     */
    static synchronized ConfigurableApplicationContext application(String database, String... settings) {
        if (holderBefore == null) {
            holderBefore = SecurityContextHolder.getContextHolderStrategy();
        }
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.config.location=classpath:/",
                "--spring.datasource.url=" + url(database),
                "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password(),
                "--server.port=0",
                "--management.server.port=0"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(KokreationApplication.class)
                .profiles("test")
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("leaveOutTestConfigurations", new LeaveOutTestConfigurations()))
                .run(arguments.toArray(String[]::new));
    }

    /** Closes the applications and gives the JVM its security context holder back. */
    static synchronized void close(@Nullable ConfigurableApplicationContext... applications) {
        for (ConfigurableApplicationContext application : applications) {
            if (application != null) {
                application.close();
            }
        }
        if (holderBefore != null) {
            SecurityContextHolder.setContextHolderStrategy(holderBefore);
            holderBefore = null;
        }
    }

    /** The test suite's own configurations (its SMTP server, its PostgreSQL reset) stay out. */
    static final class LeaveOutTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            var metadata = reader.getAnnotationMetadata();
            return metadata.hasAnnotation(TestConfiguration.class.getName())
                    || metadata.getClassName().endsWith("PostgresTestDatabase")
                    || metadata.getClassName().startsWith("de.kokreation.cluster.");
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
