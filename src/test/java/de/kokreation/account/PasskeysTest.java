package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.shared.DomainException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Passkeys as stored (Spring Security's JDBC repositories on H2 and PostgreSQL, public keys as
 * bytes): listed for their owner only, removed by their owner only, renamed with the login name,
 * gone with the account.
 */
@IntegrationTest
@Tag("database")
class PasskeysTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Passkeys passkeys;

    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;

    @Autowired
    UserCredentialRepository credentials;

    @Test
    void aPasskeyIsItsOwnersAloneAndFollowsTheLoginName() {
        UserAccount owner = fixtures.citizen();
        UserAccount other = fixtures.citizen();
        String id = passkeyOf(owner, "Laptop Büro 🔑");
        passkeyOf(other, "Telefon");

        assertThat(fixtures.as(owner, passkeys::mine)).singleElement().satisfies(passkey -> {
            assertThat(passkey.id()).isEqualTo(id);
            assertThat(passkey.label()).isEqualTo("Laptop Büro 🔑");
        });
        assertThatThrownBy(() -> fixtures.as(other, () -> {
                    passkeys.remove(id);
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("passkeys.error.gone");
        assertThat(credentials.findByCredentialId(Bytes.fromBase64(id))).isNotNull();

        passkeys.rename(owner.email(), "neu-" + owner.email());
        assertThat(userEntities.findByUsername("neu-" + owner.email())).isNotNull();
        assertThat(userEntities.findByUsername(owner.email())).isNull();

        passkeys.forget("neu-" + owner.email());
        assertThat(credentials.findByCredentialId(Bytes.fromBase64(id))).isNull();
        assertThat(fixtures.as(other, passkeys::mine)).hasSize(1);
    }

    @Test
    void theOwnerRemovesOne() {
        UserAccount owner = fixtures.citizen();
        String id = passkeyOf(owner, "Alt");

        fixtures.as(owner, () -> {
            passkeys.remove(id);
            return null;
        });

        assertThat(fixtures.as(owner, passkeys::mine)).isEmpty();
    }

    /** What Spring Security stores when a passkey is added. */
    private String passkeyOf(UserAccount account, String label) {
        Bytes userId = Bytes.random();
        userEntities.save(ImmutablePublicKeyCredentialUserEntity.builder()
                .id(userId)
                .name(account.email())
                .displayName(account.displayName())
                .build());
        Bytes credentialId = Bytes.random();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        credentials.save(ImmutableCredentialRecord.builder()
                .credentialId(credentialId)
                .userEntityUserId(userId)
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3, (byte) 0xff}))
                .signatureCount(0)
                .uvInitialized(true)
                .transports(Set.of(AuthenticatorTransport.INTERNAL))
                .backupEligible(false)
                .backupState(false)
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .created(now)
                .lastUsed(now)
                .label(label)
                .build());
        return credentialId.toBase64UrlString();
    }
}
