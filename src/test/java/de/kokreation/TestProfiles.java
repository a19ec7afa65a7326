package de.kokreation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Every Spring test runs with the profile {@code test}; with the system property
 * {@code kokreation.test.database=postgres} also with {@code postgres}, so the same tests run on
 * H2 and on PostgreSQL.
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        List<String> profiles = new ArrayList<>(List.of("test"));
        if ("postgres".equals(System.getProperty("kokreation.test.database"))) {
            profiles.add("postgres");
        }
        return profiles.toArray(String[]::new);
    }
}
