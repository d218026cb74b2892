package org.postbag.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The real OpenID provider the build starts for the single sign-on tests (Spring Authorization
 * Server, {@code src/test/oidc-provider/OidcTestProvider.java}), driven over HTTP as a browser
 * would: its own login form, its redirects, its cookies. Its users all have {@link #PASSWORD}.
 */
public final class OpenIdProvider {

    public static final String PASSWORD = "provider-test-password";
    public static final String CLIENT_SECRET = "postbag-test-secret";

    private OpenIdProvider() {}

    /** The provider's issuer address, as the build gave it to the server's environment. */
    public static String issuer() {
        String issuer = System.getenv("POSTBAG_TEST_OIDC_ISSUER");
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("POSTBAG_TEST_OIDC_ISSUER is not set: run the tests through the build");
        }
        return issuer;
    }

    /** Waits until the provider answers (it starts beside the server, and takes a few seconds). */
    public static void awaitReady() {
        HttpClient client = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> client.send(
                                        HttpRequest.newBuilder(URI.create(issuer() + "/test/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode()
                        == 200);
    }

    /** Puts a user in these groups (none: an empty list), as an admin would in the provider's console. */
    public static void setGroups(String user, String... groups) throws IOException, InterruptedException {
        String form = "user=" + encode(user) + "&groups=" + encode(String.join(",", groups));
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(issuer() + "/test/groups"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the provider did not take the groups: " + answer.statusCode());
        }
    }

    /**
     * From Postbag's "Sign in with ..." address to the provider and back: follows redirects,
     * fills in the provider's login form when it asks, and stops at the answer to the first
     * request back at Postbag after the provider ({@code /oidc/callback}).
     */
    public static HttpResponse<String> signIn(HttpClient client, URI base, String user)
            throws IOException, InterruptedException {
        return back(client, base, follow(client, get(client, base.resolve("/oidc/sign-in")), user));
    }

    /**
     * Signs in at the provider and returns the address it sends the browser back to Postbag
     * with ({@code /oidc/callback?code=...&state=...}), without going there.
     */
    public static URI callbackFor(HttpClient client, URI base, String user) throws IOException, InterruptedException {
        HttpResponse<String> answer = follow(client, get(client, base.resolve("/oidc/sign-in")), user);
        return location(answer);
    }

    /** Follows a redirect chain at the provider, signing in on its login form when asked. */
    public static HttpResponse<String> follow(HttpClient client, HttpResponse<String> answer, String user)
            throws IOException, InterruptedException {
        for (int hops = 0; hops < 10; hops++) {
            if (answer.statusCode() == 200 && answer.uri().getPath().equals("/login")) {
                Document page = Jsoup.parse(answer.body());
                String csrf = page.select("input[name=_csrf]").attr("value");
                String form = "username=" + encode(user) + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(csrf);
                answer = client.send(
                        HttpRequest.newBuilder(answer.uri())
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                continue;
            }
            if (answer.statusCode() != 302 && answer.statusCode() != 303) {
                return answer;
            }
            URI next = location(answer);
            if (!next.toString().startsWith(issuer())) {
                return answer;
            }
            answer = get(client, next);
        }
        throw new IllegalStateException("too many redirects at the provider");
    }

    /** The answer at Postbag to where the provider sent the browser back. */
    private static HttpResponse<String> back(HttpClient client, URI base, HttpResponse<String> answer)
            throws IOException, InterruptedException {
        if (answer.statusCode() != 302) {
            throw new AssertionError("the provider did not send the browser back: " + answer.statusCode() + " "
                    + answer.uri() + "\n" + answer.body());
        }
        return get(client, location(answer));
    }

    public static URI location(HttpResponse<String> answer) {
        return answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
    }

    public static HttpResponse<String> get(HttpClient client, URI address) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
