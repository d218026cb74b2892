package org.postbag.accounts;

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
import java.util.Optional;

/**
 * The session remembers who signed in and with which roles, so on its own a disabled editor
 * would stay signed in until the session timed out, and a demoted admin would keep the admin
 * pages. On every signed-in request this filter compares the session with the account as it
 * is now; when they differ, the session ends and the person is sent to sign in again.
 */
@WebFilter(filterName = "DeskSessions")
public class DeskSessions extends HttpFilter {

    private static final long serialVersionUID = 1L;

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

    /** The account as it is in the database now, against what the session says. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Check {

        @Inject
        private Accounts accounts;

        @Transactional
        public boolean stillValid(String email, HttpServletRequest request) {
            Optional<Account> account = accounts.byEmail(email);
            if (account.isEmpty() || account.get().isDisabled()) {
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
