package org.postbag.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.Account;
import org.postbag.accounts.Role;
import org.postbag.infrastructure.Config;
import org.postbag.infrastructure.web.Sessions;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * What an anonymous visitor can make the server hold: nothing. Posts to the desk are sent to
 * sign in without their bodies being kept, the sign-in page makes no session, requests larger
 * than any form needs are refused with the usual page, and signing in always starts a new
 * session, also when the visitor came from a bookmarked desk page.
 */
@ExtendWith(ArquillianExtension.class)
class AnonymousRequestsIT {

    private static final int REQUESTS = 200;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(AnonymousRequestsIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Fixtures fixtures;

    URI base() throws Exception {
        return url.toURI().resolve("/");
    }

    @Test
    void twoHundredLargeAnonymousPostsToTheDeskLeaveTheHeapAndTheSessionsAsTheyWere() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        // Just under the form limit, so that the server would accept the body if it read it.
        byte[] body = new byte[900_000];
        Arrays.fill(body, (byte) 'a');
        body[0] = 'x';
        body[1] = '=';
        send(client, post("/editor/queue", body)); // warm the path up before measuring
        long heapBefore = heapAfterFullGc();
        int sessionsBefore = Sessions.active();

        for (int i = 0; i < REQUESTS; i++) {
            HttpResponse<String> answer = send(client, post(i % 2 == 0 ? "/editor/queue" : "/admin/users", body));
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
            assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
        }
        for (int i = 0; i < REQUESTS; i++) {
            HttpResponse<String> signIn = send(
                    client, HttpRequest.newBuilder(base().resolve("/sign-in")).build());
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.headers().allValues("Set-Cookie")).isEmpty();
        }

        long grown = heapAfterFullGc() - heapBefore;
        System.out.printf(
                "[security] %d anonymous posts of %d bytes and %d sign-in pages: heap %+d bytes, sessions %d -> %d%n",
                REQUESTS, body.length, REQUESTS, grown, sessionsBefore, Sessions.active());
        assertThat(Sessions.active()).as("sessions").isEqualTo(sessionsBefore);
        // 200 kept bodies would be 180 MB; what the server itself does meanwhile is a few MB.
        assertThat(grown).as("heap grown by %d bytes", grown).isLessThan(24L << 20);
    }

    @Test
    void aBookmarkedDeskPageComesBackAfterSigningInButNothingElseOfTheRequest() throws Exception {
        String page = "/editor/letters/L-2026-99999";
        HttpClient client = WebForm.client();

        HttpResponse<String> sent = Desk.get(client, base().resolve(page + "?tab=held"));
        assertThat(sent.statusCode()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/sign-in?next=%2Feditor%2Fletters%2FL-2026-99999");
        assertThat(sent.headers().firstValue("Cache-Control")).hasValue("no-store");

        Account editor = fixtures.account("Bookmark Editor", Role.EDITOR);
        HttpResponse<String> signedIn = WebForm.read(client, base().resolve(location), "signInForm")
                .set("email", editor.email())
                .set("password", Fixtures.PASSWORD)
                .press("signIn");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith(page);

        // Only desk paths come back: anything else leads to the queue.
        for (String next :
                new String[] {"//attacker.example/", "https://attacker.example/", "/letters/x", "/editor/\\x"}) {
            HttpResponse<String> elsewhere = WebForm.read(
                            WebForm.client(),
                            base().resolve("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)),
                            "signInForm")
                    .set("email", editor.email())
                    .set("password", Fixtures.PASSWORD)
                    .press("signIn");
            assertThat(elsewhere.headers().firstValue("Location").orElseThrow())
                    .as(next)
                    .endsWith("/editor/queue");
        }
    }

    @Test
    void everySignInStartsANewSessionAndTheOldOneStopsWorking() throws Exception {
        Account first = fixtures.account("First Sitter", Role.EDITOR);
        Account second = fixtures.account("Second Sitter", Role.EDITOR);
        HttpClient client = WebForm.client();
        assertThat(Desk.get(client, base().resolve("/editor/queue")).statusCode())
                .isEqualTo(302);
        assertThat(session(client)).as("no session before signing in").isNull();

        Desk.signIn(client, base(), first.email(), Fixtures.PASSWORD);
        String planted = session(client);
        assertThat(planted).isNotNull();
        // Another person signs in on the same browser, through a bookmarked desk page.
        HttpResponse<String> again = WebForm.read(
                        client, base().resolve("/sign-in?next=%2Feditor%2Fqueue"), "signInForm")
                .set("email", second.email())
                .set("password", Fixtures.PASSWORD)
                .press("signIn");
        assertThat(again.statusCode()).isEqualTo(302);
        String renewed = session(client);

        assertThat(renewed).isNotNull().isNotEqualTo(planted);
        assertThat(Desk.get(client, base().resolve("/editor/queue")).body()).contains("Signed in as Second Sitter");
        HttpClient withOldId = WebForm.client();
        ((CookieManager) withOldId.cookieHandler().orElseThrow())
                .getCookieStore()
                .add(base(), cookie(planted));
        assertThat(Desk.get(withOldId, base().resolve("/editor/queue")).statusCode())
                .as("the session id from before")
                .isEqualTo(302);
    }

    @Test
    void signingInPastTheCapOnSessionsIsRefusedWithAMessage() throws Exception {
        Account editor = fixtures.account("Crowded Editor", Role.EDITOR);
        // Signing in is a request the server's threads answer, so the cap must reach them.
        try (var cap = Config.Overrides.forTheServer("POSTBAG_MAX_SESSIONS", String.valueOf(Sessions.active()))) {
            HttpClient client = WebForm.client();
            HttpResponse<String> full = Desk.signIn(client, base(), editor.email(), Fixtures.PASSWORD);

            assertThat(full.statusCode()).isEqualTo(503);
            assertThat(full.body()).contains("Too many people are signed in to this server just now");
            assertThat(session(client)).isNull();
        }
        assertThat(Desk.signIn(WebForm.client(), base(), editor.email(), Fixtures.PASSWORD)
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void requestsLargerThanAnyFormNeedsAreRefusedWithThePage() throws Exception {
        // HTTP/1.1, as browsers send forms to a plain-HTTP server: over HTTP/2 an answer sent
        // before the body was read resets the stream, and the client sees no answer at all.
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        byte[] letter = new byte[1_200_000];
        Arrays.fill(letter, (byte) 'a');
        HttpResponse<String> body = send(client, post("/write", letter));
        assertThat(body.statusCode()).isEqualTo(413);
        assertThat(body.body()).contains("What you sent is too large");

        HttpResponse<String> headers = send(
                client,
                HttpRequest.newBuilder(base().resolve("/sign-in"))
                        .header("X-Filler", "b".repeat(20_000))
                        .build());
        assertThat(headers.statusCode()).isEqualTo(431);
        assertThat(headers.body()).contains("What you sent is too large");

        // Without a length, the server's own limit stops the body while the form is read: WildFly
        // then closes the connection (nobody gets an answer), or a 413 comes back; never a 500.
        byte[] huge = new byte[3_000_000];
        Arrays.fill(huge, (byte) 'a');
        huge[0] = 'x';
        huge[1] = '=';
        try {
            HttpResponse<String> chunked = send(
                    client,
                    HttpRequest.newBuilder(base().resolve("/write"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                            .build());
            assertThat(chunked.statusCode()).isIn(400, 413);
        } catch (IOException closed) {
            assertThat(closed).hasMessageNotContaining("500");
        }
        assertThat(send(client, HttpRequest.newBuilder(base().resolve("/write")).build())
                        .statusCode())
                .as("the server still answers")
                .isEqualTo(200);
    }

    private HttpRequest post(String path, byte[] body) throws Exception {
        return HttpRequest.newBuilder(base().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long heapAfterFullGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static HttpCookie cookie(String value) {
        HttpCookie cookie = new HttpCookie("JSESSIONID", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }

    private static String session(HttpClient client) {
        return ((CookieManager) client.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("JSESSIONID"))
                        .map(HttpCookie::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
