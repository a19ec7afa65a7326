package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.shared.DomainException;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class AccountAdministrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    SessionRegistry sessions;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void anAdminBlocksWithAReasonWhichEndsTheSessionsAndUnblocks() {
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        UserAccount spammer = fixtures.account("Werbung " + Fixtures.next(), EnumSet.of(Role.CITIZEN));
        sessions.registerNewSession("spam-session-" + spammer.id(), users.loadUserByUsername(spammer.email()));
        fixtures.loginAs(admin);

        assertThatThrownBy(() -> administration.block(spammer.id(), " ")).isInstanceOf(DomainException.class);
        administration.block(spammer.id(), "Verbreitet Werbung");

        assertThat(users.loadUserByUsername(spammer.email()).isEnabled()).isFalse();
        assertThat(sessions.getSessionInformation("spam-session-" + spammer.id())
                        .isExpired())
                .isTrue();
        assertThat(administration.search(spammer.displayName(), 0, 10))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.status()).isEqualTo(AccountStatus.BLOCKED);
                    assertThat(row.blockReason()).isEqualTo("Verbreitet Werbung");
                });

        administration.unblock(spammer.id());
        assertThat(users.loadUserByUsername(spammer.email()).isEnabled()).isTrue();
    }

    @Test
    void onlyAdminsFindAndBlockAccounts() {
        UserAccount target = fixtures.citizen();
        for (Role role : new Role[] {Role.CITIZEN, Role.LEAD, Role.COORDINATOR}) {
            UserAccount caller = fixtures.account("Ohne Adminrecht", EnumSet.of(role));
            assertThatThrownBy(() -> fixtures.as(caller, () -> {
                        administration.block(target.id(), "Grund");
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(caller, () -> administration.search("", 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        assertThatThrownBy(() -> fixtures.as(admin, () -> {
                    administration.block(admin.id(), "Versehen");
                    return null;
                }))
                .isInstanceOf(DomainException.class);
    }
}
