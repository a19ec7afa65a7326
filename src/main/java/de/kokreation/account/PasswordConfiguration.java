package de.kokreation.account;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id, which takes passwords of any length (the policy allows 128
 * characters, up to 512 bytes). Hashes made earlier with bcrypt still log in and are replaced by
 * Argon2 hashes at that login ({@link AccountUserDetailsService#updatePassword}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    static final String CURRENT = "argon2";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Bounded(
                new DelegatingPasswordEncoder(
                        CURRENT,
                        Map.of(
                                CURRENT,
                                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                                "bcrypt",
                                new BcryptForOldHashes())),
                Math.max(2, Runtime.getRuntime().availableProcessors() * 2));
    }

    /**
     * At most a few hashes at once: each Argon2 hash takes 16 MiB, and a burst of logins (or
     * attempts on unknown addresses, which are hashed too so that they take as long) would
     * otherwise take gigabytes. The others wait their turn; no CPU is lost, as the cores are busy.
     */
    static final class Bounded implements PasswordEncoder {

        private final PasswordEncoder delegate;
        private final Semaphore permits;

        Bounded(PasswordEncoder delegate, int concurrent) {
            this.delegate = delegate;
            this.permits = new Semaphore(concurrent, true);
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return bounded(() -> delegate.encode(rawPassword));
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return bounded(() -> delegate.matches(rawPassword, encodedPassword));
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }

        private <T> T bounded(Supplier<T> hashing) {
            permits.acquireUninterruptibly();
            try {
                return hashing.get();
            } finally {
                permits.release();
            }
        }
    }

    /**
     * bcrypt reads at most 72 bytes, and Spring Security refuses longer passwords with an
     * exception. No bcrypt hash was ever made of a longer password, so a longer one simply does
     * not match.
     */
    static final class BcryptForOldHashes implements PasswordEncoder {

        private static final int BCRYPT_MAX_BYTES = 72;
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("new hashes are made with " + CURRENT);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
                return false;
            }
            return bcrypt.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return true;
        }
    }
}
