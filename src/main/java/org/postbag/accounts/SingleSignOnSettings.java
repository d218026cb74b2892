package org.postbag.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.postbag.infrastructure.Config;

/**
 * Single sign-on through an OpenID provider, from the environment ({@code POSTBAG_OIDC_*}, in
 * README.md). Off while no issuer is given: then the desk signs in with passwords alone.
 */
@ApplicationScoped
public class SingleSignOnSettings {

    @Inject
    private Config config;

    public boolean enabled() {
        return issuer().isPresent();
    }

    /** The provider's issuer address; its discovery document is read from there. */
    public Optional<String> issuer() {
        return config.value("POSTBAG_OIDC_ISSUER");
    }

    public String clientId() {
        return config.string("POSTBAG_OIDC_CLIENT_ID", "postbag");
    }

    public String clientSecret() {
        return config.string("POSTBAG_OIDC_CLIENT_SECRET", "");
    }

    /** The scopes asked for, separated by spaces; {@code openid} is always among them. */
    public String scopes() {
        return config.string("POSTBAG_OIDC_SCOPES", "openid email profile");
    }

    /** The provider's name on the sign-in button: "Sign in with ...". */
    public String providerName() {
        return config.string("POSTBAG_OIDC_PROVIDER_NAME", "your organisation's account");
    }

    /** How the provider's claims are read: which claim lists groups, which groups give which role. */
    public ProviderClaims claims() {
        return new ProviderClaims(
                config.string("POSTBAG_OIDC_GROUPS_CLAIM", "groups"),
                config.string("POSTBAG_OIDC_EDITOR_GROUP", "postbag-editors"),
                config.string("POSTBAG_OIDC_ADMIN_GROUP", "postbag-admins"));
    }

    /** Whether signing out also ends the session at the provider (where it offers that). */
    public boolean endProviderSession() {
        return config.flag("POSTBAG_OIDC_END_PROVIDER_SESSION", true);
    }
}
