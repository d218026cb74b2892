package org.postbag.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import org.postbag.infrastructure.Causes;
import org.postbag.infrastructure.Config;

/**
 * Requests no larger than the forms need. The longest form is a letter of 20,000 characters,
 * at most 240 KB once percent-encoded, so a body over {@code POSTBAG_MAX_FORM_BYTES} (1 MiB) is
 * answered 413 before anything reads it, and headers over {@code POSTBAG_MAX_HEADER_BYTES}
 * (16 KiB in all) 431, each with the usual page. The server's own limits (postbag.cli,
 * post-boot-commands.asadmin) sit a little above these and stop what is larger still, and
 * bodies sent without a length, before the application sees them.
 */
@WebFilter(filterName = "RequestLimits")
public class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final int REQUEST_HEADER_FIELDS_TOO_LARGE = 431;

    @Inject
    private transient Config config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > config.integer("POSTBAG_MAX_FORM_BYTES", 1 << 20)) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (headerBytes(request) > config.integer("POSTBAG_MAX_HEADER_BYTES", 16 << 10)) {
            refuse(response, REQUEST_HEADER_FIELDS_TOO_LARGE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            // A body sent without a length and stopped by the server's own limit while a form
            // was being read: the sender's fault, not a server error.
            if (!tooBig(failure)) {
                throw failure;
            }
            if (response.isCommitted()) {
                // The server has already closed the connection on it: nobody is left to answer.
                return;
            }
            response.resetBuffer();
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    private static void refuse(HttpServletResponse response, int status) throws IOException {
        // The body that was not read may still be arriving: the connection ends with the answer.
        response.setHeader("Connection", "close");
        response.sendError(status);
    }

    static long headerBytes(HttpServletRequest request) {
        long total = 0;
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                total += name.length() + 4 + values.nextElement().length();
            }
        }
        return total;
    }

    private static boolean tooBig(Throwable failure) {
        // Undertow's RequestTooBigException, Grizzly's and others name themselves so; the class
        // itself is the server's, not on the application's class path.
        return Causes.any(
                failure,
                cause -> cause.getClass().getSimpleName().equals("RequestTooBigException")
                        || String.valueOf(cause.getMessage()).contains("UT000020"));
    }
}
