package org.postbag.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.PrivateLinks;

/**
 * Headers that keep every page from being turned against its readers: a Content Security
 * Policy that allows scripts, styles and images from this site only (no inline script, and no
 * framing), no MIME sniffing, no referrer sent to other sites beyond the origin, and no access
 * to the camera, microphone or location. HSTS whenever the site is served over HTTPS: the
 * request's own scheme says so, or {@code POSTBAG_BASE_URL} does where TLS ends at a proxy in
 * front. Desk, console, sign-in and private writers' pages are never stored by any cache.
 */
@WebFilter(filterName = "SecurityHeaders")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self';"
            + " object-src 'none'";

    @Inject
    private transient Config config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(https(request.isSecure(), config.baseUrl()), response::setHeader);
        if (neverStored(
                request.getRequestURI().substring(request.getContextPath().length()), request.getQueryString())) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Whether the answer is over HTTPS as the reader sees it: also where TLS ends at a proxy. */
    static boolean https(boolean secureRequest, String baseUrl) {
        return secureRequest || baseUrl.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /** The desk, the console, signing in and the writers' private links. */
    static boolean neverStored(String path, String query) {
        return path.startsWith("/editor")
                || path.startsWith("/admin")
                || path.startsWith("/api/editor")
                || path.startsWith("/api/admin")
                || path.startsWith("/sign-in")
                || path.startsWith("/signed-out")
                || PrivateLinks.isPrivate(path, query);
    }

    /** Sets the headers through {@code header}; also used by {@link CachedPages}, which answers before this filter. */
    static void apply(boolean secure, BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", POLICY);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Referrer-Policy", "strict-origin-when-cross-origin");
        header.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        header.accept("Cross-Origin-Opener-Policy", "same-origin");
        if (secure) {
            header.accept("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /**
     * The session cookie is Secure whenever the site is served over HTTPS (POSTBAG_BASE_URL; over
     * plain HTTP a Secure cookie would never come back), never readable by scripts, and
     * SameSite=Lax, so that no other site's form or script can send it along.
     */
    @WebListener
    public static class SessionCookies implements ServletContextListener {

        @Inject
        private Config config;

        @Override
        public void contextInitialized(ServletContextEvent event) {
            SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
            cookie.setSecure(config.baseUrl().startsWith("https://"));
            cookie.setHttpOnly(true);
            // web.xml says so too, but WildFly 39 does not carry <cookie-config><attribute> over
            // to the cookie (found by SecurityHeadersIT); Payara 6 reads glassfish-web.xml's.
            cookie.setAttribute("SameSite", "Lax");
        }
    }
}
