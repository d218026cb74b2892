package org.postbag.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postbag.accounts.web.SignIn;
import org.postbag.house.AdminEvent;
import org.postbag.house.AdminEvents;
import org.postbag.infrastructure.Config;
import org.postbag.letter.Letter;
import org.postbag.letter.LetterStatus;
import org.postbag.letter.Letters;
import org.postbag.testing.Deployments;
import org.postbag.testing.OpenIdProvider;
import org.postbag.testing.WebForm;
import org.postbag.testing.fixtures.Desk;
import org.postbag.testing.fixtures.Fixtures;

/**
 * Signing in through a real OpenID provider (Spring Authorization Server, started by the build)
 * over HTTP as a browser does it: Postbag's button, the provider's login form, the way back.
 * Postbag uses Jakarta Security's own OpenID Connect mechanism; these tests check what it and
 * Postbag's mapping make of honest and of broken or hostile tokens.
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestsOf(SingleSignOnIT.class).addClass(OpenIdProvider.class);
    }

    @ArquillianResource
    URL url;

    @Inject
    Accounts accounts;

    @Inject
    AdminEvents events;

    @Inject
    Fixtures fixtures;

    @Inject
    Letters letters;

    @Inject
    LocalSignIn localSignIn;

    private final List<Config.Overrides.Scope> overrides = new java.util.ArrayList<>();

    @BeforeEach
    void singleSignOnOn() {
        overrides.add(Config.Overrides.forTheServer("POSTBAG_OIDC_ISSUER", OpenIdProvider.issuer()));
        overrides.add(Config.Overrides.forTheServer("POSTBAG_OIDC_CLIENT_ID", "postbag"));
        overrides.add(Config.Overrides.forTheServer("POSTBAG_OIDC_CLIENT_SECRET", OpenIdProvider.CLIENT_SECRET));
        overrides.add(Config.Overrides.forTheServer("POSTBAG_OIDC_PROVIDER_NAME", "Newsroom Login"));
        OpenIdProvider.awaitReady();
    }

    @AfterEach
    void singleSignOnOff() {
        overrides.forEach(Config.Overrides.Scope::close);
    }

    URI base() throws Exception {
        return url.toURI().resolve("/");
    }

    @Test
    void anEditorSignsInThroughTheProviderAndWorksTheQueue() throws Exception {
        HttpClient client = WebForm.client();
        HttpResponse<String> signIn = Desk.get(client, base().resolve("/sign-in"));
        assertThat(WebForm.parse(signIn).getElementById("signInWithProvider").text())
                .isEqualTo("Sign in with Newsroom Login");

        HttpResponse<String> back = OpenIdProvider.signIn(client, base(), "eddie@sso.test");

        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/editor/queue");
        assertThat(Desk.get(client, base().resolve("/editor/queue")).body()).contains("Signed in as Eddie Sso");
        Account eddie = accounts("eddie@sso.test").orElseThrow();
        assertThat(eddie.roles()).containsExactly(Role.EDITOR);
        assertThat(eddie.isPending())
                .as("no password, but no invitation waiting either")
                .isFalse();
        assertThat(trail("eddie@sso.test")).contains("ACCOUNT_CREATED");
        assertThat(Desk.get(client, base().resolve("/admin/settings")).statusCode())
                .isEqualTo(403);

        Letter letter = fixtures.newLetter(
                "Quentin Queue", "A letter for the editor who signed in elsewhere. " + System.nanoTime());
        HttpResponse<String> approved = WebForm.read(
                        client, base().resolve("/editor/letters/" + letter.reference()), "decideForm")
                .press("approve");

        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(letters.byReference(letter.reference()).orElseThrow().status())
                .isEqualTo(LetterStatus.APPROVED);
    }

    @Test
    void theAdminsGroupGivesTheAdminPages() throws Exception {
        HttpClient client = WebForm.client();

        assertThat(OpenIdProvider.signIn(client, base(), "ada@sso.test").statusCode())
                .isEqualTo(302);

        assertThat(Desk.get(client, base().resolve("/admin/settings")).statusCode())
                .isEqualTo(200);
        assertThat(accounts("ada@sso.test").orElseThrow().roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.ADMIN);
    }

    @Test
    void someoneTakenOutOfTheGroupLosesTheRoleAtTheNextSignInAndTheirOpenSessionsEnd() throws Exception {
        String mover = "mover@sso.test";
        OpenIdProvider.setGroups(mover, "postbag-editors");
        HttpClient open = WebForm.client();
        assertThat(OpenIdProvider.signIn(open, base(), mover).statusCode()).isEqualTo(302);
        assertThat(Desk.get(open, base().resolve("/editor/queue")).statusCode()).isEqualTo(200);

        OpenIdProvider.setGroups(mover, "marketing");
        HttpResponse<String> again = OpenIdProvider.signIn(WebForm.client(), base(), mover);

        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?refused=no-role");
        assertThat(accounts(mover).orElseThrow().roles()).isEmpty();
        assertThat(trail(mover)).contains("ROLES_CHANGED");
        HttpResponse<String> stale = Desk.get(open, base().resolve("/editor/queue"));
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Location").orElseThrow()).contains("/sign-in?ended");

        OpenIdProvider.setGroups(mover, "postbag-admins");
        HttpClient promoted = WebForm.client();
        assertThat(OpenIdProvider.signIn(promoted, base(), mover).statusCode()).isEqualTo(302);
        assertThat(Desk.get(promoted, base().resolve("/admin/settings")).statusCode())
                .isEqualTo(200);
        assertThat(accounts(mover).orElseThrow().roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.ADMIN);
    }

    @Test
    void someoneInNeitherGroupIsRefusedWithAClearPageAndNoAccount() throws Exception {
        HttpClient client = WebForm.client();

        HttpResponse<String> back = OpenIdProvider.signIn(client, base(), "nora@sso.test");

        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?refused=no-role");
        HttpResponse<String> page = OpenIdProvider.get(client, OpenIdProvider.location(back));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(WebForm.parse(page).getElementById("provider-refusal").text())
                .contains("you are in neither the editors’ nor the admins’ group");
        assertThat(accounts("nora@sso.test")).isEmpty();
        assertThat(Desk.get(client, base().resolve("/editor/queue")).statusCode())
                .isEqualTo(302);
    }

    @Test
    void anEmailAddressTheProviderHasNotVerifiedSignsNobodyIn() throws Exception {
        HttpClient client = WebForm.client();

        HttpResponse<String> back = OpenIdProvider.signIn(client, base(), "una@sso.test");

        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?refused=unverified-email");
        assertThat(accounts("una@sso.test")).isEmpty();
    }

    @Test
    void anExpiredIdTokenIsRefused() throws Exception {
        refused("late@sso.test");
    }

    @Test
    void anIdTokenForAnotherAudienceIsRefused() throws Exception {
        refused("stranger@sso.test");
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() throws Exception {
        refused("elsewhere@sso.test");
    }

    /** The provider gives replayer@ an ID token with another sign-in's nonce, as a replayed token has. */
    @Test
    void anIdTokenWithTheNonceOfAnotherSignInIsRefused() throws Exception {
        refused("replayer@sso.test");
    }

    /** The provider alters forger@'s ID token after signing it: the groups claim now says admins. */
    @Test
    void anIdTokenAlteredAfterSigningIsRefused() throws Exception {
        refused("forger@sso.test");
    }

    @Test
    void theProvidersAnswerReplayedInAnotherBrowserSignsNobodyIn() throws Exception {
        URI callback = OpenIdProvider.callbackFor(WebForm.client(), base(), "eddie@sso.test");
        assertThat(callback.getPath()).isEqualTo("/oidc/callback");
        assertThat(callback.getQuery()).contains("state=", "code=");

        HttpClient attacker = WebForm.client();
        HttpResponse<String> replayed = OpenIdProvider.get(attacker, callback);

        assertThat(replayed.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?refused=failed");
        assertThat(Desk.get(attacker, base().resolve("/editor/queue")).statusCode())
                .isEqualTo(302);
    }

    @Test
    void anAnswerWithTheStateOfAnotherSignInIsRefused() throws Exception {
        URI victims = OpenIdProvider.callbackFor(WebForm.client(), base(), "eddie@sso.test");
        HttpClient client = WebForm.client();
        // This browser started a sign-in of its own (its own state), then meets the other answer.
        OpenIdProvider.get(client, base().resolve("/oidc/sign-in"));

        HttpResponse<String> answer = OpenIdProvider.get(client, victims);

        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?refused=failed");
        assertThat(Desk.get(client, base().resolve("/editor/queue")).statusCode())
                .isEqualTo(302);
    }

    @Test
    void signingOutEndsTheProvidersSessionToo() throws Exception {
        HttpClient client = WebForm.client();
        assertThat(OpenIdProvider.signIn(client, base(), "eddie@sso.test").statusCode())
                .isEqualTo(302);

        HttpResponse<String> signOut = WebForm.read(client, base().resolve("/editor/queue"), "sign-out")
                .press("signOut");

        URI providerSignOut = OpenIdProvider.location(signOut);
        assertThat(providerSignOut.toString())
                .startsWith(OpenIdProvider.issuer())
                .contains("id_token_hint=");
        HttpResponse<String> back =
                OpenIdProvider.follow(client, OpenIdProvider.get(client, providerSignOut), "nobody");
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/signed-out");
        assertThat(Desk.get(client, base().resolve("/editor/queue")).statusCode())
                .isEqualTo(302);
        // The provider asks for the password again: its session ended as well.
        HttpResponse<String> toProvider = OpenIdProvider.get(client, base().resolve("/oidc/sign-in"));
        HttpResponse<String> atProvider = OpenIdProvider.get(client, OpenIdProvider.location(toProvider));
        assertThat(OpenIdProvider.location(atProvider).getPath()).isEqualTo("/login");
    }

    @Test
    void withPasswordsKeptForAdminsAnEditorsRightPasswordLetsNobodyInAndAnAdminsStillDoes() throws Exception {
        Account editor = fixtures.account("Lena Local", Role.EDITOR);
        Account admin = fixtures.account("Alma Local", Role.EDITOR, Role.ADMIN);
        localSignIn.setAdminsOnly(true, admin.id());
        try {
            HttpResponse<String> refused = Desk.signIn(WebForm.client(), base(), editor.email(), Fixtures.PASSWORD);

            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(WebForm.parse(refused).select(".error-summary").text()).contains(SignIn.FAILED);
            assertThat(WebForm.parse(refused).text())
                    .contains("Editors sign in with Newsroom Login. The password form below is for admins only.");
            assertThat(Desk.signIn(WebForm.client(), base(), admin.email(), Fixtures.PASSWORD)
                            .statusCode())
                    .isEqualTo(302);
            assertThat(events.latest(50).stream()
                            .filter(e -> e.subject().equals("POSTBAG_LOCAL_SIGN_IN_ADMINS_ONLY"))
                            .map(AdminEvent::detail))
                    .contains("false → true");
        } finally {
            localSignIn.setAdminsOnly(false, admin.id());
        }
    }

    private void refused(String user) throws Exception {
        HttpClient client = WebForm.client();

        HttpResponse<String> back = OpenIdProvider.signIn(client, base(), user);

        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?refused=failed");
        HttpResponse<String> page = OpenIdProvider.get(client, OpenIdProvider.location(back));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(WebForm.parse(page).getElementById("provider-refusal").text())
                .contains("Signing in with Newsroom Login did not work");
        assertThat(accounts(user)).isEmpty();
        assertThat(Desk.get(client, base().resolve("/editor/queue")).statusCode())
                .isEqualTo(302);
    }

    private Optional<Account> accounts(String email) {
        return accounts.byEmail(email);
    }

    private List<String> trail(String email) {
        return events.latest(500).stream()
                .filter(e -> email.equals(e.subject()))
                .map(AdminEvent::action)
                .toList();
    }
}
