package org.postbag.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 */
@AutoApplySession
@ApplicationScoped
public class DeskAuthentication implements HttpAuthenticationMechanism {

    /** Desk pages worth coming back to: plain paths, nothing that could lead off the site. */
    private static final Pattern RETURNABLE = Pattern.compile("/(editor|admin)(/[A-Za-z0-9._~\\-]+)*/?");

    private static final int MAX_RETURN_PATH = 300;

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
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
