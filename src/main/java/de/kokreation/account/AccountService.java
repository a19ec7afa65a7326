package de.kokreation.account;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and finds accounts. Registration with double opt-in arrives in its own issue; until
 * then accounts come from the demo data and from tests.
 */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates an active account; for seeding and tests, not exposed to the public. */
    @Transactional
    public UserAccount createActiveAccount(String displayName, String email, String rawPassword, Set<Role> roles) {
        return accounts.save(new UserAccount(displayName, email, passwordEncoder.encode(rawPassword), roles,
                clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email));
    }

    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }
}
