package org.postbag.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.postbag.accounts.SingleSignOnSettings;

/**
 * Signing out ends the session on the server, not only in the browser; after a sign-in through
 * the OpenID provider it also ends the provider's session, where the provider offers that
 * (RP-initiated logout: an {@code end_session_endpoint} in its discovery document), and the
 * provider sends the browser back to the signed-out page.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private Instance<OpenIdContext> openId;

    @Inject
    private SingleSignOnSettings settings;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<String> provider = providerSignOut((HttpServletRequest) external.getRequest());
        Faces.logout();
        Faces.invalidateSession();
        if (provider.isPresent()) {
            external.redirect(provider.get());
        } else {
            Faces.redirect("signed-out");
        }
    }

    /** The provider's sign-out address for this session's ID token, if there is one to end. */
    private Optional<String> providerSignOut(HttpServletRequest request) {
        if (!settings.enabled() || !settings.endProviderSession() || request.getSession(false) == null) {
            return Optional.empty();
        }
        OpenIdContext context = openId.get();
        IdentityToken token = context.getIdentityToken();
        JsonObject metadata = token == null ? null : context.getProviderMetadata();
        JsonValue endpoint = metadata == null ? null : metadata.get("end_session_endpoint");
        if (!(endpoint instanceof JsonString address) || address.getString().isBlank()) {
            return Optional.empty();
        }
        String base = request.getRequestURL()
                        .substring(
                                0,
                                request.getRequestURL().length()
                                        - request.getRequestURI().length())
                + request.getContextPath();
        String separator = address.getString().contains("?") ? "&" : "?";
        return Optional.of(address.getString() + separator + "id_token_hint=" + encode(token.getToken())
                + "&client_id=" + encode(settings.clientId())
                + "&post_logout_redirect_uri=" + encode(base + "/signed-out"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
