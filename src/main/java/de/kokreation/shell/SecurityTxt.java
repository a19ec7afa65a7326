package de.kokreation.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /.well-known/security.txt} (RFC 9116): whom to tell about a vulnerability of this
 * installation. The operator sets the contact and the policy; the expiry moves on with each day
 * the installation runs, so the file never goes stale while someone answers for it.
 */
@RestController
class SecurityTxt {

    static final String PATH = "/.well-known/security.txt";
    static final Duration VALIDITY = Duration.ofDays(180);

    private final String contact;
    private final String policy;
    private final String canonical;
    private final Clock clock;

    SecurityTxt(
            @Value("${kokreation.security.contact:mailto:security@kokreation.example}") String contact,
            @Value("${kokreation.security.policy:https://github.com/kokreation/kokreation/blob/main/SECURITY.md}")
                    String policy,
            @Value("${kokreation.public-base-url}") String baseUrl,
            Clock clock) {
        this.contact = contact;
        this.policy = policy;
        this.canonical = baseUrl.replaceAll("/+$", "") + PATH;
        this.clock = clock;
    }

    @GetMapping(
            value = {PATH, "/security.txt"},
            produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> securityTxt() {
        String expires = DateTimeFormatter.ISO_INSTANT.format(
                clock.instant().plus(VALIDITY).truncatedTo(ChronoUnit.DAYS).atOffset(ZoneOffset.UTC));
        String text = "Contact: " + contact + "\n"
                + "Expires: " + expires + "\n"
                + "Policy: " + policy + "\n"
                + "Preferred-Languages: de, en\n"
                + "Canonical: " + canonical + "\n";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(text);
    }
}
