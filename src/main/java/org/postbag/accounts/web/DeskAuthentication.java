package org.postbag.accounts.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the desk is signed in to. The sign-in form ({@link SignIn}) hands the credential over
 * through {@code SecurityContext.authenticate}; the session then remembers the caller
 * ({@link AutoApplySession}). A visitor who is not signed in and asks for a desk address is
 * sent to the sign-in page, and nothing of their request is kept: Jakarta Security's
 * {@code LoginToContinue} would save the whole request, form body included, in a new session
 * for an hour, so that anonymous posts could fill the heap. Only the path of a GET travels
 * along, in the sign-in address itself ({@code ?next=}), to come back to.
 *
 * <p>With single sign-on on, the two addresses of the OpenID flow go to Jakarta Security's own
 * OpenID Connect mechanism through {@link ProviderSignIn}. Jakarta Security 3.0 takes one
 * mechanism per application, and with the OpenID one defined there are two beans of the type:
 * this one is an alternative with a priority, so that it is the one the container resolves.
 */
@AutoApplySession
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class DeskAuthentication implements HttpAuthenticationMechanism {

    /** Desk pages worth coming back to: plain paths, nothing that could lead off the site. */
    private static final Pattern RETURNABLE = Pattern.compile("/(editor|admin)(/[A-Za-z0-9._~\\-]+)*/?");

    private static final int MAX_RETURN_PATH = 300;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private ProviderSignIn providerSignIn;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (providerSignIn.handles(path)) {
            return providerSignIn.validateRequest(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (path.startsWith("/api/")) {
            return context.responseUnauthorized();
        }
        response.setHeader("Cache-Control", "no-store");
        String signIn = request.getContextPath() + "/sign-in";
        boolean get = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        return context.redirect(
                get ? returnable(path).map(p -> signIn + "?next=" + encode(p)).orElse(signIn) : signIn);
    }

    /** The desk path to return to after signing in, if {@code path} is one. */
    static Optional<String> returnable(String path) {
        if (path == null
                || path.length() > MAX_RETURN_PATH
                || !RETURNABLE.matcher(path).matches()) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private static String encode(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
