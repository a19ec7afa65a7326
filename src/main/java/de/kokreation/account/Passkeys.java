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

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final CurrentUser currentUser;

    Passkeys(
            PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials,
            CurrentUser currentUser) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.currentUser = currentUser;
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
