package org.postbag.accounts.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.postbag.accounts.SingleSignOnSettings;

/**
 * Where the OpenID flow's addresses lead once {@link ProviderSignIn} has let a request through:
 * someone signed in goes to the desk, anyone else to the sign-in page; while single sign-on is
 * off the addresses do not exist (404).
 */
@WebServlet(urlPatterns = {ProviderSignIn.START, ProviderSignIn.CALLBACK})
public class ProviderSignInPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SingleSignOnSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        boolean signedIn =
                request.getUserPrincipal() != null && (request.isUserInRole("editor") || request.isUserInRole("admin"));
        if (!signedIn && !settings.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + (signedIn ? "/editor/queue" : "/sign-in"));
    }
}
