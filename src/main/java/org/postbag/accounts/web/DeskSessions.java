package org.postbag.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import org.postbag.accounts.Account;
import org.postbag.accounts.Accounts;
import org.postbag.accounts.Role;

/**
 * The session remembers who signed in and with which roles, so on its own a disabled editor
 * would stay signed in until the session timed out, and a demoted admin would keep the admin
 * pages, and a new password would leave sessions signed in with the old one. On every signed-in
 * request this filter compares the session with the account as it is now; when they differ
 * (disabled, other roles, a password set since the session signed in), the session ends and
 * the person is sent to sign in again.
 */
@WebFilter(filterName = "DeskSessions")
public class DeskSessions extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** When the session signed in, to compare with the account's last change of password. */
    static final String SIGNED_IN_AT = "org.postbag.signedInAt";

    @Inject
    private transient Check check;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null && !check.stillValid(caller.getName(), request)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            request.logout();
            response.sendRedirect(request.getContextPath() + "/sign-in?ended");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Marks the session as signed in now. */
    static void signedIn(HttpSession session, Instant now) {
        session.setAttribute(SIGNED_IN_AT, now);
    }

    /** The account as it is in the database now, against what the session says. */
    @ApplicationScoped
    public static class Check {

        @Inject
        private Accounts accounts;

        @Transactional
        public boolean stillValid(String email, HttpServletRequest request) {
            Optional<Account> account = accounts.byEmail(email);
            if (account.isEmpty() || account.get().isDisabled()) {
                return false;
            }
            HttpSession session = request.getSession(false);
            Object signedInAt = session == null ? null : session.getAttribute(SIGNED_IN_AT);
            if (!account.get().signedInSinceCredentialsChanged(signedInAt instanceof Instant at ? at : null)) {
                return false;
            }
            for (Role role : Role.values()) {
                if (request.isUserInRole(role.roleName()) != account.get().has(role)) {
                    return false;
                }
            }
            return true;
        }
    }
}
