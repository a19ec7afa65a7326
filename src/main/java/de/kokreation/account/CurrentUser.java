package de.kokreation.account;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who acts in the current request, as services need it for object-level checks. */
@Component
public class CurrentUser {

    public Optional<AccountPrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public AccountPrincipal require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("login required"));
    }

    public Optional<Long> accountId() {
        return find().map(AccountPrincipal::accountId);
    }
}
