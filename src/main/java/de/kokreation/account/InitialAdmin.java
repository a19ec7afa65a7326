package de.kokreation.account;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh production install gets its first admin from configuration
 * ({@code kokreation.initial-admin.email}, {@code .name}, {@code .password}), created once when no
 * active admin exists. There is no default password: without the settings no admin is created.
 */
@Component
@Order(0)
class InitialAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final PasswordPolicy passwordPolicy;
    private final String email;
    private final String name;
    private final String password;

    InitialAdmin(
            UserAccountRepository accounts,
            AccountService accountService,
            PasswordPolicy passwordPolicy,
            @Value("${kokreation.initial-admin.email:}") String email,
            @Value("${kokreation.initial-admin.name:Administration}") String name,
            @Value("${kokreation.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.passwordPolicy = passwordPolicy;
        this.email = email;
        this.name = name;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (email.isBlank() || accounts.anyActiveAdmin()) {
            return;
        }
        passwordPolicy.violation(password, email, name).ifPresent(violation -> {
            throw new IllegalStateException("kokreation.initial-admin.password breaks the password rules (" + violation
                    + "): at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password");
        });
        if (accounts.findByEmail(UserAccount.normalizeEmail(email)).isPresent()) {
            LOG.warn("kokreation.initial-admin.email {} belongs to an existing account; it is not made admin", email);
            return;
        }
        accountService.createActiveAccount(name, email, password, EnumSet.of(Role.CITIZEN, Role.ADMIN));
        LOG.info("Created the initial admin account {}", email);
    }
}
