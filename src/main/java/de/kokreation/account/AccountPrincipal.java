package de.kokreation.account;

import de.kokreation.shared.DisplayNamed;
import java.io.Serial;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The logged-in account as Spring Security holds it in the session, whether it signed in with its
 * password or through an identity provider. One class for both, as the session registry finds an
 * account's sessions by this principal's equality; for a sign-in through a provider it also is the
 * {@link OidcUser} that ends the provider's session at logout.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, DisplayNamed, OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final long sessionStamp;
    private final boolean termsPending;
    private final @Nullable String termsVersion;
    private @Nullable String passwordHash;
    private final @Nullable OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;

    AccountPrincipal(UserAccount account) {
        this(account, null, null);
    }

    /** Signed in through an identity provider, with the provider's proof of it. */
    AccountPrincipal(UserAccount account, @Nullable OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        this.accountId = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.roles = account.roles();
        this.enabled = account.isEnabled();
        this.sessionStamp = account.sessionStamp();
        this.termsPending = account.termsPending();
        this.termsVersion = account.termsVersion();
        this.passwordHash = account.passwordHash();
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    public long accountId() {
        return accountId;
    }

    /** The account's session stamp when this login was checked (see {@link SessionStamps}). */
    long sessionStamp() {
        return sessionStamp;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Whether the owner must accept the terms in force first (see {@link UserAccount#needsTerms}). */
    boolean needsTerms(String currentVersion) {
        return termsPending || !currentVersion.equals(termsVersion);
    }

    /** Whether the account had not accepted the terms of participation at this login. */
    boolean termsPending() {
        return termsPending;
    }

    /** Whether this login came through an identity provider (whose second factor then applies). */
    public boolean signedInThroughProvider() {
        return idToken != null;
    }

    /** The provider's ID token; none for a password login. */
    @Override
    public @Nullable OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    /** The name the OAuth2 machinery keys its state by: the account, not an address that can change. */
    @Override
    public String getName() {
        return Long.toString(accountId);
    }

    /** One principal per account, so that the session registry finds all sessions of an account. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + accountId + "]";
    }
}
