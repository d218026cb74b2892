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
import org.postbag.infrastructure.PrivateLinks;
import org.postbag.infrastructure.persistence.QueryCounter;

/**
 * One line per request in the server log, as {@code key=value} pairs that log tools can parse:
 * method, path (without the query, which may hold what a reader searched for, and without the
 * private token of a writer's or an editor's link), status, time taken and SQL statements
 * sent. Successful health checks are not logged. The client's address is not logged. The logger is
 * {@code org.postbag.requests}; an admin turns it off by setting its level to WARNING.
 */
@WebFilter(filterName = "RequestLog")
public class RequestLog extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger("org.postbag.requests");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!on()) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        QueryCounter.reset();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            long micros = (System.nanoTime() - start) / 1000;
            String path = request.getRequestURI();
            if (status >= 400 || !path.startsWith(request.getContextPath() + "/health/")) {
                LOG.info(line(request.getMethod(), path, status, micros, QueryCounter.count()));
            }
        }
    }

    /** Whether requests are logged; {@link CachedPages} asks before it measures. */
    static boolean on() {
        return LOG.isLoggable(Level.INFO);
    }

    /** Logs a request answered before this filter (by {@link CachedPages}), in the same form. */
    static void log(String method, String path, int status, long micros) {
        LOG.info(line(method, path, status, micros, 0));
    }

    /** The paths whose last part is a private token (links in emails); the token is not logged. */
    static String line(String method, String path, int status, long micros, int queries) {
        // Milliseconds to one decimal, rounded half up, without String.format (which parses its
        // format string on every call): this runs for every request.
        long tenths = (micros + 50) / 100;
        return "method=" + method + " path=" + quoted(PrivateLinks.loggable(path)) + " status=" + status + " ms="
                + tenths / 10 + "." + tenths % 10 + " queries=" + queries;
    }

    /** Paths are shown as sent, but a space, quote or control character cannot forge a field or a line. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c == '"' || c == '\\' || c == 0x7f) {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
