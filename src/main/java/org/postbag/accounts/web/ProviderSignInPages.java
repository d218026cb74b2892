package org.postbag.accounts.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where the OpenID flow's addresses lead once {@link ProviderSignIn} has let a request through:
 * someone signed in goes to the desk, anyone else (single sign-on off, a stray visit) to the
 * sign-in page.
 */
@WebServlet(urlPatterns = {ProviderSignIn.START, ProviderSignIn.CALLBACK})
public class ProviderSignInPages extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        boolean signedIn =
                request.getUserPrincipal() != null && (request.isUserInRole("editor") || request.isUserInRole("admin"));
        response.sendRedirect(request.getContextPath() + (signedIn ? "/editor/queue" : "/sign-in"));
    }
}
