package de.kokreation.account;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.LoginAttributes;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What logged-in people do with their own account: rename, change email (confirmed by password
 * and by mail), change password or language, see their data, delete the account. Every method
 * acts on the caller's own account only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProfileService {

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final LoginEventRepository logins;
    private final AccountService accountService;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AccountSessions sessions;
    private final SsoIdentities identities;
    private final SecondFactors secondFactors;
    private final Passkeys passkeys;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TermsOfParticipation terms;

    ProfileService(
            UserAccountRepository accounts,
            AccountTokenRepository tokens,
            LoginEventRepository logins,
            AccountService accountService,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            AccountSessions sessions,
            SsoIdentities identities,
            SecondFactors secondFactors,
            Passkeys passkeys,
            ApplicationEventPublisher events,
            Clock clock,
            TermsOfParticipation terms) {
        this.secondFactors = secondFactors;
        this.passkeys = passkeys;
        this.identities = identities;
        this.accounts = accounts;
        this.tokens = tokens;
        this.logins = logins;
        this.accountService = accountService;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.terms = terms;
    }

    @Transactional(readOnly = true)
    public UserAccount myAccount() {
        return me();
    }

    /** Whether the caller must accept the terms of participation in force before taking part. */
    @Transactional(readOnly = true)
    public boolean mustAcceptTerms() {
        return me().needsTerms(terms.version());
    }

    /**
     * Accepts the terms of participation in force: for an account made at a first sign-in through
     * a provider, and for every account when the operator changed the terms.
     */
    @Transactional
    public void acceptTerms() {
        me().acceptTerms(terms.version(), clock.instant());
        currentSession().ifPresent(session -> session.removeAttribute(LoginAttributes.TERMS_PENDING));
    }

    /**
     * Declines the terms of an account just made through a provider: the account is deleted as if
     * its owner had deleted it, and with it the link to the provider. Accounts that accepted them
     * are deleted from the profile instead.
     */
    @Transactional
    public void declineTerms() {
        UserAccount account = me();
        if (!account.termsPending()) {
            throw new DomainException("account.error.termsAccepted");
        }
        erase(account);
    }

    /** Whether the caller's account has a password (those made through a provider have none). */
    @Transactional(readOnly = true)
    public boolean hasPassword() {
        return me().passwordHash() != null;
    }

    @Transactional
    public void rename(String displayName) {
        String name = displayName.strip();
        if (name.isEmpty() || name.length() > AccountLimits.DISPLAY_NAME_MAX) {
            throw new DomainException("account.displayName.size", AccountLimits.DISPLAY_NAME_MAX);
        }
        me().rename(name);
    }

    @Transactional
    public void changeLanguage(Locale language) {
        me().changeLanguage("en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN);
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = me();
        requirePassword(account, currentPassword);
        passwordPolicy.require(newPassword, account.email(), account.displayName());
        account.changePassword(passwordEncoder.encode(newPassword));
        // Other sessions (another device, or someone who got hold of the old password) end.
        String ownSession = currentSessionId();
        sessions.endAllExcept(account.id(), ownSession);
        // The new password raised the session stamp, which ends the sessions on other nodes too;
        // this one goes on.
        sessions.keepCurrentSession(account, ownSession);
    }

    private static @Nullable String currentSessionId() {
        return currentSession().map(HttpSession::getId).orElse(null);
    }

    private static Optional<HttpSession> currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getSession(false));
        }
        return Optional.empty();
    }

    /** The caller's sessions on every device, the one in use marked. */
    @Transactional(readOnly = true)
    public List<ActiveSession> mySessions() {
        return sessions.active(me().id(), currentSessionId());
    }

    /**
     * Ends one of the caller's other sessions (a device left logged in elsewhere); the session in
     * use ends by logging out.
     */
    @Transactional
    public void endMySession(long sessionRowId) {
        long accountId = me().id();
        boolean own = sessions.active(accountId, currentSessionId()).stream()
                .anyMatch(session -> session.id() == sessionRowId && session.current());
        if (own) {
            throw new DomainException("profile.sessions.error.current");
        }
        if (!sessions.endOne(accountId, sessionRowId)) {
            throw new DomainException("profile.sessions.error.gone");
        }
    }

    /** Ends every session of the caller but the one in use; answers how many ended. */
    @Transactional
    public int endMyOtherSessions() {
        String own = currentSessionId();
        if (own == null) {
            throw new DomainException("profile.sessions.error.current");
        }
        return sessions.endOthers(me().id(), own);
    }

    /** Sends a confirmation link to the new address; the address changes when it is followed. */
    @Transactional
    public void requestEmailChange(String newEmail, String currentPassword) {
        UserAccount account = me();
        requirePassword(account, currentPassword);
        String normalized = UserAccount.normalizeEmail(newEmail);
        if (!normalized.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || normalized.length() > AccountLimits.EMAIL_MAX) {
            throw new DomainException("account.email.invalid");
        }
        if (accounts.findByEmail(normalized).isPresent()) {
            // Not revealed to the caller: the link would fail later; nothing is sent now.
            return;
        }
        accountService.issue(account.id(), AccountToken.Purpose.CHANGE_EMAIL, normalized);
        events.publishEvent(new AccountEvents.EmailChangeRequested(account.id()));
    }

    @Transactional
    public void confirmEmailChange(String rawToken) {
        AccountToken token = accountService.consume(rawToken, AccountToken.Purpose.CHANGE_EMAIL);
        UserAccount account = me();
        if (token.accountId() != account.id() || token.newEmail() == null) {
            throw new DomainException("account.error.tokenInvalid");
        }
        if (accounts.findByEmail(token.newEmail()).isPresent()) {
            throw new DomainException("account.error.emailTaken");
        }
        passkeys.rename(account.email(), token.newEmail());
        account.changeEmail(token.newEmail());
        // other sessions end; this one goes on under the new name (passkeys are found by it)
        sessions.keepCurrentSession(account, currentSessionId());
    }

    @Transactional(readOnly = true)
    public PersonalData myPersonalData() {
        UserAccount account = me();
        return new PersonalData(
                account.id(),
                account.displayName(),
                account.email(),
                account.status(),
                account.locale().getLanguage(),
                account.createdAt(),
                account.roles(),
                logins.findByAccount(account.id()).stream()
                        .map(login ->
                                new PersonalData.LoginRecord(login.occurredAt(), login.succeeded(), login.client()))
                        .toList(),
                sessions.active(account.id(), currentSessionId()),
                identities.of(account.id()).stream()
                        .map(link -> new PersonalData.ProviderLink(
                                link.provider(), link.issuer(), link.subject(), link.linkedAt(), link.lastLoginAt()))
                        .toList(),
                secondFactors.history(account.id()).stream()
                        .map(event -> new PersonalData.SecurityEvent(event.at(), event.kind(), event.reason()))
                        .toList());
    }

    /**
     * Deletes the caller's account in one transaction: name, email and password are erased, the
     * login history and open tokens are removed, other modules drop their references to the person
     * (votes stay counted), and every session of the account ends.
     */
    @Transactional
    public void deleteMyAccount(String currentPassword) {
        UserAccount account = me();
        if (account.passwordHash() == null) {
            // made through a provider: the address, typed again, confirms it was meant
            if (!UserAccount.normalizeEmail(currentPassword).equals(account.email())) {
                throw new DomainException("account.error.wrongAddress");
            }
        } else {
            requirePassword(account, currentPassword);
        }
        erase(account);
    }

    private void erase(UserAccount account) {
        long id = account.id();
        identities.unlinkAll(id);
        secondFactors.forget(id);
        passkeys.forget(account.email());
        tokens.deleteByAccount(id);
        logins.deleteByAccount(id);
        account.delete(clock.instant());
        accounts.flush();
        events.publishEvent(new AccountEvents.AccountDeleted(id));
        sessions.expireAll(id);
    }

    private void requirePassword(UserAccount account, String password) {
        String hash = account.passwordHash();
        if (hash == null || !passwordEncoder.matches(password, hash)) {
            throw new DomainException("account.error.wrongPassword");
        }
    }

    private UserAccount me() {
        long id = currentUser.require().accountId();
        return accounts.findById(id)
                .filter(account -> !account.isDeleted())
                .orElseThrow(() -> new DomainException("account.error.gone"));
    }
}
