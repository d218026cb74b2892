package org.postbag.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import org.postbag.accounts.LocalSignIn;
import org.postbag.accounts.SingleSignOnSettings;

/**
 * Jakarta Security's own OpenID Connect mechanism (authorisation code flow, state and nonce,
 * the ID token's signature, issuer, audience and expiry checked by the server), configured
 * from the environment through this bean: the expressions below are read once, at the first
 * sign-in through the provider. {@link DeskAuthentication} hands it the two addresses of the
 * flow, {@code /oidc/sign-in} and {@code /oidc/callback}, and only while single sign-on is on;
 * signing out (and ending the provider's session) is {@link SignOut}'s.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${singleSignOn.issuer}",
        clientId = "${singleSignOn.clientId}",
        clientSecret = "${singleSignOn.clientSecret}",
        redirectURI = "${baseURL}/oidc/callback",
        scopeExpression = "${singleSignOn.scopes}",
        claimsDefinition =
                @ClaimsDefinition(callerNameClaim = "email", callerGroupsClaim = "${singleSignOn.groupsClaim}"),
        logout = @LogoutDefinition(notifyProvider = false),
        redirectToOriginalResource = false,
        tokenAutoRefresh = false)
@Named("singleSignOn")
@ApplicationScoped
public class SingleSignOnDefinition {

    @Inject
    private SingleSignOnSettings settings;

    @Inject
    private LocalSignIn localSignIn;

    public boolean isEnabled() {
        return settings.enabled();
    }

    public String getIssuer() {
        return settings.issuer().orElse("");
    }

    public String getClientId() {
        return settings.clientId();
    }

    public String getClientSecret() {
        return settings.clientSecret();
    }

    public String getScopes() {
        return settings.scopes();
    }

    public String getGroupsClaim() {
        return settings.claims().groupsClaim();
    }

    /** Whether the password form is for admins only (break-glass). */
    public boolean isLocalAdminsOnly() {
        return localSignIn.adminsOnly();
    }

    public String getProviderName() {
        return settings.providerName();
    }
}
