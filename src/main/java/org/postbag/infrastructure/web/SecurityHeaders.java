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
import java.util.function.BiConsumer;
import org.postbag.infrastructure.Config;

/**
 * Headers that keep every page from being turned against its readers: a Content Security
 * Policy that allows scripts, styles and images from this site only (no inline script, and no
 * framing), no MIME sniffing, no referrer sent to other sites beyond the origin, and no access
 * to the camera, microphone or location.
 */
@WebFilter(filterName = "SecurityHeaders")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self';"
            + " object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request.isSecure(), response::setHeader);
        chain.doFilter(request, response);
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
