package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class InitialAdminTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final AccountService accountService = mock(AccountService.class);
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aFreshInstallGetsItsFirstAdminFromConfiguration() {
        when(accounts.anyActiveAdmin()).thenReturn(false);
        when(accounts.findByEmail(anyString())).thenReturn(Optional.empty());

        new InitialAdmin(accounts, accountService, policy, "chefin@amt.example", "Chefin", "Ein sicheres Passwort 42")
                .run(new DefaultApplicationArguments());

        verify(accountService)
                .createActiveAccount(
                        "Chefin",
                        "chefin@amt.example",
                        "Ein sicheres Passwort 42",
                        EnumSet.of(Role.CITIZEN, Role.ADMIN));
    }

    @Test
    void thereIsNoDefaultPasswordAndNoWeakOne() {
        when(accounts.anyActiveAdmin()).thenReturn(false);

        new InitialAdmin(accounts, accountService, policy, "", "Chefin", "").run(new DefaultApplicationArguments());
        verify(accountService, never()).createActiveAccount(anyString(), anyString(), anyString(), any());

        assertThatThrownBy(() -> new InitialAdmin(
                                accounts, accountService, policy, "chefin@amt.example", "Chefin", "passwort1234")
                        .run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExistingAdminIsLeftAlone() {
        when(accounts.anyActiveAdmin()).thenReturn(true);

        new InitialAdmin(accounts, accountService, policy, "chefin@amt.example", "Chefin", "Ein sicheres Passwort 42")
                .run(new DefaultApplicationArguments());

        verify(accountService, never()).createActiveAccount(eq("Chefin"), anyString(), anyString(), any());
    }
}
