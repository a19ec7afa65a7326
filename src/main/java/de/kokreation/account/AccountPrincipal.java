package de.kokreation.account;

import de.kokreation.shared.DisplayNamed;
import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in account as Spring Security holds it in the session. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, DisplayNamed {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final long sessionStamp;
    private @Nullable String passwordHash;

    AccountPrincipal(UserAccount account) {
        this.accountId = account.id();
        this.email = account.email();
        this.displayName = account.displayName();
        this.roles = account.roles();
        this.enabled = account.isEnabled();
        this.sessionStamp = account.sessionStamp();
        this.passwordHash = account.passwordHash();
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
