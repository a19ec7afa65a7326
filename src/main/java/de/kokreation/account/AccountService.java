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
import org.jspecify.annotations.Nullable;
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
    private final MailThrottle mailThrottle;
    private final AccountSessions sessions;
    private final LoginThrottle loginThrottle;
    private final LoginDevices loginDevices;
    private final RegistrationThrottle registrationThrottle;
    private final SsoIdentities identities;
    private final Passkeys passkeys;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TermsOfParticipation terms;

    AccountService(
            UserAccountRepository accounts,
            AccountTokenRepository tokens,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            MailThrottle mailThrottle,
            AccountSessions sessions,
            LoginThrottle loginThrottle,
            LoginDevices loginDevices,
            RegistrationThrottle registrationThrottle,
            SsoIdentities identities,
            Passkeys passkeys,
            ApplicationEventPublisher events,
            Clock clock,
            TermsOfParticipation terms) {
        this.loginDevices = loginDevices;
        this.registrationThrottle = registrationThrottle;
        this.identities = identities;
        this.passkeys = passkeys;
        this.mailThrottle = mailThrottle;
        this.sessions = sessions;
        this.loginThrottle = loginThrottle;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.clock = clock;
        this.terms = terms;
    }

    /** Creates an active account directly; for demo data, the first admin and tests, not for the public. */
    @Transactional
    public UserAccount createActiveAccount(String displayName, String email, String rawPassword, Set<Role> roles) {
        UserAccount account = new UserAccount(
                displayName,
                email,
                passwordEncoder.encode(rawPassword),
                roles,
                AccountStatus.ACTIVE,
                Locale.GERMAN,
                clock.instant());
        // made by the operator's own tooling (demo, first admin, tests): the operator's terms
        account.acceptTerms(terms.version(), clock.instant());
        return accounts.save(account);
    }

    /**
     * Registers a new account that becomes active through the link in a confirmation mail. For a
     * known address the caller sees the same outcome; the owner of the address is told instead.
     */
    @Transactional
    public void register(@Valid RegistrationRequest request) {
        passwordPolicy.require(request.password(), request.email(), request.displayName());
        // Before anything that depends on the address, so the answer tells nothing about it.
        if (ClientAddress.current()
                .map(address -> !registrationThrottle.tryAcquire(address))
                .orElse(false)) {
            throw new DomainException("register.error.tooMany");
        }
        // Hash in every case, so that a known address does not answer faster.
        String hash = passwordEncoder.encode(request.password());
        Optional<UserAccount> existing = accounts.findByEmail(UserAccount.normalizeEmail(request.email()));
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (account.status() == AccountStatus.PENDING) {
                // The new link activates this registration's name and password, not the earlier one's:
                // nobody can pre-register an address and have its owner activate the stranger's password.
                if (mailThrottle.allows(account.email())) {
                    issueConfirmation(account.id(), request, hash);
                    events.publishEvent(new AccountEvents.ConfirmationRequested(account.id()));
                }
            } else if (mailThrottle.allows(account.email())) {
                events.publishEvent(new AccountEvents.RegistrationForExistingAccount(account.id()));
            }
            return;
        }
        UserAccount account = accounts.save(new UserAccount(
                request.displayName(),
                request.email(),
                hash,
                EnumSet.of(Role.CITIZEN),
                AccountStatus.PENDING,
                request.language(),
                clock.instant()));
        mailThrottle.allows(account.email());
        issueConfirmation(account.id(), request, hash);
        events.publishEvent(new AccountEvents.ConfirmationRequested(account.id()));
    }

    /** Records the registration that the next confirmation link will activate; the link itself is minted at sending. */
    private void issueConfirmation(long accountId, RegistrationRequest request, String hash) {
        Instant now = clock.instant();
        tokens.invalidateOpen(accountId, AccountToken.Purpose.CONFIRM_EMAIL, now);
        tokens.save(new AccountToken(
                        accountId,
                        AccountToken.Purpose.CONFIRM_EMAIL,
                        AccountToken.newRawToken(),
                        null,
                        now,
                        now.plus(TOKEN_LIFETIME))
                .withRegistration(request.displayName(), hash, request.language()));
    }

    /** Sends the confirmation link again to a pending account; answers the same for any address. */
    @Transactional
    public void resendConfirmation(String email) {
        accounts.findByEmail(UserAccount.normalizeEmail(email))
                .filter(account -> account.status() == AccountStatus.PENDING)
                .filter(account -> mailThrottle.allows(account.email()))
                .ifPresent(account -> {
                    renewConfirmation(account.id());
                    events.publishEvent(new AccountEvents.ConfirmationRequested(account.id()));
                });
    }

    /** A fresh 24 hours for the newest registration of a pending account (after its link expired). */
    private void renewConfirmation(long accountId) {
        Instant now = clock.instant();
        AccountToken previous =
                tokens.findNewest(accountId, AccountToken.Purpose.CONFIRM_EMAIL).orElse(null);
        tokens.invalidateOpen(accountId, AccountToken.Purpose.CONFIRM_EMAIL, now);
        AccountToken renewed = new AccountToken(
                accountId,
                AccountToken.Purpose.CONFIRM_EMAIL,
                AccountToken.newRawToken(),
                null,
                now,
                now.plus(TOKEN_LIFETIME));
        if (previous != null && previous.pendingPasswordHash() != null && previous.pendingDisplayName() != null) {
            renewed.withRegistration(
                    previous.pendingDisplayName(),
                    previous.pendingPasswordHash(),
                    Locale.forLanguageTag(previous.pendingLanguage() == null ? "de" : previous.pendingLanguage()));
        }
        tokens.save(renewed);
    }

    /** A link token for a mail that an {@link AccountEvents} event asked for, with its recipient. */
    public record MailToken(String token, String recipient) {}

    /**
     * Mints the link for a mail, when the mail is sent: a fresh token that carries over what the
     * newest one of its kind stands for (the pending registration, the new address) and makes the
     * older ones worthless. So only hashes are ever stored, and a retried delivery sends a working
     * link. Nothing is minted when the request is settled already (confirmed, used, expired).
     * For the mail listeners of the notification module only.
     */
    @Transactional
    public Optional<MailToken> mintForMail(long accountId, AccountEvents.LinkKind kind) {
        AccountToken.Purpose purpose = switch (kind) {
            case CONFIRM_REGISTRATION -> AccountToken.Purpose.CONFIRM_EMAIL;
            case RESET_PASSWORD -> AccountToken.Purpose.RESET_PASSWORD;
            case CONFIRM_EMAIL_CHANGE -> AccountToken.Purpose.CHANGE_EMAIL;
        };
        Instant now = clock.instant();
        Optional<UserAccount> account = accounts.findById(accountId);
        Optional<AccountToken> newest = tokens.findNewest(accountId, purpose);
        if (account.isEmpty()
                || newest.isEmpty()
                || newest.get().isUsed()
                || newest.get().isExpiredAt(now)) {
            return Optional.empty();
        }
        AccountToken previous = newest.get();
        tokens.invalidateOpen(accountId, purpose, now);
        String raw = AccountToken.newRawToken();
        AccountToken token =
                new AccountToken(accountId, purpose, raw, previous.newEmail(), now, now.plus(TOKEN_LIFETIME));
        if (previous.pendingPasswordHash() != null && previous.pendingDisplayName() != null) {
            token.withRegistration(
                    previous.pendingDisplayName(),
                    previous.pendingPasswordHash(),
                    Locale.forLanguageTag(previous.pendingLanguage() == null ? "de" : previous.pendingLanguage()));
        }
        tokens.save(token);
        String recipient = previous.newEmail() != null
                ? previous.newEmail()
                : account.get().email();
        return Optional.of(new MailToken(raw, recipient));
    }

    /**
     * Activates the account of a confirmation link with the name, password and language of the
     * registration that asked for this link; the link works once and for 24 hours.
     */
    @Transactional
    public void confirmRegistration(String rawToken) {
        AccountToken token = consume(rawToken, AccountToken.Purpose.CONFIRM_EMAIL);
        UserAccount account = accounts.findById(token.accountId())
                .orElseThrow(() -> new DomainException("account.error.tokenInvalid"));
        if (account.status() == AccountStatus.PENDING
                && token.pendingPasswordHash() != null
                && token.pendingDisplayName() != null) {
            account.rename(token.pendingDisplayName());
            account.changePassword(token.pendingPasswordHash());
            account.changeLanguage(
                    Locale.forLanguageTag(token.pendingLanguage() == null ? "de" : token.pendingLanguage()));
            // the registration whose link this is consented to the terms (its form does not send
            // without); recorded now that the address is proven its owner's
            account.acceptTerms(terms.version(), clock.instant());
        }
        account.confirmEmail();
        events.publishEvent(new AccountEvents.AccountActivated(account.id()));
    }

    /** Starts a password reset; answers the same whether or not the address is known. */
    @Transactional
    public void requestPasswordReset(String email) {
        accounts.findByEmail(UserAccount.normalizeEmail(email))
                .filter(UserAccount::isEnabled)
                // signs in through its identity provider only: a password would outlive its removal there
                .filter(account -> account.passwordHash() != null || !identities.anyOf(account.id()))
                .filter(account -> mailThrottle.allows(account.email()))
                .ifPresent(account -> {
                    issue(account.id(), AccountToken.Purpose.RESET_PASSWORD, null);
                    events.publishEvent(new AccountEvents.PasswordResetRequested(account.id()));
                });
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
        // A recovery: passkeys someone else may have added go too (the owner adds them again).
        passkeys.forget(account.email());
        // Whoever held a session with the old password loses it.
        sessions.expireAll(account.id());
        // The reset link proved the mailbox: the untrusted count starts again, and this browser
        // is trusted for the account, so a guesser elsewhere cannot keep the owner out.
        loginThrottle.clearAccount(account.email());
        loginDevices.trustCurrentBrowser(account.email());
    }

    /** Checks whether a token is still usable, without using it (to show the form or an error). */
    @Transactional(readOnly = true)
    public boolean isUsableToken(String rawToken) {
        return tokens.findByTokenHash(AccountToken.hash(rawToken))
                .filter(token -> !token.isUsed() && !token.isExpiredAt(clock.instant()))
                .isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email));
    }

    @Transactional(readOnly = true)
    public Optional<AccountContact> contact(long accountId) {
        // Blocked and deleted accounts get no mail.
        return accounts.findById(accountId)
                .filter(account ->
                        account.status() == AccountStatus.ACTIVE || account.status() == AccountStatus.PENDING)
                .map(account ->
                        new AccountContact(account.id(), account.email(), account.displayName(), account.locale()));
    }

    String issue(long accountId, AccountToken.Purpose purpose, @Nullable String newEmail) {
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
