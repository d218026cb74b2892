package org.postbag.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.infrastructure.Config;
import org.postbag.publishing.Piece;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * The headers of real answers, public, desk and console, pages and errors, feeds and health:
 * a Content Security Policy that allows no inline script and no framing, no MIME sniffing, a
 * referrer policy; and a session cookie that scripts cannot read and other sites cannot send.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(SecurityHeadersIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    Config config;

    @Inject
    ServletContext servletContext;

    URI base() throws Exception {
        return url.toURI().resolve("/");
    }

    @Test
    void everyKindOfAnswerCarriesTheHeaders() throws Exception {
        Piece piece = fixtures.publishedLetter(
                Fixtures.uniqueIssueNumber(), "Headers", "Hetty Headers", "Leeds", "A letter about headers.");
        Account editor = fixtures.account("Hugh Headers", Role.EDITOR);
        HttpClient anonymous = WebForm.client();
        HttpClient asEditor = Desk.signedIn(base(), editor.email(), Fixtures.PASSWORD);
        HttpClient asAdmin = Desk.signedIn(base(), Desk.adminEmail(), Desk.adminPassword());
        List<Map.Entry<String, HttpClient>> answers = new ArrayList<>();
        // "/" twice: the second answer comes from the public page cache.
        for (String page : List.of(
                "/",
                "/",
                "/issues",
                "/letters/" + piece.reference(),
                "/write",
                "/sign-in",
                "/search?q=headers",
                "/no-such-page",
                "/feeds/letters.atom",
                "/health/live",
                "/api/pieces?q=headers",
                "/resources/css/postbag.css",
                "/editor/queue")) {
            answers.add(Map.entry(page + " (anonymous)", anonymous));
        }
        answers.add(Map.entry("/editor/queue", asEditor));
        answers.add(Map.entry("/editor/letters/" + piece.reference(), asEditor));
        answers.add(Map.entry("/admin/users", asEditor));
        answers.add(Map.entry("/admin/settings", asAdmin));
        answers.add(Map.entry("/admin/users", asAdmin));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, HttpClient> answer : answers) {
            String page = answer.getKey().replace(" (anonymous)", "");
            HttpResponse<String> response = Desk.get(answer.getValue(), base().resolve(page));
            HttpHeaders headers = response.headers();
            String where = answer.getKey() + " (" + response.statusCode() + ")";
            if (response.statusCode() == 302
                    && headers.firstValue("Location").orElse("").contains("/sign-in")) {
                // The container's own redirect to sign in, sent before any filter runs: an empty
                // answer with nothing to frame, sniff or script.
                continue;
            }
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            Map<String, String> directives = directives(policy);
            if (!directives.containsKey("script-src") && !directives.containsKey("default-src")) {
                wrong.add(where + ": no script-src in CSP '" + policy + "'");
            }
            String scripts = directives.getOrDefault("script-src", directives.getOrDefault("default-src", ""));
            if (scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'") || scripts.contains("*")) {
                wrong.add(where + ": scripts too loose: " + scripts);
            }
            if (!"'none'".equals(directives.get("frame-ancestors"))) {
                wrong.add(where + ": frame-ancestors " + directives.get("frame-ancestors"));
            }
            if (!"'none'".equals(directives.get("object-src"))) {
                wrong.add(where + ": object-src " + directives.get("object-src"));
            }
            if (!"'self'".equals(directives.get("base-uri"))) {
                wrong.add(where + ": base-uri " + directives.get("base-uri"));
            }
            if (!"'self'".equals(directives.get("form-action"))) {
                wrong.add(where + ": form-action " + directives.get("form-action"));
            }
            if (!headers.firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
                wrong.add(where + ": X-Content-Type-Options");
            }
            String referrer = headers.firstValue("Referrer-Policy").orElse("");
            if (!List.of("no-referrer", "strict-origin-when-cross-origin", "same-origin", "strict-origin")
                    .contains(referrer)) {
                wrong.add(where + ": Referrer-Policy '" + referrer + "'");
            }
            if (!headers.firstValue("X-Frame-Options").orElse("").equals("DENY")) {
                wrong.add(where + ": X-Frame-Options");
            }
            if (headers.firstValue("Server").orElse("").matches(".*\\d.*")
                    || headers.firstValue("X-Powered-By").isPresent()) {
                wrong.add(where + ": tells the server's version");
            }
            if ((page.startsWith("/editor") || page.startsWith("/admin") || page.startsWith("/sign-in"))
                    && !headers.firstValue("Cache-Control").orElse("").contains("no-store")) {
                wrong.add(where + ": a desk, console or sign-in page without Cache-Control: no-store");
            }
            if (!page.startsWith("/editor") && !page.startsWith("/admin") && !page.startsWith("/sign-in")) {
                if (headers.firstValue("Set-Cookie").isPresent()) {
                    wrong.add(where + ": a public answer sets a cookie: "
                            + headers.firstValue("Set-Cookie").get());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndSecureWhereTheSiteIsHttps() throws Exception {
        HttpClient client = WebForm.client();
        HttpResponse<String> signIn = Desk.get(client, base().resolve("/sign-in"));
        List<String> cookies = new ArrayList<>(signIn.headers().allValues("Set-Cookie"));
        Account editor = fixtures.account("Cookie Editor", Role.EDITOR);
        HttpResponse<String> signedIn = WebForm.of(client, base().resolve("/sign-in"), signIn.body(), "signInForm")
                .set("email", editor.email())
                .set("password", Fixtures.PASSWORD)
                .press("signIn");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        cookies.addAll(signedIn.headers().allValues("Set-Cookie"));

        List<String> sessionCookies =
                cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(sessionCookies).isNotEmpty().allSatisfy(cookie -> {
            String lower = cookie.toLowerCase();
            assertThat(lower).contains("; httponly").contains("samesite=lax");
            assertThat(lower).contains("path=/");
            // The tests serve plain HTTP (POSTBAG_BASE_URL http://...), where a Secure cookie
            // would never come back; over HTTPS it is Secure.
            assertThat(lower.contains("; secure"))
                    .as(cookie)
                    .isEqualTo(config.baseUrl().startsWith("https://"));
        });
        assertThat(servletContext.getSessionCookieConfig().isSecure())
                .isEqualTo(config.baseUrl().startsWith("https://"));
        assertThat(servletContext.getSessionCookieConfig().isHttpOnly()).isTrue();
    }

    private static Map<String, String> directives(String policy) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                directives.put(parts[0], parts.length > 1 ? parts[1].strip() : "");
            }
        }
        return directives;
    }
}
