package de.kokreation.account;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity providers an operator lets people sign in through ({@code kokreation.sso.providers.<id>.*}).
 * The id appears in the addresses of the sign-in ({@code /oauth2/authorization/<id>}) and of the
 * return from the provider ({@code /login/oauth2/code/<id>}), which the provider must know.
 */
@ConfigurationProperties("kokreation.sso")
record SsoSettings(@DefaultValue Map<String, Provider> providers) {

    /**
     * One OpenID Connect provider.
     *
     * @param label the button's text on the login page ("Anmelden mit …" is put before it)
     * @param issuerUri the provider's issuer; its discovery document is read at the first sign-in
     * @param rolesClaim the claim (of the ID token or user info) that lists the person's groups;
     *     none: roles stay managed in Kokreation
     * @param roles which group grants which role, e.g. {@code roles[kokreation-koordination]=COORDINATOR};
     *     with a roles claim, a role no group grants any more is taken at the next sign-in
     * @param linkByEmail whether a first sign-in with an address the provider has verified joins an
     *     existing account of that address (otherwise it is refused as taken)
     */
    record Provider(
            String label,
            String issuerUri,
            String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
            @Nullable String rolesClaim,
            @DefaultValue Map<String, Role> roles,
            @DefaultValue("true") boolean linkByEmail) {}
}
