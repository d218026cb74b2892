package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.web.SignIn;
import org.postbag.infrastructure.Config;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/** Signing in and out over HTTP, as a browser does it, from inside the server. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(SignInIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Fixtures fixtures;

    URI base() throws Exception {
        return url.toURI().resolve("/");
    }

    @Test
    void theDeskSendsAnonymousVisitorsToSignIn() throws Exception {
        HttpResponse<String> response = Desk.get(WebForm.client(), base().resolve("/editor/queue"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?next=%2Feditor%2Fqueue");
    }

    @Test
    void anEditorSignsInWithANewSessionIdAndSignsOut() throws Exception {
        Account editor = fixtures.account("Sally Signer", Role.EDITOR);
        HttpClient client = WebForm.client();
        WebForm form = WebForm.read(client, base().resolve("/sign-in"), "signInForm");
        String before = session(client);

        HttpResponse<String> signedIn = form.set("email", editor.email())
                .set("password", Fixtures.PASSWORD)
                .press("signIn");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/editor/queue");
        assertThat(session(client)).isNotNull().isNotEqualTo(before);
        HttpResponse<String> queue = Desk.get(client, base().resolve("/editor/queue"));
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Signed in as Sally Signer");

        HttpResponse<String> signedOut = WebForm.of(client, base().resolve("/editor/queue"), queue.body(), "sign-out")
                .press("signOut");

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(Desk.get(client, base().resolve("/editor/queue")).statusCode())
                .isEqualTo(302);
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() throws Exception {
        Account editor = fixtures.account("Wendy Wrong", Role.EDITOR);

        String wrongPassword = errors(Desk.signIn(WebForm.client(), base(), editor.email(), "not my password"));
        String unknown = errors(Desk.signIn(WebForm.client(), base(), "nobody@example.org", "not my password"));

        assertThat(wrongPassword).isEqualTo(unknown).isEqualTo(SignIn.FAILED);
    }

    @Test
    void aLockedAccountGetsTheSameAnswerToo() throws Exception {
        Account editor = fixtures.account("Larry Locked", Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            Desk.signIn(WebForm.client(), base(), editor.email(), "guess " + i);
        }

        HttpResponse<String> right = Desk.signIn(WebForm.client(), base(), editor.email(), Fixtures.PASSWORD);

        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(errors(right)).isEqualTo(SignIn.FAILED);
    }

    @Test
    void guessesSentAllAtOnceFromManyAddressesStillLockTheAccount() throws Exception {
        Account editor = fixtures.account("Paula Parallel", Role.EDITOR);
        int network = ThreadLocalRandom.current().nextInt(0, 250);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 24; i++) {
                String address = "10." + network + "." + i + ".1";
                String guess = "guess " + i;
                answers.add(pool.submit(() -> WebForm.read(WebForm.client(), base().resolve("/sign-in"), "signInForm")
                        .header("X-Forwarded-For", address)
                        .set("email", editor.email())
                        .set("password", guess)
                        .press("signIn")
                        .statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).as("wrong guesses, sent all at once").containsOnly(200);
        } finally {
            pool.shutdownNow();
        }

        HttpResponse<String> right = WebForm.read(WebForm.client(), base().resolve("/sign-in"), "signInForm")
                .header("X-Forwarded-For", "10." + network + ".250.1")
                .set("email", editor.email())
                .set("password", Fixtures.PASSWORD)
                .press("signIn");

        assertThat(right.statusCode())
                .as("the right password, once the account is locked")
                .isEqualTo(200);
        assertThat(errors(right)).isEqualTo(SignIn.FAILED);
    }

    @Test
    void anAddressThatKeepsFailingIsThrottledWhateverAccountItTries() throws Exception {
        try (var lowLimit = threeFailuresPerAddress()) {
            String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
            for (int i = 0; i < 3; i++) {
                WebForm.read(WebForm.client(), base().resolve("/sign-in"), "signInForm")
                        .header("X-Forwarded-For", address)
                        .set("email", "guess" + i + "@example.org")
                        .set("password", "password " + i)
                        .press("signIn");
            }

            HttpResponse<String> admin = WebForm.read(WebForm.client(), base().resolve("/sign-in"), "signInForm")
                    .header("X-Forwarded-For", address)
                    .set("email", Desk.adminEmail())
                    .set("password", Desk.adminPassword())
                    .press("signIn");

            assertThat(admin.statusCode()).isEqualTo(429);
            assertThat(errors(admin)).isEqualTo(SignIn.FAILED);
        }
    }

    @Test
    void anIpv6NetworkIsThrottledAsOneAddressWhateverAddressesOfItTry() throws Exception {
        try (var lowLimit = threeFailuresPerAddress()) {
            String network = "2001:db8:"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xfffe));
            // One network, written three ways; every try from a different address of it.
            List<String> addresses =
                    List.of(network + "::1", network.toUpperCase() + ":0:0:0:2", network + ":ab:cd:ef:3");
            for (int i = 0; i < addresses.size(); i++) {
                WebForm.read(WebForm.client(), base().resolve("/sign-in"), "signInForm")
                        .header("X-Forwarded-For", addresses.get(i))
                        .set("email", "guess" + i + "@example.org")
                        .set("password", "password " + i)
                        .press("signIn");
            }

            HttpResponse<String> sameNetwork = signInAsAdminFrom(network + ":1234:5678:9abc:def0");
            HttpResponse<String> nextNetwork = signInAsAdminFrom(network.substring(0, network.lastIndexOf(':') + 1)
                    + Integer.toHexString(Integer.parseInt(network.substring(network.lastIndexOf(':') + 1), 16) + 1)
                    + "::1");

            assertThat(sameNetwork.statusCode()).isEqualTo(429);
            assertThat(errors(sameNetwork)).isEqualTo(SignIn.FAILED);
            assertThat(nextNetwork.statusCode()).as("the next /64").isEqualTo(302);
        }
    }

    /**
     * A low per-address limit while the test lasts. The sign-ins come over HTTP, so the server's
     * request threads must see it; the test's own addresses keep other counts apart.
     */
    private static Config.Overrides.Scope threeFailuresPerAddress() {
        return Config.Overrides.forTheServer("POSTBAG_SIGNIN_MAX_FAILURES_PER_ADDRESS", "3");
    }

    @Inject
    Passwords passwords;

    @Test
    void whenEveryPasswordCheckIsTakenASignInIsTurnedAwayLikeAThrottledOne() throws Exception {
        Account editor = fixtures.account("Bea Busy", Role.EDITOR);
        String address = "198.18." + ThreadLocalRandom.current().nextInt(0, 255) + "."
                + ThreadLocalRandom.current().nextInt(1, 255);
        Passwords.Cap cap = passwords.cap();
        CountDownLatch held = new CountDownLatch(cap.limit());
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holders = Executors.newFixedThreadPool(cap.limit());
        HttpResponse<String> turnedAway;
        try {
            for (int i = 0; i < cap.limit(); i++) {
                holders.submit(() -> cap.run(() -> {
                    held.countDown();
                    try {
                        return release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }));
            }
            assertThat(held.await(30, TimeUnit.SECONDS))
                    .as("every check is taken")
                    .isTrue();

            turnedAway = signInFrom(address, editor.email(), Fixtures.PASSWORD);
        } finally {
            release.countDown();
            holders.shutdown();
            assertThat(holders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(turnedAway.statusCode()).isEqualTo(429);
        assertThat(errors(turnedAway)).isEqualTo(SignIn.FAILED);
        assertThat(signInFrom(address, editor.email(), Fixtures.PASSWORD).statusCode())
                .as("the same sign-in once a check is free")
                .isEqualTo(302);
    }

    private HttpResponse<String> signInAsAdminFrom(String address) throws Exception {
        return signInFrom(address, Desk.adminEmail(), Desk.adminPassword());
    }

    private HttpResponse<String> signInFrom(String address, String email, String password) throws Exception {
        return WebForm.read(WebForm.client(), base().resolve("/sign-in"), "signInForm")
                .header("X-Forwarded-For", address)
                .set("email", email)
                .set("password", password)
                .press("signIn");
    }

    private static String errors(HttpResponse<String> response) {
        return String.join(
                " | ", WebForm.parse(response).select(".error-summary li").eachText());
    }

    private static String session(HttpClient client) {
        return ((CookieManager) client.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                        .map(HttpCookie::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
