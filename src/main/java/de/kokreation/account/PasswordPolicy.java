package de.kokreation.account;

import de.kokreation.shared.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords of 12 to 128 characters that are not among the common passwords shipped with the app
 * ({@code account/common-passwords.txt.gz}, about 44,000 entries of that length) and not the
 * account's own email address or name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        this.commonPasswords = load();
    }

    /** The message key of the first rule {@code password} breaks, or none. */
    public Optional<String> violation(String password, String email, String displayName) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("password.error.length");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            return Optional.of("password.error.common");
        }
        if (!email.isBlank()
                        && (lower.equals(email.toLowerCase(Locale.ROOT))
                                || lower.equals(email.toLowerCase(Locale.ROOT).split("@")[0]))
                || !displayName.isBlank() && lower.equals(displayName.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.personal");
        }
        return Optional.empty();
    }

    void require(String password, String email, String displayName) {
        violation(password, email, displayName).ifPresent(key -> {
            throw new DomainException(key, MIN_LENGTH, MAX_LENGTH);
        });
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(64_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource("account/common-passwords.txt.gz").getInputStream()),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    passwords.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("common password list missing", e);
        }
        return Set.copyOf(passwords);
    }
}
