package de.kokreation.account;

import de.kokreation.shared.DomainException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One's passkeys (WebAuthn), as the setup page lists them: which, since when, last used; and
 * removing one. Adding one and logging in with one are Spring Security's ceremonies
 * ({@code /webauthn/register}, {@code /login/webauthn}), wired in {@link PasskeyLogin}. A passkey
 * proves possession and the person (its device asks for a PIN or fingerprint), so a login with one
 * needs no second code.
 */
@Service
public class Passkeys {

    /** A passkey of the caller's. */
    public record Passkey(
            String id,
            String label,
            Instant created,
            @Nullable Instant lastUsed) {}

    /** How long the password proves the owner at the keyboard for adding a passkey. */
    static final java.time.Duration PROOF_LIFETIME = java.time.Duration.ofMinutes(5);

    /** Session attribute: until when adding a passkey is allowed (see {@link #allowAdding}). */
    static final String ADDING_ALLOWED_UNTIL = "kokreation.passkeys.addingAllowedUntil";

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final CurrentUser currentUser;
    private final ThrottledChecks checks;
    private final AccountSessions sessions;
    private final java.time.Clock clock;

    Passkeys(
            PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials,
            CurrentUser currentUser,
            ThrottledChecks checks,
            @org.springframework.context.annotation.Lazy AccountSessions sessions,
            java.time.Clock clock) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.currentUser = currentUser;
        this.checks = checks;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * The password, typed again, allows adding a passkey for a few minutes in this session (not
     * someone at an unlocked screen). Not for accounts without a password (they sign in through
     * their provider) nor for a login through a provider.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void allowAdding(String currentPassword) {
        AccountPrincipal me = currentUser.require();
        if (me.signedInThroughProvider()) {
            throw new DomainException("secondFactor.error.provider");
        }
        checks.requirePassword(me, currentPassword);
        ClientAddress.currentRequest()
                .getSession()
                .setAttribute(ADDING_ALLOWED_UNTIL, clock.instant().plus(PROOF_LIFETIME));
    }

    /** Whether this request's session proved the password recently enough to add a passkey. */
    static boolean addingAllowed(jakarta.servlet.http.HttpServletRequest request, Instant now) {
        var session = request.getSession(false);
        return session != null
                && session.getAttribute(ADDING_ALLOWED_UNTIL) instanceof Instant until
                && now.isBefore(until);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Passkey> mine() {
        PublicKeyCredentialUserEntity me =
                userEntities.findByUsername(currentUser.require().getUsername());
        if (me == null) {
            return List.of();
        }
        return credentials.findByUserId(me.getId()).stream()
                .sorted(Comparator.comparing(CredentialRecord::getCreated))
                .map(record -> new Passkey(
                        record.getCredentialId().toBase64UrlString(),
                        record.getLabel(),
                        record.getCreated(),
                        record.getLastUsed()))
                .toList();
    }

    /** Removes one of the caller's passkeys; another person's is not found. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void remove(String id) {
        PublicKeyCredentialUserEntity me =
                userEntities.findByUsername(currentUser.require().getUsername());
        Bytes credentialId = Bytes.fromBase64(id);
        CredentialRecord record = credentials.findByCredentialId(credentialId);
        if (me == null || record == null || !record.getUserEntityUserId().equals(me.getId())) {
            throw new DomainException("passkeys.error.gone");
        }
        credentials.delete(credentialId);
        // whoever logged in with it elsewhere is out
        var session = ClientAddress.currentRequest() == null
                ? null
                : ClientAddress.currentRequest().getSession(false);
        sessions.endAllExcept(currentUser.require().accountId(), session == null ? null : session.getId());
    }

    /** The login name (the e-mail address) changed: the passkeys go with it. */
    void rename(String oldEmail, String newEmail) {
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(oldEmail);
        if (entity != null) {
            userEntities.save(ImmutablePublicKeyCredentialUserEntity.builder()
                    .id(entity.getId())
                    .name(newEmail)
                    .displayName(entity.getDisplayName())
                    .build());
        }
    }

    /** At account deletion. */
    void forget(String email) {
        PublicKeyCredentialUserEntity entity = userEntities.findByUsername(email);
        if (entity != null) {
            credentials.findByUserId(entity.getId()).forEach(record -> credentials.delete(record.getCredentialId()));
            userEntities.delete(entity.getId());
        }
    }
}
