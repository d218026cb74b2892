package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.house.AdminEvent;
import org.postbag.house.AdminEvents;
import org.postbag.infrastructure.Config;
import org.postbag.testing.Deployments;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * Signing in with a second factor, over HTTP as a browser does it: the password, then a code
 * from the app or a recovery code, with no session until both passed.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

    static final String WRONG_CODE = "That code did not let you in. Enter the code your app shows now, or one of your"
            + " recovery codes. After several wrong tries the account is locked for a while; an admin can help.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(SecondFactorIT.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Fixtures fixtures;

    @Inject
    SecondFactors secondFactors;

    @Inject
    SecondFactorKeys keys;

    @Inject
    Accounts accounts;

    @Inject
    AdminEvents events;

    @Inject
    AccountAdministration administration;

    private final Totp totp = new Totp();

    URI base() throws Exception {
        return url.toURI().resolve("/");
    }

    /** An editor with a second factor; its secret and recovery codes for the test. */
    record Enrolled(Account account, byte[] secret, List<String> recoveryCodes) {}

    Enrolled enrolled(String name) {
        Account account = fixtures.account(name, Role.EDITOR);
        SecondFactors.Enrolment enrolment = secondFactors.newEnrolment(account);
        SecondFactors.Change change =
                secondFactors.enrol(account.id(), enrolment.secret(), totp.code(enrolment.secret(), Instant.now()));
        return new Enrolled(account, enrolment.secret(), change.recoveryCodes());
    }

    /** The code of the step after the one that set the factor up: still within the window. */
    String nextCode(Enrolled enrolled) {
        return totp.code(enrolled.secret(), Instant.now().plusSeconds(30));
    }

    @Test
    void thePasswordAloneOpensOnlyTheCodeStepAndNoSessionIsMadeForIt() throws Exception {
        Enrolled ed = enrolled("Cody Coder");
        HttpClient client = WebForm.client();

        HttpResponse<String> password = Desk.signIn(client, base(), ed.account().email(), Fixtures.PASSWORD);

        assertThat(password.statusCode()).isEqualTo(200);
        assertThat(WebForm.parse(password).getElementById("codeForm")).isNotNull();
        assertThat(WebForm.parse(password).getElementById("signInForm")).isNull();
        assertThat(sessionCookies(client))
                .as("no session before the second step")
                .isEmpty();
        assertThat(Desk.get(client, base().resolve("/editor/queue")).statusCode())
                .isEqualTo(302);

        HttpResponse<String> code = WebForm.of(client, base().resolve("/sign-in"), password.body(), "codeForm")
                .set("code", nextCode(ed))
                .press("confirmCode");

        assertThat(code.statusCode()).isEqualTo(302);
        assertThat(code.headers().firstValue("Location").orElseThrow()).endsWith("/editor/queue");
        assertThat(Desk.get(client, base().resolve("/editor/queue")).body()).contains("Signed in as Cody Coder");
    }

    @Test
    void aCodeUsedOnceIsRefusedTheSecondTimeWithinItsWindow() throws Exception {
        Enrolled ed = enrolled("Rita Replay");
        String code = nextCode(ed);
        assertThat(signInWithCode(WebForm.client(), ed.account().email(), code).statusCode())
                .isEqualTo(302);

        HttpResponse<String> again =
                signInWithCode(WebForm.client(), ed.account().email(), code);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(errors(again)).isEqualTo(WRONG_CODE);
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() throws Exception {
        Enrolled ed = enrolled("Gus Guesser");
        String right = nextCode(ed);
        Set<String> valid = Set.of(
                right,
                totp.code(ed.secret(), Instant.now()),
                totp.code(ed.secret(), Instant.now().minusSeconds(30)),
                totp.code(ed.secret(), Instant.now().plusSeconds(60)));
        // The right password between wrong codes must not wipe the count.
        for (int i = 0; i < 5; i++) {
            String wrong;
            do {
                wrong = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            } while (valid.contains(wrong));
            HttpResponse<String> answer =
                    signInWithCode(WebForm.client(), ed.account().email(), wrong);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(errors(answer)).isEqualTo(WRONG_CODE);
        }

        HttpResponse<String> locked =
                Desk.signIn(WebForm.client(), base(), ed.account().email(), Fixtures.PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(200);
        assertThat(WebForm.parse(locked).getElementById("codeForm"))
                .as("a locked account gets no code step")
                .isNull();
        assertThat(accounts(ed).isLocked(Instant.now())).isTrue();
    }

    @Test
    void aRecoveryCodeSignsInOnceAndTheTrailSaysSo() throws Exception {
        Enrolled ed = enrolled("Rob Recovery");
        String recovery = ed.recoveryCodes().get(3);

        assertThat(signInWithCode(WebForm.client(), ed.account().email(), recovery.toUpperCase())
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> again =
                signInWithCode(WebForm.client(), ed.account().email(), recovery);

        assertThat(errors(again)).isEqualTo(WRONG_CODE);
        assertThat(accounts(ed).recoveryCodesLeft()).isEqualTo(9);
        assertThat(trailFor(ed)).contains("SECOND_FACTOR_ENROLLED", "RECOVERY_CODE_USED");
    }

    @Test
    void anAlteredPendingTokenIsRefusedAndTheVisitorStartsAgain() throws Exception {
        Enrolled ed = enrolled("Tom Tamper");
        HttpClient client = WebForm.client();
        HttpResponse<String> password = Desk.signIn(client, base(), ed.account().email(), Fixtures.PASSWORD);
        WebForm form = WebForm.of(client, base().resolve("/sign-in"), password.body(), "codeForm");
        String token = form.value("pendingToken");
        char last = token.charAt(token.length() - 2);
        String altered =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        HttpResponse<String> answer =
                form.set("pendingToken", altered).set("code", nextCode(ed)).press("confirmCode");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(errors(answer)).isEqualTo("Signing in took too long. Enter your email address and password again.");
        assertThat(WebForm.parse(answer).getElementById("signInForm")).isNotNull();
        assertThat(sessionCookies(client)).isEmpty();
    }

    @Test
    void anExpiredPendingTokenIsRefusedEvenWithTheRightCode() throws Exception {
        Enrolled ed = enrolled("Ernie Expired");
        Account account = accounts(ed);
        String expired = keys.sealToken(new PendingSignIn(
                        PendingSignIn.Step.CODE,
                        account.id(),
                        Instant.now().minus(SecondFactors.PENDING_LIFE).minusSeconds(5),
                        PendingSignIn.stamp(account),
                        null)
                .toBytes());
        HttpClient client = WebForm.client();
        HttpResponse<String> password = Desk.signIn(client, base(), ed.account().email(), Fixtures.PASSWORD);

        HttpResponse<String> answer = WebForm.of(client, base().resolve("/sign-in"), password.body(), "codeForm")
                .set("pendingToken", expired)
                .set("code", nextCode(ed))
                .press("confirmCode");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(Desk.get(client, base().resolve("/editor/queue")).statusCode())
                .isEqualTo(302);
    }

    @Test
    void aPendingTokenDiesWhenThePasswordChangesMeanwhile() throws Exception {
        Enrolled ed = enrolled("Paul Pending");
        HttpClient client = WebForm.client();
        HttpResponse<String> password = Desk.signIn(client, base(), ed.account().email(), Fixtures.PASSWORD);
        // Someone makes new recovery codes (a credential change) between the two steps.
        SecondFactors.Change change = secondFactors.newRecoveryCodes(
                ed.account().id(), ed.recoveryCodes().get(0));

        HttpResponse<String> answer = WebForm.of(client, base().resolve("/sign-in"), password.body(), "codeForm")
                .set("code", change.recoveryCodes().get(0))
                .press("confirmCode");

        assertThat(errors(answer)).isEqualTo(WRONG_CODE);
    }

    @Test
    void aChangeOfFactorEndsTheAccountsOtherSessions() throws Exception {
        Enrolled ed = enrolled("Sam Sessions");
        HttpClient first = WebForm.client();
        HttpClient second = WebForm.client();
        assertThat(signInWithCode(
                                first, ed.account().email(), ed.recoveryCodes().get(0))
                        .statusCode())
                .isEqualTo(302);
        assertThat(signInWithCode(
                                second, ed.account().email(), ed.recoveryCodes().get(1))
                        .statusCode())
                .isEqualTo(302);
        assertThat(Desk.get(first, base().resolve("/editor/queue")).statusCode())
                .isEqualTo(200);

        secondFactors.turnOff(ed.account().id(), ed.recoveryCodes().get(2));

        for (HttpClient client : List.of(first, second)) {
            HttpResponse<String> queue = Desk.get(client, base().resolve("/editor/queue"));
            assertThat(queue.statusCode()).isEqualTo(302);
            assertThat(queue.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?ended");
        }
        assertThat(trailFor(ed)).contains("SECOND_FACTOR_REMOVED");
        assertThat(Desk.signIn(WebForm.client(), base(), ed.account().email(), Fixtures.PASSWORD)
                        .statusCode())
                .as("the password alone, once the factor is off")
                .isEqualTo(302);
    }

    @Test
    void whenAdminsRequireASecondFactorAnAccountWithoutOneSetsItUpAfterThePassword() throws Exception {
        Account admin = accounts.byEmail(Desk.adminEmail()).orElseThrow();
        Account ed = fixtures.account("Nina Newfactor", Role.EDITOR);
        secondFactors.requireForAll(true, admin.id());
        try {
            HttpClient client = WebForm.client();
            HttpResponse<String> password = Desk.signIn(client, base(), ed.email(), Fixtures.PASSWORD);
            assertThat(password.statusCode()).isEqualTo(200);
            assertThat(sessionCookies(client)).isEmpty();
            String key = WebForm.parse(password).getElementById("totpKey").text();
            assertThat(WebForm.parse(password).select("#codeForm svg.qr-code")).hasSize(1);
            byte[] secret = base32(key);

            HttpResponse<String> enrolled = WebForm.of(client, base().resolve("/sign-in"), password.body(), "codeForm")
                    .set("code", totp.code(secret, Instant.now()))
                    .press("confirmCode");

            assertThat(enrolled.statusCode()).isEqualTo(302);
            assertThat(enrolled.headers().firstValue("Location").orElseThrow()).endsWith("/account");
            HttpResponse<String> page = Desk.get(client, base().resolve("/account"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(WebForm.parse(page).select("#recoveryCodes li")).hasSize(10);
            assertThat(WebForm.parse(Desk.get(client, base().resolve("/account")))
                            .select("#recoveryCodes li"))
                    .as("shown once only")
                    .isEmpty();
            assertThat(accounts.byEmail(ed.email()).orElseThrow().hasSecondFactor())
                    .isTrue();
            assertThat(accounts.byEmail(ed.email()).orElseThrow().sealedTotpSecret())
                    .as("stored sealed, not as the key")
                    .doesNotContain(key.replace(" ", ""));
        } finally {
            secondFactors.requireForAll(false, admin.id());
        }
        assertThat(events.latest(200).stream()
                        .filter(e -> e.action().equals("SETTING_CHANGED")
                                && e.subject().equals("POSTBAG_REQUIRE_SECOND_FACTOR"))
                        .count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theSecretIsStoredSealedWithTheKeyFromTheEnvironmentAndOnlyForItsAccount() {
        Enrolled ed = enrolled("Sid Sealed");
        Enrolled other = enrolled("Olga Other");
        String sealed = accounts(ed).sealedTotpSecret();

        assertThat(sealed).startsWith("env:").doesNotContain(Totp.Base32.encode(ed.secret()));
        assertThat(keys.open(ed.account().id(), sealed))
                .hasValueSatisfying(s -> assertThat(s).isEqualTo(ed.secret()));
        assertThat(keys.open(other.account().id(), sealed))
                .as("moved to another account's row")
                .isEmpty();
        assertThat(keys.open(ed.account().id(), sealed.substring(0, sealed.length() - 4) + "AAAA"))
                .isEmpty();
    }

    @Test
    void anAdminResetsALostFactorAndTheTrailSaysWho() throws Exception {
        Enrolled ed = enrolled("Lou Lostphone");
        Account admin = accounts.byEmail(Desk.adminEmail()).orElseThrow();

        secondFactors.reset(ed.account().id(), admin.id());

        assertThat(accounts(ed).hasSecondFactor()).isFalse();
        assertThat(accounts(ed).recoveryCodesLeft()).isZero();
        assertThat(events.latest(100).stream()
                        .filter(e -> e.subject().equals(ed.account().email())
                                && e.action().equals("SECOND_FACTOR_REMOVED"))
                        .map(AdminEvent::actor))
                .containsExactly(admin.displayName());
        assertThat(Desk.signIn(WebForm.client(), base(), ed.account().email(), Fixtures.PASSWORD)
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void codesFromAnAddressThatKeepsFailingAreThrottled() throws Exception {
        Enrolled ed = enrolled("Theo Throttled");
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250);
        HttpClient client = WebForm.client();
        HttpResponse<String> password = WebForm.read(client, base().resolve("/sign-in"), "signInForm")
                .header("X-Forwarded-For", address)
                .set("email", ed.account().email())
                .set("password", Fixtures.PASSWORD)
                .press("signIn");
        try (Config.Overrides.Scope threeFailures =
                Config.Overrides.forTheServer("POSTBAG_SIGNIN_MAX_FAILURES_PER_ADDRESS", "3")) {
            for (int i = 0; i < 3; i++) {
                assertThat(codeFrom(client, address, password, "not a code " + i)
                                .statusCode())
                        .isEqualTo(200);
            }

            HttpResponse<String> right = codeFrom(client, address, password, nextCode(ed));

            assertThat(right.statusCode()).isEqualTo(429);
            assertThat(errors(right)).isEqualTo(WRONG_CODE);
            assertThat(sessionCookies(client)).isEmpty();
        }
    }

    private HttpResponse<String> codeFrom(HttpClient client, String address, HttpResponse<String> password, String code)
            throws Exception {
        return WebForm.of(client, base().resolve("/sign-in"), password.body(), "codeForm")
                .header("X-Forwarded-For", address)
                .set("code", code)
                .press("confirmCode");
    }

    private HttpResponse<String> signInWithCode(HttpClient client, String email, String code) throws Exception {
        HttpResponse<String> password = Desk.signIn(client, base(), email, Fixtures.PASSWORD);
        assertThat(password.statusCode()).isEqualTo(200);
        return WebForm.of(client, base().resolve("/sign-in"), password.body(), "codeForm")
                .set("code", code)
                .press("confirmCode");
    }

    private Account accounts(Enrolled enrolled) {
        return accounts.byEmail(enrolled.account().email()).orElseThrow();
    }

    private List<String> trailFor(Enrolled enrolled) {
        return events.latest(500).stream()
                .filter(e -> e.subject().equals(enrolled.account().email()))
                .map(AdminEvent::action)
                .collect(Collectors.toList());
    }

    private static String errors(HttpResponse<String> response) {
        return String.join(
                " | ", WebForm.parse(response).select(".error-summary li").eachText());
    }

    private static List<String> sessionCookies(HttpClient client) {
        return ((CookieManager) client.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                        .map(c -> c.getValue())
                        .toList();
    }

    static byte[] base32(String key) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String text = key.replace(" ", "").toUpperCase();
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
