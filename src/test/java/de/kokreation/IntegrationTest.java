package de.kokreation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * One Spring context for every integration, UI and browser test: the same annotations everywhere
 * let the test framework reuse the context (a context start costs about 15 s on two cores).
 * The application listens on a random port, so browser tests can use the same context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// The operator's ./application.properties is not read in tests: only packaged and test settings count.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.location=classpath:/")
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestMailConfiguration.class)
@Tag("spring")
public @interface IntegrationTest {}
