package de.kokreation.shell;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where browsers report what the Content-Security-Policy refused ({@link BrowserPolicies}). Each
 * report is counted ({@code kokreation.csp.violations}, for an alert) and, at most once a minute,
 * logged with its first kilobyte: anyone may post here, so neither the log nor the memory may grow
 * with what they send.
 */
@RestController
class CspReports {

    static final int MAX_LOGGED_BYTES = 1024;
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(CspReports.class);

    private final Counter violations;
    private final Clock clock;
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.EPOCH);

    CspReports(MeterRegistry meters, Clock clock) {
        this.violations = Counter.builder("kokreation.csp.violations")
                .description("Reports of what the Content-Security-Policy refused in a browser")
                .register(meters);
        this.clock = clock;
    }

    @PostMapping(BrowserPolicies.REPORT_PATH)
    ResponseEntity<Void> report(HttpServletRequest request) throws IOException {
        String type = String.valueOf(request.getContentType());
        if (!type.startsWith("application/csp-report") && !type.startsWith("application/reports+json")) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).build();
        }
        violations.increment();
        Instant now = clock.instant();
        Instant last = lastLogged.get();
        if (now.isAfter(last.plus(LOG_INTERVAL)) && lastLogged.compareAndSet(last, now)) {
            try (InputStream body = request.getInputStream()) {
                String start = new String(body.readNBytes(MAX_LOGGED_BYTES), StandardCharsets.UTF_8);
                // one line, nothing a terminal or a log viewer would act on
                LOG.warn(
                        "Content-Security-Policy violation reported by a browser: {}",
                        start.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\s]+", " "));
            }
        }
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }
}
