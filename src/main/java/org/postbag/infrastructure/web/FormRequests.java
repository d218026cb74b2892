package org.postbag.infrastructure.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.postbag.infrastructure.Causes;
import org.postbag.infrastructure.Config;

/**
 * Guards what forms send. A POST that a browser says comes from another site (its
 * {@code Origin}, or failing that its {@code Referer}) is refused with 403 before anything
 * runs: a second line behind the desk's view state and the SameSite session cookie. And a form
 * whose view state cannot be restored (expired, from another session, made up, or "stateless"
 * sent to a page that keeps state) is answered 400 with the "page expired" page, not 500: it is
 * the sender's request that is wrong, and nothing was done.
 */
@WebFilter(filterName = "FormRequests")
public class FormRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    private transient Config config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE.contains(request.getMethod()) && fromAnotherSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | FacesException failure) {
            if (!unrestorable(failure) || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private boolean fromAnotherSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        // "null" is what a browser sends from a sandboxed frame, a data: or file: page, or a
        // page whose Referrer-Policy is no-referrer: never a page of this site (the private
        // pages say same-origin for that reason), so it counts as another site.
        if (origin != null && origin.strip().equals("null")) {
            return true;
        }
        if (origin == null) {
            String referer = request.getHeader("Referer");
            if (referer == null || referer.isBlank()) {
                // Not a browser's form, or one that sends neither: the view state still guards it.
                return false;
            }
            origin = originOf(referer);
        }
        String claimed = origin.strip().toLowerCase(Locale.ROOT);
        return !claimed.equals(ownOrigin(request)) && !claimed.equals(originOf(config.baseUrl()));
    }

    /** The origin the request reached, as this server sees it. */
    private static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** scheme://host[:port] of an address, lower case, or "null" when it has none. */
    static String originOf(String address) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "null";
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException malformed) {
            return "null";
        }
    }

    /** scheme://host[:port], lower case, the port left out where it is the scheme's own (or unknown, -1). */
    private static String origin(String scheme, String host, int port) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort =
                port == -1 || (lower.equals("http") && port == 80) || (lower.equals("https") && port == 443);
        return lower + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** Faces could not restore the view the form was sent from. */
    private static boolean unrestorable(Throwable failure) {
        return Causes.any(
                failure,
                cause -> cause instanceof ViewExpiredException
                        || (cause instanceof FacesException
                                && String.valueOf(cause.getMessage()).startsWith("Unable to restore view")));
    }
}
