package de.kokreation.account;

import de.kokreation.shared.LoginAttributes;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a person the provider vouched for into a Kokreation account: the one linked to the
 * provider's (issuer, subject), else the one of an address the provider has verified, else a new
 * one whose owner first accepts the terms of participation. Roles follow the provider's groups
 * where the operator configured a claim for them.
 */
@Service
class ProviderAccounts {

    /** The refusals the login page explains (texts {@code login.sso.error.<code>}). */
    static final String EMAIL_NOT_VERIFIED = "email_not_verified";

    static final String EMAIL_TAKEN = "email_taken";
    static final String ACCOUNT_BLOCKED = "account_blocked";

    private final SsoSettings settings;
    private final SsoIdentities identities;
    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final LoginEventRepository logins;
    private final SecondFactors secondFactors;
    private final Clock clock;
    private final TermsOfParticipation terms;

    ProviderAccounts(
            SsoSettings settings,
            SsoIdentities identities,
            UserAccountRepository accounts,
            AccountTokenRepository tokens,
            LoginEventRepository logins,
            SecondFactors secondFactors,
            Clock clock,
            TermsOfParticipation terms) {
        this.secondFactors = secondFactors;
        this.settings = settings;
        this.identities = identities;
        this.accounts = accounts;
        this.tokens = tokens;
        this.logins = logins;
        this.clock = clock;
        this.terms = terms;
    }

    @Transactional
    AccountPrincipal signIn(String providerId, OidcUser person) {
        SsoSettings.Provider provider = settings.providers().get(providerId);
        if (provider == null) {
            throw refusal("invalid_request");
        }
        Instant now = clock.instant();
        String issuer = String.valueOf(person.getIssuer());
        String subject = person.getSubject();
        UserAccount account = linkedAccount(issuer, subject, now)
                .orElseGet(() -> firstSignIn(providerId, provider, person, issuer, subject, now));
        if (!account.isEnabled()) {
            throw refusal(ACCOUNT_BLOCKED);
        }
        if (provider.rolesClaim() != null) {
            account.takeRolesFromProvider(
                    grantedRoles(provider, person.getClaims().get(provider.rolesClaim())), managedRoles(provider));
        }
        accounts.flush();
        HttpServletRequest request = ClientAddress.currentRequest();
        String client = ClientAddress.of(request);
        logins.save(new LoginEvent(account.id(), now, true, client.length() > 64 ? client.substring(0, 64) : client));
        if (account.needsTerms(terms.version()) && request != null) {
            request.getSession().setAttribute(LoginAttributes.TERMS_PENDING, Boolean.TRUE);
        }
        return new AccountPrincipal(account, person.getIdToken(), person.getUserInfo());
    }

    private Optional<UserAccount> linkedAccount(String issuer, String subject, Instant now) {
        Optional<UserAccount> linked = identities.accountOf(issuer, subject).flatMap(accounts::findById);
        if (linked.isPresent() && linked.get().isDeleted()) {
            // its owner deleted it: the next sign-in starts afresh
            identities.unlink(issuer, subject);
            return Optional.empty();
        }
        linked.ifPresent(account -> identities.signedIn(issuer, subject, now));
        return linked;
    }

    private UserAccount firstSignIn(
            String providerId,
            SsoSettings.Provider provider,
            OidcUser person,
            String issuer,
            String subject,
            Instant now) {
        String email = person.getEmail();
        if (email == null
                || email.isBlank()
                || email.strip().length() > AccountLimits.EMAIL_MAX
                || !Boolean.TRUE.equals(person.getEmailVerified())) {
            // An address nobody confirmed could be anyone's, and it is the only way to reach the person.
            throw refusal(EMAIL_NOT_VERIFIED);
        }
        Optional<UserAccount> existing = accounts.findByEmail(UserAccount.normalizeEmail(email));
        UserAccount account;
        if (existing.isPresent()) {
            if (!provider.linkByEmail()) {
                throw refusal(EMAIL_TAKEN);
            }
            account = existing.get();
            if (!joinableByAddress(account)) {
                throw refusal(EMAIL_TAKEN);
            }
            if (account.status() == AccountStatus.PENDING) {
                // Whoever registered the address unconfirmed may not be its owner: the owner, now
                // proven by the provider, gets the account without that registration's password
                // and name, and accepts the terms itself.
                account.activateThroughProvider(displayName(person, email));
                tokens.invalidateOpen(account.id(), AccountToken.Purpose.CONFIRM_EMAIL, now);
            }
        } else {
            account = accounts.save(UserAccount.signedInThroughProvider(
                    displayName(person, email), email, Set.of(), language(person), now));
        }
        identities.link(account.id(), providerId, issuer, subject, now);
        return account;
    }

    /**
     * Whether a first sign-in may join the account of its address. Not an account that signs in
     * through a provider already (an address handed on to someone else there must not take it
     * over), nor one with powers or a second factor of its own: those link only by their password
     * login, never by an address another provider could vouch for.
     */
    private boolean joinableByAddress(UserAccount account) {
        return !identities.anyOf(account.id())
                && !secondFactors.enabledFor(account.id())
                && account.roles().stream().allMatch(role -> role == Role.CITIZEN);
    }

    /** The roles the provider's groups can grant, and so take. */
    private static Set<Role> managedRoles(SsoSettings.Provider provider) {
        return provider.roles().isEmpty()
                ? Set.of()
                : EnumSet.copyOf(provider.roles().values());
    }

    private static Set<Role> grantedRoles(SsoSettings.Provider provider, @Nullable Object claim) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> groups) {
            groups.forEach(group -> addRole(provider, String.valueOf(group), granted));
        } else if (claim != null) {
            addRole(provider, String.valueOf(claim), granted);
        }
        return granted;
    }

    private static void addRole(SsoSettings.Provider provider, String group, Set<Role> granted) {
        Role role = provider.roles().get(group);
        if (role != null) {
            granted.add(role);
        }
    }

    /** The name people chose at the provider, or the part of the address before the @. */
    private static String displayName(OidcUser person, String email) {
        String name = firstFilled(
                person.getFullName(),
                String.join(" ", nonNull(person.getGivenName()), nonNull(person.getFamilyName())),
                person.getPreferredUsername(),
                email.substring(0, Math.max(0, email.indexOf('@'))));
        name = name.strip();
        if (name.codePointCount(0, name.length()) > AccountLimits.DISPLAY_NAME_MAX) {
            name = name.substring(0, name.offsetByCodePoints(0, AccountLimits.DISPLAY_NAME_MAX))
                    .strip();
        }
        return name.isEmpty() ? "?" : name;
    }

    private static String firstFilled(@Nullable String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static Locale language(OidcUser person) {
        String locale = person.getLocale();
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.GERMAN;
    }

    private static OAuth2AuthenticationException refusal(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code));
    }
}
