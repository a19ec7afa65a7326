package de.kokreation.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person's account. Referred to by id from every other module. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    // Display name, email and password hash are null once the account is deleted.
    @Column(name = "display_name", length = AccountLimits.DISPLAY_NAME_MAX)
    private @Nullable String displayName;

    @Column(unique = true, length = AccountLimits.EMAIL_MAX)
    private @Nullable String email;

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Column(name = "block_reason", length = AccountLimits.BLOCK_REASON_MAX)
    private @Nullable String blockReason;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "language", nullable = false, length = 8)
    private String language = "de";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Raised whenever the account's sessions must end on every node (see {@link SessionStamps}). */
    @Column(name = "session_stamp", nullable = false)
    private long sessionStamp;

    /** Made at a first sign-in through a provider, before its owner accepted the terms of participation. */
    @Column(name = "terms_pending", nullable = false)
    private boolean termsPending;

    /** The version of the terms of participation its owner accepted last; none before they did. */
    @Column(name = "terms_version", length = 40)
    private @Nullable String termsVersion;

    @Column(name = "terms_accepted_at")
    private @Nullable Instant termsAcceptedAt;

    protected UserAccount() {
        this.createdAt = Instant.EPOCH;
    }

    UserAccount(
            String displayName,
            String email,
            String passwordHash,
            Set<Role> roles,
            AccountStatus status,
            Locale language,
            Instant createdAt) {
        this.displayName = displayName.strip();
        this.email = normalizeEmail(email);
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.status = status;
        this.language = language.getLanguage();
        this.createdAt = createdAt;
    }

    /**
     * An account made at a first sign-in through an identity provider: active at once (the
     * provider confirmed the address), without a password, and the terms still to be accepted.
     */
    static UserAccount signedInThroughProvider(
            String displayName, String email, Set<Role> roles, Locale language, Instant createdAt) {
        UserAccount account = new UserAccount();
        account.displayName = displayName.strip();
        account.email = normalizeEmail(email);
        account.roles = EnumSet.of(Role.CITIZEN);
        account.roles.addAll(roles);
        account.language = language.getLanguage();
        account.createdAt = createdAt;
        account.termsPending = true;
        return account;
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("account not saved yet");
        }
        return id;
    }

    /** The name shown with contributions; empty once the account is deleted. */
    public String displayName() {
        return displayName == null ? "" : displayName;
    }

    /** The login and contact address; empty once the account is deleted. */
    public String email() {
        return email == null ? "" : email;
    }

    @Nullable
    String passwordHash() {
        return passwordHash;
    }

    public AccountStatus status() {
        return status;
    }

    public @Nullable String blockReason() {
        return blockReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Only confirmed, unblocked accounts log in and take part. */
    public boolean isEnabled() {
        return status == AccountStatus.ACTIVE;
    }

    public boolean isDeleted() {
        return status == AccountStatus.DELETED;
    }

    void confirmEmail() {
        if (status == AccountStatus.PENDING) {
            status = AccountStatus.ACTIVE;
        }
    }

    /**
     * A registration still unconfirmed, taken over by the address's owner through an identity
     * provider: active, without the registration's password and name, the terms still to accept.
     */
    void activateThroughProvider(String providersName) {
        if (status == AccountStatus.PENDING) {
            status = AccountStatus.ACTIVE;
            passwordHash = null;
            displayName = providersName.strip();
            termsPending = true;
            sessionStamp++;
        }
    }

    void changePassword(String newHash) {
        requireNotDeleted();
        this.passwordHash = newHash;
        sessionStamp++;
    }

    /** The same password in a stronger hash (at login): the sessions stay. */
    void rehashPassword(String newHash) {
        requireNotDeleted();
        this.passwordHash = newHash;
    }

    /** The stamp the account's sessions must carry; see {@link SessionStamps}. */
    long sessionStamp() {
        return sessionStamp;
    }

    /** Whether the owner still has to accept the terms of participation (see {@link #signedInThroughProvider}). */
    public boolean termsPending() {
        return termsPending;
    }

    /** Whether the owner must accept the terms of participation in force before taking part. */
    public boolean needsTerms(String currentVersion) {
        return termsPending || !currentVersion.equals(termsVersion);
    }

    @Nullable
    String termsVersion() {
        return termsVersion;
    }

    void acceptTerms(String version, Instant now) {
        requireNotDeleted();
        termsPending = false;
        termsVersion = version;
        termsAcceptedAt = now;
    }

    /**
     * The roles a provider's groups grant, on top of taking part. Of the roles the provider
     * manages (those its groups can grant), one it no longer grants is taken, which ends the
     * account's other sessions (see {@link #revoke}); roles granted in Kokreation stay.
     */
    void takeRolesFromProvider(Set<Role> granted, Set<Role> managed) {
        requireNotDeleted();
        roles.add(Role.CITIZEN);
        for (Role role : managed) {
            if (granted.contains(role)) {
                roles.add(role);
            } else if (role != Role.CITIZEN) {
                revoke(role);
            }
        }
    }

    void rename(String newDisplayName) {
        requireNotDeleted();
        this.displayName = newDisplayName.strip();
    }

    /** A new login name: the sessions end (the own one is renewed), as they hold the old one. */
    void changeEmail(String newEmail) {
        requireNotDeleted();
        this.email = normalizeEmail(newEmail);
        sessionStamp++;
    }

    void changeLanguage(Locale newLanguage) {
        this.language = newLanguage.getLanguage();
    }

    void block(String reason) {
        requireNotDeleted();
        this.status = AccountStatus.BLOCKED;
        this.blockReason = reason.strip();
        sessionStamp++;
    }

    void unblock() {
        if (status == AccountStatus.BLOCKED) {
            this.status = AccountStatus.ACTIVE;
            this.blockReason = null;
        }
    }

    void grant(Role role) {
        roles.add(role);
    }

    void revoke(Role role) {
        // Sessions hold the roles they logged in with: a power taken away ends them.
        if (roles.remove(role)) {
            sessionStamp++;
        }
    }

    /** Erases every personal datum; the row stays so that contributions keep their author id. */
    void delete(Instant now) {
        this.displayName = null;
        this.email = null;
        this.passwordHash = null;
        this.blockReason = null;
        this.status = AccountStatus.DELETED;
        this.deletedAt = now;
        this.roles.clear();
        sessionStamp++;
    }

    private void requireNotDeleted() {
        if (isDeleted()) {
            throw new IllegalStateException("account is deleted");
        }
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
