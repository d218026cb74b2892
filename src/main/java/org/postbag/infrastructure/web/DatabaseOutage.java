package org.postbag.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postbag.infrastructure.persistence.DatabaseUnavailable;

/**
 * A request that failed because the database could not be reached gets the "try again in a
 * moment" page with HTTP 503 and {@code Retry-After}, not the "something went wrong" page: it
 * is an outage to wait out, not a fault to report, and load balancers and crawlers know to come
 * back. (The write form catches the outage itself and keeps what the writer typed, see
 * {@code WriteLetter}.) Logged in one line, without the stack trace an outage would repeat for
 * every request.
 */
@WebFilter(filterName = "DatabaseOutage")
public class DatabaseOutage extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

    /** Seconds a client is asked to wait: about how long the pool takes to reconnect. */
    public static final String RETRY_AFTER_SECONDS = "5";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.log(Level.WARNING, "Database unavailable; answered 503 to {0} {1}: {2}", new Object[] {
                request.getMethod(), request.getRequestURI(), messages(failure)
            });
            unavailable(response);
        }
    }

    /** Sends the 503 page; the error page mapping in web.xml renders it. */
    public static void unavailable(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /** The first and the last of the causes, which say what was being done and what went wrong. */
    private static String messages(Throwable failure) {
        Throwable first = failure;
        while (first instanceof ServletException && first.getCause() != null) {
            first = first.getCause();
        }
        Throwable root = first;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return first.getClass().getSimpleName() + ": " + first.getMessage()
                + (root == first ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
    }
}
