package de.kokreation.account;

import de.kokreation.shared.DomainException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Registration with double opt-in, password reset, and lookups. Neither registration nor reset
 * tells the caller whether an address is known: both answer the same and both publish exactly
 * one event, whose listener decides what mail (if any) the address owner gets.
 */
@Service
@Validated
public class AccountService {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.clock = clock;
    }

    /** Creates an active account directly; for demo data, the first admin and tests, not for the public. */
    @Transactional
    public UserAccount createActiveAccount(String displayName, String email, String rawPassword, Set<Role> roles) {
        return accounts.save(new UserAccount(displayName, email, passwordEncoder.encode(rawPassword), roles,
                AccountStatus.ACTIVE, Locale.GERMAN, clock.instant()));
    }

    /**
     * Registers a new account that becomes active through the link in a confirmation mail. For a
     * known address the caller sees the same outcome; the owner of the address is told instead.
     */
    @Transactional
    public void register(@Valid RegistrationRequest request) {
        passwordPolicy.require(request.password(), request.email(), request.displayName());
        // Hash in every case, so that a known address does not answer faster.
        String hash = passwordEncoder.encode(request.password());
        Optional<UserAccount> existing = accounts.findByEmail(UserAccount.normalizeEmail(request.email()));
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (account.status() == AccountStatus.PENDING) {
                events.publishEvent(new AccountEvents.ConfirmationRequested(account.id(),
                        issue(account.id(), AccountToken.Purpose.CONFIRM_EMAIL, null)));
            } else {
                events.publishEvent(new AccountEvents.RegistrationForExistingAccount(account.id()));
            }
            return;
        }
        UserAccount account = accounts.save(new UserAccount(request.displayName(), request.email(), hash,
                EnumSet.of(Role.CITIZEN), AccountStatus.PENDING, request.language(), clock.instant()));
        events.publishEvent(new AccountEvents.ConfirmationRequested(account.id(),
                issue(account.id(), AccountToken.Purpose.CONFIRM_EMAIL, null)));
    }

    /** Sends the confirmation link again to a pending account; answers the same for any address. */
    @Transactional
    public void resendConfirmation(String email) {
        accounts.findByEmail(UserAccount.normalizeEmail(email))
                .filter(account -> account.status() == AccountStatus.PENDING)
                .ifPresent(account -> events.publishEvent(new AccountEvents.ConfirmationRequested(account.id(),
                        issue(account.id(), AccountToken.Purpose.CONFIRM_EMAIL, null))));
    }

    /** Activates the account of a confirmation link; the link works once and for 24 hours. */
    @Transactional
    public void confirmRegistration(String rawToken) {
        AccountToken token = consume(rawToken, AccountToken.Purpose.CONFIRM_EMAIL);
        UserAccount account = accounts.findById(token.accountId())
                .orElseThrow(() -> new DomainException("account.error.tokenInvalid"));
        account.confirmEmail();
        events.publishEvent(new AccountEvents.AccountActivated(account.id()));
    }

    /** Starts a password reset; answers the same whether or not the address is known. */
    @Transactional
    public void requestPasswordReset(String email) {
        accounts.findByEmail(UserAccount.normalizeEmail(email))
                .filter(UserAccount::isEnabled)
                .ifPresent(account -> events.publishEvent(new AccountEvents.PasswordResetRequested(account.id(),
                        issue(account.id(), AccountToken.Purpose.RESET_PASSWORD, null))));
    }

    /** Sets a new password with a reset link; the link works once and for 24 hours. */
    @Transactional
    public void resetPassword(String rawToken, String newPassword) {
        AccountToken token = consume(rawToken, AccountToken.Purpose.RESET_PASSWORD);
        UserAccount account = accounts.findById(token.accountId())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new DomainException("account.error.tokenInvalid"));
        passwordPolicy.require(newPassword, account.email(), account.displayName());
        account.changePassword(passwordEncoder.encode(newPassword));
    }

    /** Checks whether a token is still usable, without using it (to show the form or an error). */
    @Transactional(readOnly = true)
    public boolean isUsableToken(String rawToken) {
        return tokens.findByHashForUpdate(AccountToken.hash(rawToken))
                .filter(token -> !token.isUsed() && !token.isExpiredAt(clock.instant()))
                .isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email));
    }

    @Transactional(readOnly = true)
    public Optional<AccountContact> contact(long accountId) {
        return accounts.findById(accountId)
                .filter(account -> !account.isDeleted())
                .map(account -> new AccountContact(account.id(), account.email(), account.displayName(),
                        account.locale()));
    }

    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    String issue(long accountId, AccountToken.Purpose purpose, @org.jspecify.annotations.Nullable String newEmail) {
        Instant now = clock.instant();
        tokens.invalidateOpen(accountId, purpose, now);
        String raw = AccountToken.newRawToken();
        tokens.save(new AccountToken(accountId, purpose, raw, newEmail, now, now.plus(TOKEN_LIFETIME)));
        return raw;
    }

    AccountToken consume(String rawToken, AccountToken.Purpose purpose) {
        AccountToken token = tokens.findByHashForUpdate(AccountToken.hash(rawToken))
                .filter(candidate -> candidate.purpose() == purpose)
                .orElseThrow(() -> new DomainException("account.error.tokenInvalid"));
        Instant now = clock.instant();
        if (token.isUsed()) {
            throw new DomainException("account.error.tokenUsed");
        }
        if (token.isExpiredAt(now)) {
            throw new DomainException("account.error.tokenExpired");
        }
        token.use(now);
        return token;
    }
}
