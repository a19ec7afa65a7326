package de.kokreation.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs in by email address, and replaces a password hash of an older scheme (bcrypt) with the
 * current one at the first login that proves the password.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email))
                // made through an identity provider, without a password: signs in there only
                .filter(account -> account.passwordHash() != null)
                .map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        UserAccount account = accounts.findByEmail(UserAccount.normalizeEmail(user.getUsername()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        account.rehashPassword(newPassword);
        return new AccountPrincipal(account);
    }
}
