package de.kokreation.account;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Spring Security's step after the provider's ID token was checked (signature, issuer, audience,
 * expiry): the person it names becomes the Kokreation account that is logged in.
 */
class ProviderSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final ProviderAccounts accounts;

    ProviderSignIn(ProviderAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser person = provider.loadUser(request);
        try {
            return accounts.signIn(request.getClientRegistration().getRegistrationId(), person);
        } catch (DataIntegrityViolationException twoAtOnce) {
            // the same person's first sign-in in two tabs at once: one made the account; this one tries again
            throw new OAuth2AuthenticationException(new OAuth2Error("general"), twoAtOnce);
        }
    }
}
