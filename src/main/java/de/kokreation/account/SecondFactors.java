package de.kokreation.account;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.LoginAttributes;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second factor of password logins: a time-based one-time password from an authenticator app
 * (RFC 6238), with ten recovery codes for a lost phone. Required for the roles the operator names
 * ({@code kokreation.second-factor.required-roles}, packaged: admins and coordinators), optional
 * for everyone else. People signing in through an identity provider follow the provider's second
 * factor instead. Every change is kept in the account's security history.
 */
@Service
public class SecondFactors {

    /** Longer than any code or recovery code, even with spaces; more is not read. */
    public static final int CODE_MAX = 40;

    /** Recovery codes handed out at once. */
    public static final int RECOVERY_CODES = 10;

    /** Characters of a recovery code, without the hyphen in its middle. */
    static final int RECOVERY_CODE_LENGTH = 10;

    static final String ENABLED = "SECOND_FACTOR_ENABLED";
    static final String DISABLED = "SECOND_FACTOR_DISABLED";
    static final String RESET = "SECOND_FACTOR_RESET";
    static final String RECOVERY_CODE_USED = "RECOVERY_CODE_USED";
    static final String RECOVERY_CODES_RENEWED = "RECOVERY_CODES_RENEWED";

    /** Where an enrolment keeps its new secret until a first code proves the app has it. */
    private static final String ENROLMENT_SECRET = "kokreation.secondFactor.enrolmentSecret";

    /** No lookalikes (0/O, 1/I) in codes people copy from paper. */
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the profile shows of one's second factor. */
    public record Status(
            boolean enabled, boolean required, @Nullable Instant enabledAt, int recoveryCodesLeft) {}

    /** A started enrolment: the secret for the app, as text and as the address its QR code holds. */
    public record Enrolment(String secret, String otpauthUri) {}

    private final SecondFactorStore store;
    private final SecretBox secrets;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final AccountSessions sessions;
    private final ThrottledChecks checks;
    private final Passkeys passkeys;
    private final Set<Role> requiredFor;
    private final String issuer;
    private final Clock clock;

    SecondFactors(
            DataSource dataSource,
            UserAccountRepository accounts,
            CurrentUser currentUser,
            AccountSessions sessions,
            ThrottledChecks checks,
            Passkeys passkeys,
            @Value("${kokreation.second-factor.key:}") String key,
            @Value("${kokreation.second-factor.required-roles:ADMIN,COORDINATOR}") Set<Role> requiredFor,
            @Value("${kokreation.second-factor.issuer:Kokreation}") String issuer,
            Clock clock) {
        this.store = new SecondFactorStore(dataSource);
        this.secrets = new SecretBox(key);
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.checks = checks;
        this.passkeys = passkeys;
        this.requiredFor = requiredFor.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requiredFor);
        this.issuer = issuer;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Status myStatus() {
        AccountPrincipal me = currentUser.require();
        Optional<SecondFactorStore.Stored> stored = store.of(me.accountId());
        return new Status(
                stored.isPresent(),
                requiredFor(me.roles()),
                stored.map(SecondFactorStore.Stored::enabledAt).orElse(null),
                stored.isPresent() ? store.recoveryCodesLeft(me.accountId()) : 0);
    }

    /**
     * A new secret for the caller's authenticator app, after the password proved it is the owner
     * at the keyboard (not someone at an unlocked screen); nothing changes until
     * {@link #confirmEnrolment}. Not while a second factor is on: it is removed first, with a code.
     */
    // not read-only: the password check is counted by the login throttle
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Enrolment startEnrolment(String currentPassword) {
        AccountPrincipal me = currentUser.require();
        requirePasswordLogin(me);
        if (store.enabled(me.accountId())) {
            throw new DomainException("secondFactor.error.alreadyEnabled");
        }
        checks.requirePassword(me, currentPassword);
        String secret = Totp.newSecret();
        session().setAttribute(ENROLMENT_SECRET, me.accountId() + ":" + secret);
        return new Enrolment(secret, Totp.otpauthUri(issuer, me.getUsername(), secret));
    }

    /**
     * Switches the second factor on once a code of the new secret is typed, and answers the
     * recovery codes, shown this once.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> confirmEnrolment(String code) {
        AccountPrincipal me = currentUser.require();
        requirePasswordLogin(me);
        HttpSession session = session();
        String prefix = me.accountId() + ":";
        if (!(session.getAttribute(ENROLMENT_SECRET) instanceof String started) || !started.startsWith(prefix)) {
            throw new DomainException("secondFactor.error.noEnrolment");
        }
        if (store.enabled(me.accountId())) {
            throw new DomainException("secondFactor.error.alreadyEnabled");
        }
        String secret = started.substring(prefix.length());
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(secret, code, now, Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new DomainException("secondFactor.error.wrongCode");
        }
        store.enable(me.accountId(), secrets.seal(secret), step.getAsLong(), now);
        List<String> recoveryCodes = newRecoveryCodes();
        store.replaceRecoveryCodes(me.accountId(), recoveryCodes);
        store.record(me.accountId(), me.accountId(), ENABLED, null, now);
        session.removeAttribute(ENROLMENT_SECRET);
        session.removeAttribute(LoginAttributes.SECOND_FACTOR_MISSING);
        // whoever else was logged in as this account logged in without it
        sessions.endAllExcept(me.accountId(), session.getId());
        return recoveryCodes;
    }

    /** Ten new recovery codes for the caller, the old ones void; needs a code of the app. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> renewRecoveryCodes(String code) {
        AccountPrincipal me = currentUser.require();
        requireCode(me, code);
        List<String> recoveryCodes = newRecoveryCodes();
        store.replaceRecoveryCodes(me.accountId(), recoveryCodes);
        store.record(me.accountId(), me.accountId(), RECOVERY_CODES_RENEWED, null, clock.instant());
        sessions.endAllExcept(me.accountId(), session().getId());
        return recoveryCodes;
    }

    /**
     * Switches the caller's second factor off, with a code (to move to a new phone, or for good).
     * Where the caller's roles require one, every page then leads to setting up the new one.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void disable(String code) {
        AccountPrincipal me = currentUser.require();
        requireCode(me, code);
        store.remove(me.accountId());
        store.record(me.accountId(), me.accountId(), DISABLED, null, clock.instant());
        if (requiredFor(me.roles())) {
            session().setAttribute(LoginAttributes.SECOND_FACTOR_MISSING, Boolean.TRUE);
        }
    }

    /**
     * An admin removes the second factor of someone who lost phone and recovery codes, with a
     * reason kept in the account's history; the account's sessions end, and its next password login
     * sets up a new one where it is required.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void reset(long accountId, String reason) {
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new DomainException("admin.error.reasonRequired");
        }
        if (why.length() > AccountLimits.BLOCK_REASON_MAX) {
            throw new DomainException("admin.error.reasonTooLong", AccountLimits.BLOCK_REASON_MAX);
        }
        AccountPrincipal admin = currentUser.require();
        if (accountId == admin.accountId()) {
            throw new DomainException("secondFactor.error.resetSelf");
        }
        accounts.findById(accountId)
                .filter(account -> !account.isDeleted())
                .orElseThrow(() -> new DomainException("account.error.gone"));
        if (!store.enabled(accountId)) {
            throw new DomainException("secondFactor.error.notEnabled");
        }
        store.remove(accountId);
        // a lost device may hold a passkey as well
        accounts.findById(accountId).ifPresent(account -> passkeys.forget(account.email()));
        store.record(accountId, admin.accountId(), RESET, why, clock.instant());
        sessions.expireAll(accountId);
    }

    /** The caller's security history, for the data export. */
    @Transactional(readOnly = true)
    List<SecondFactorStore.Event> history(long accountId) {
        return store.events(accountId);
    }

    Set<Long> enabledAmong(List<Long> accountIds) {
        return store.enabledAmong(accountIds);
    }

    boolean enabledFor(long accountId) {
        return store.enabled(accountId);
    }

    boolean requiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(requiredFor::contains);
    }

    /**
     * Whether the code is the account's: a code of its app not used before, or an unspent
     * recovery code (then spent, and recorded). Decided by the database on every node.
     */
    @Transactional
    boolean verifyAtLogin(long accountId, String code) {
        Optional<SecondFactorStore.Stored> stored = store.of(accountId);
        if (stored.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        String secret = secrets.open(stored.get().sealedSecret());
        if (secrets.encrypts() && !secrets.isSealed(stored.get().sealedSecret())) {
            store.reseal(accountId, secrets.seal(secret));
        }
        OptionalLong step = Totp.matchingStep(secret, code, now, stored.get().lastUsedStep());
        if (step.isPresent()) {
            return store.use(accountId, step.getAsLong());
        }
        if (looksLikeRecoveryCode(code) && store.useRecoveryCode(accountId, code, now)) {
            store.record(accountId, accountId, RECOVERY_CODE_USED, null, now);
            return true;
        }
        return false;
    }

    void forget(long accountId) {
        store.forget(accountId);
    }

    /** A code of the caller's app or a recovery code; each try counts for the login throttle, as at the login. */
    private void requireCode(AccountPrincipal me, String code) {
        if (code.length() > CODE_MAX || !checks.attempt(me, () -> verifyAtLogin(me.accountId(), code))) {
            throw new DomainException("secondFactor.error.wrongCode");
        }
    }

    /** Who signed in through an identity provider follows its second factor, not this one. */
    private static void requirePasswordLogin(AccountPrincipal me) {
        if (me.signedInThroughProvider()) {
            throw new DomainException("secondFactor.error.provider");
        }
    }

    private static boolean looksLikeRecoveryCode(String code) {
        return code.replaceAll("[\\s-]", "").length() == RECOVERY_CODE_LENGTH;
    }

    private static List<String> newRecoveryCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < RECOVERY_CODE_LENGTH; c++) {
                if (c == RECOVERY_CODE_LENGTH / 2) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    private static HttpSession session() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getSession();
        }
        throw new IllegalStateException("no request");
    }
}
